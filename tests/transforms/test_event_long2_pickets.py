"""Event recall on long articles, second round: strike pickets and barricades set up are
a protest, with no parties when the strikers are unnamed."""
from tests.transforms.mentions import coded_with


def test_pickets_set_up_are_a_protest(models):
    text = ("Des piquets de grève ont été dressés jeudi devant les trois raffineries de "
            "Normandie.")
    assert ("PROTEST", None, None) in coded_with(models, "fr", text, [])


def test_barricades_are_a_protest(models):
    text = "Des dockers en colère ont dressé des barricades à l'entrée du port du Havre."
    assert any(kind == "PROTEST" for kind, _, _ in coded_with(models, "fr", text, []))
