"""Event recall on long articles, second round: "from X" on a noun of something voiced
("despite protests from China and Russia", "a request from Kyiv") names who voiced it."""
from tests.transforms.mentions import coded_with


def test_protests_from_a_state_are_its_accusation(models):
    text = ("The radar, installed in Romania in 2016 despite protests from Russia, was "
            "upgraded last year.")
    events = coded_with(models, "en", text, [("Romania", "COUNTRY"), ("Russia", "COUNTRY")])
    assert any(kind == "ACCUSE" and source == "Russia" for kind, source, _ in events)
    assert not any(target == "Russia" for _, _, target in events)


def test_aid_from_a_state_keeps_its_reading(models):
    text = "Ukraine received a new air defence system from Germany on Monday."
    events = coded_with(models, "en", text, [("Ukraine", "COUNTRY"), ("Germany", "COUNTRY")])
    assert not any(kind == "ACCUSE" for kind, _, _ in events)
