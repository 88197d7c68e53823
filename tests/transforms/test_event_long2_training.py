"""Event recall on long articles, second round: training another state's forces is
military cooperation (COOPERATE), not aid, in both languages."""
from tests.transforms.mentions import coded_with


def test_training_soldiers_is_cooperation(models):
    text = "Since 2019 Kenya has trained thousands of Somali soldiers at its academy in Nairobi."
    events = coded_with(models, "en", text, [("Kenya", "COUNTRY"), ("Somali", "COUNTRY")])
    assert any(kind == "COOPERATE" and source == "Kenya" for kind, source, _ in events)
    assert not any(kind == "AID" for kind, _, _ in events)


def test_french_training_is_cooperation(models):
    text = "Depuis 2022, la France a formé plus de 10.000 soldats ukrainiens sur son sol."
    events = coded_with(models, "fr", text, [("France", "COUNTRY")])
    assert not any(kind == "AID" for kind, _, _ in events)
