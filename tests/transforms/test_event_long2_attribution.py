"""Event recall on long articles, second round: in a French quote attribution the speaker
follows the verb ("« ... », a défendu à son retour le ministre grec Nikos Dendias"), named
or as an office noun for the person named before (event_sources.inverted_speaker)."""
from tests.transforms.mentions import coded_with


def test_named_speaker_after_the_verb_is_the_source(models):
    text = "« C'est un choix juste », a défendu à son retour le ministre grec Nikos Dendias."
    assert ("SUPPORT", "Nikos Dendias", None) in coded_with(models, "fr", text,
                                                            [("Nikos Dendias", "PERSON")])


def test_office_noun_after_the_verb_is_the_person_named_before(models):
    text = ("Le ministre portugais Paulo Rangel s'est rendu lundi à Rabat. « Il fallait parler "
            "à tout le monde. C'est un choix réaliste », a défendu mardi le ministre, face à "
            "l'opposition.")
    assert ("SUPPORT", "Paulo Rangel", None) in coded_with(models, "fr", text,
                                                           [("Paulo Rangel", "PERSON"),
                                                            ("Rabat", "LOCATION")])


def test_verb_without_a_quote_before_keeps_its_subject(models):
    text = "Le gouvernement a défendu mardi le ministre Paulo Rangel face à l'opposition."
    events = coded_with(models, "fr", text, [("Paulo Rangel", "PERSON")])
    assert not any(source == "Paulo Rangel" for _, source, _ in events)
