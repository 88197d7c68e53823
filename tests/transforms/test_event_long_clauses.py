"""Event recall on long online articles: clause shapes. A second statement the parse hung
on a governing verb ("et une vingtaine de personnes avaient été interpellées") is coded on
its own; a fight that "oppose" two sides is an attack between them, not a rejection."""
from tests.transforms.mentions import coded_with, coded_with_entities


def test_clause_with_own_subject_is_not_governed(models):
    text = ("Des heurts avaient opposé la police à des manifestants près de la gare, et une "
            "trentaine de personnes avaient été interpellées.")
    types = [kind for kind, _, _ in coded_with_entities(models["fr"], "fr", text)]
    assert "COERCE" in types


def test_governed_infinitive_stays_governed(models):
    text = "Le Niger a refusé d'arrêter les opposants réfugiés au Bénin."
    types = [kind for kind, _, _ in coded_with(models, "fr", text,
                                               [("Niger", "COUNTRY"), ("Bénin", "COUNTRY")])]
    assert "COERCE" not in types


def test_fight_that_opposes_two_sides_is_an_attack(models):
    text = "Depuis 2020, le conflit oppose le gouvernement du Tigré, dirigé par Debretsion " \
           "Gebremichael, à l'armée fédérale d'Abiy Ahmed."
    events = coded_with(models, "fr", text, [("Debretsion Gebremichael", "PERSON"),
                                                    ("Abiy Ahmed", "PERSON")])
    assert ("ASSAULT", "Debretsion Gebremichael", "Abiy Ahmed") in events
    assert not any(kind == "REJECT" for kind, _, _ in events)


def test_unnamed_clashes_are_coded_without_parties(models):
    events = coded_with(models, "fr", "Des heurts ont opposé la police à des supporters "
                                            "à Marseille samedi soir.", [])
    assert ("ASSAULT", None, None) in events


def test_war_in_a_relative_clause_names_the_other_side(models):
    text = "La guerre, qui oppose depuis 2023 l'armée soudanaise aux FSR, a fait des milliers " \
           "de morts."
    events = coded_with(models, "fr", text, [("FSR", "GROUP")])
    assert any(kind == "ASSAULT" and target == "FSR" for kind, _, target in events)


def test_opposing_a_text_is_still_a_rejection(models):
    events = coded_with(models, "fr", "La Hongrie s'oppose au règlement européen sur le "
                                            "gaz.", [("Hongrie", "COUNTRY")])
    assert ("REJECT", "Hongrie", None) in events


def test_clause_of_time_with_a_named_subject_is_its_own_event(models):
    text = "Exporters warned of lay-offs after Washington doubled duties on Brazilian coffee."
    events = coded_with(models, "en", text, [("Washington", "COUNTRY")])
    assert ("SANCTION", "Washington", None) in events
    assert not any(kind == "THREATEN" for kind, _, _ in events)


def test_people_named_by_a_participle_are_no_act(models):
    text = "La cour d'appel de Dakar a confirmé des peines de dix ans contre une vingtaine " \
           "d'accusés."
    events = coded_with(models, "fr", text, [("Dakar", "LOCATION")])
    kinds = [kind for kind, _, _ in events]
    assert "COERCE" in kinds and "ACCUSE" not in kinds


def test_dated_participle_on_a_person_is_an_act_on_that_person(models):
    text = "Le journaliste Omar Radi, arrêté en juillet 2020 à Casablanca, a été gracié."
    events = coded_with(models, "fr", text, [("Omar Radi", "PERSON"),
                                              ("Casablanca", "LOCATION")])
    assert ("COERCE", None, "Omar Radi") in events


def test_undated_participle_on_a_person_stays_a_description(models):
    text = "Le journaliste Omar Radi, arrêté à plusieurs reprises, a pris la parole à Rabat."
    events = coded_with(models, "fr", text, [("Omar Radi", "PERSON"), ("Rabat", "LOCATION")])
    assert not any(kind == "COERCE" for kind, _, _ in events)


def test_measure_imposed_by_a_person_keeps_its_target(models):
    text = "The additional duty, imposed by President Donald Trump on India, took effect on " \
           "Wednesday."
    events = coded_with(models, "en", text, [("Donald Trump", "PERSON"), ("India", "COUNTRY")])
    assert ("SANCTION", "Donald Trump", "India") in events
