"""Event recall on long articles, second round: frozen verb forms ("étant donné les
contraintes", given) are no act."""
from tests.transforms.mentions import coded_with


def test_etant_donne_is_no_aid(models):
    text = ("Le Japon examine comment il participera à la mission, étant donné les contraintes "
            "de sa Constitution.")
    events = coded_with(models, "fr", text, [("Japon", "COUNTRY")])
    assert not any(kind == "AID" for kind, _, _ in events)


def test_given_verb_still_gives(models):
    text = "Le Japon a donné 40 millions d'euros à l'Ukraine pour sa reconstruction."
    events = coded_with(models, "fr", text, [("Japon", "COUNTRY"), ("Ukraine", "COUNTRY")])
    assert ("AID", "Japon", "Ukraine") in events
