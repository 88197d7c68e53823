"""Event recall on long articles, second round: speaking of something with a condemning
word ("parle d'une « criminalisation du journalisme »", "spoke of the harassment of") is an
accusation, also when the tagger read "parle" as a noun; speaking with someone is not."""
from tests.transforms.mentions import coded_with


def test_speaking_of_a_criminalisation_is_an_accusation(models):
    text = ("Le Syndicat des journalistes algériens (SJA) parle d'une « criminalisation de la "
            "presse » : douze reporters ont été interpellés depuis mai.")
    events = coded_with(models, "fr", text, [("SJA", "ORGANIZATION")])
    assert ("ACCUSE", "SJA", None) in events


def test_speaking_of_persecution_in_english(models):
    text = "Amnesty International spoke of the harassment of independent journalists."
    events = coded_with(models, "en", text, [("Amnesty International", "ORGANIZATION")])
    assert ("ACCUSE", "Amnesty International", None) in events


def test_speaking_with_someone_is_no_accusation(models):
    text = "Le ministre Ahmed Attaf a parlé avec son homologue d'une crise inacceptable pour tous."
    events = coded_with(models, "fr", text, [("Ahmed Attaf", "PERSON")])
    assert not any(kind == "ACCUSE" for kind, _, _ in events)
