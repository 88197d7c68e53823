"""Acts stopped are not acts: "a cessé de livrer du gaz", "a arrêté de financer" cut aid
(SANCTION), "arrêter de" is no arrest, and a stopped attack is no attack."""
from tests.transforms.mentions import coded_with


def test_stopped_deliveries_are_aid_cut(models):
    text = "La Norvège a cessé de livrer du gaz à la Pologne en janvier."
    events = coded_with(models, "fr", text, [("Norvège", "COUNTRY"), ("Pologne", "COUNTRY")])
    assert ("SANCTION", "Norvège", "Pologne") in events
    assert not any(kind == "AID" for kind, _, _ in events)


def test_arreter_de_is_no_arrest(models):
    text = "Le Danemark a arrêté de financer l'agence en mars."
    events = coded_with(models, "fr", text, [("Danemark", "COUNTRY")])
    assert not any(kind == "COERCE" for kind, _, _ in events)


def test_stopped_shelling_is_no_attack(models):
    text = "L'armée malienne a cessé de bombarder Kidal depuis lundi."
    events = coded_with(models, "fr", text, [("Kidal", "LOCATION")])
    assert not any(kind == "ASSAULT" for kind, _, _ in events)


def test_arrest_stays_an_arrest(models):
    text = "La police turque a arrêté mardi trois journalistes à Istanbul."
    assert any(kind == "COERCE" for kind, _, _ in coded_with(models, "fr", text,
                                                             [("Istanbul", "LOCATION")]))
