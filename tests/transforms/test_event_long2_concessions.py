"""Event recall on long articles, second round: a concession told by the one who won it
("a obtenu de Washington une exemption", "secured a waiver from Washington") is a CONCEDE
by the grantor to the obtainer (transforms/event_concessions.py)."""
from tests.transforms.mentions import coded_with


def test_exemption_obtained_from_a_state(models):
    text = ("En mars, le président Rumen Radev avait obtenu de Washington une dérogation de "
            "six mois aux sanctions sur le nucléaire.")
    events = coded_with(models, "fr", text, [("Rumen Radev", "PERSON"),
                                             ("Washington", "COUNTRY")])
    assert ("CONCEDE", "Washington", "Rumen Radev") in events


def test_release_obtained_names_the_grantor_not_the_released(models):
    text = "Paris a obtenu de Téhéran la libération de deux ressortissants français."
    events = coded_with(models, "fr", text, [("Paris", "COUNTRY"), ("Téhéran", "COUNTRY")])
    assert ("CONCEDE", "Téhéran", "Paris") in events


def test_waiver_secured_from_a_state(models):
    text = "Last month Turkey secured a waiver from Washington for its purchases of Iranian gas."
    events = coded_with(models, "en", text, [("Turkey", "COUNTRY"), ("Washington", "COUNTRY")])
    assert ("CONCEDE", "Washington", "Turkey") in events


def test_votes_obtained_are_no_concession(models):
    text = "Le parti de Robert Fico a obtenu de la Slovaquie rurale près de 40 % des voix."
    events = coded_with(models, "fr", text, [("Robert Fico", "PERSON"),
                                             ("Slovaquie", "COUNTRY")])
    assert not any(kind == "CONCEDE" for kind, _, _ in events)


def test_no_exemption_obtained_is_no_event(models):
    text = "Budapest n'a pas obtenu de Bruxelles la dérogation qu'il demandait."
    events = coded_with(models, "fr", text, [("Budapest", "COUNTRY"), ("Bruxelles", "COUNTRY")])
    assert not any(kind == "CONCEDE" for kind, _, _ in events)
