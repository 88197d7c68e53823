"""French copy without accents (machine translation): an -er participle right after its
auxiliary that the tagger read as a noun ("a denonce", "a de nouveau rejete") is the verb;
"il y a une menace" stays a noun. A court condemning a person sentences them (COERCE);
a state condemning an act accuses."""
from tests.transforms.mentions import coded_with


def test_unaccented_participle_after_auxiliary_is_the_verb(models):
    text = "La Commission europeenne a denonce dans un communique une mesure injustifiee."
    events = coded_with(models, "fr", text, [("Commission europeenne", "ORGANIZATION")])
    assert ("ACCUSE", "Commission europeenne", None) in events


def test_unaccented_participle_after_adverb_is_the_verb(models):
    text = "Le gouvernement du Niger a de nouveau rejete ces accusations."
    events = coded_with(models, "fr", text, [("Niger", "COUNTRY")])
    assert any(kind == "REJECT" for kind, _, _ in events)


def test_noun_with_its_determiner_after_avoir_is_no_verb(models):
    text = "Selon l'ONU, il y a une menace sur la Somalie."
    events = coded_with(models, "fr", text, [("ONU", "ORGANIZATION"), ("Somalie", "COUNTRY")])
    assert not any(kind == "THREATEN" for kind, _, _ in events)


def test_court_condemning_a_person_sentences_them(models):
    text = "Le tribunal de Dakar a condamné mardi l'opposant Ousmane Sonko à deux ans de prison."
    events = coded_with(models, "fr", text, [("Ousmane Sonko", "PERSON")])
    assert ("COERCE", None, "Ousmane Sonko") in events
    assert not any(kind == "ACCUSE" for kind, _, _ in events)


def test_state_condemning_an_attack_accuses(models):
    events = coded_with(models, "fr", "La France a condamné l'attaque contre la base.",
                        [("France", "COUNTRY")])
    assert ("ACCUSE", "France", None) in events
