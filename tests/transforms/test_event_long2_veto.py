"""Event recall on long articles, second round: the "de/of" party of a veto cast it
("s'est heurté au veto de la Chine" is a REJECT by China), as for sanctions."""
from tests.transforms.mentions import coded_with


def test_veto_of_a_state_is_its_rejection(models):
    text = "Le projet de résolution sur le Myanmar s'était heurté en 2022 au veto de la Chine."
    events = coded_with(models, "fr", text, [("Myanmar", "COUNTRY"), ("Chine", "COUNTRY")])
    assert ("REJECT", "Chine", None) in events


def test_veto_of_a_state_in_english(models):
    text = "The draft resolution on Myanmar was blocked by the veto of China in 2022."
    events = coded_with(models, "en", text, [("Myanmar", "COUNTRY"), ("China", "COUNTRY")])
    assert any(kind == "REJECT" and source == "China" for kind, source, _ in events)
