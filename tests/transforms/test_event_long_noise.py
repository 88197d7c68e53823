"""Event recall on machine-translated French copy: a participle whose auxiliary the
translation dropped ("Le ministre, Jean Dupont, visité le Japon") is still the verb when a
named object follows it; an apposition naming no one after it stays a description."""
from tests.transforms.mentions import coded_with


def test_participle_without_auxiliary_before_a_named_object_is_the_verb(models):
    text = "Le ministre lituanien de la Défense, Dovilė Šakalienė, visité le Japon du 3 au 5 mai."
    events = coded_with(models, "fr", text, [("Dovilė Šakalienė", "PERSON"),
                                              ("Japon", "COUNTRY")])
    assert ("CONSULT", "Dovilė Šakalienė", "Japon") in events


def test_apposition_participle_before_a_date_is_no_event(models):
    text = "Les deux otages, libérés la veille, sont arrivés à Paris avec le ministre Jean Noël."
    events = coded_with(models, "fr", text, [("Paris", "LOCATION"), ("Jean Noël", "PERSON")])
    assert not any(kind == "CONCEDE" for kind, _, _ in events)
