"""Event recall on long articles, second round: a conquest is an attack ("ont achevé la
conquête du Nord-Kivu", "la conquête de Goma par le M23")."""
from tests.transforms.mentions import coded_with


def test_completed_conquest_is_an_assault(models):
    text = ("En janvier, les rebelles du M23 ont achevé la conquête de Goma après deux semaines "
            "de combats.")
    events = coded_with(models, "fr", text, [("M23", "GROUP"), ("Goma", "LOCATION")])
    assert any(kind == "ASSAULT" and source == "M23" for kind, source, _ in events)


def test_conquest_by_a_named_group(models):
    text = "La conquête de Goma par le M23 a provoqué la fuite de 500.000 habitants."
    events = coded_with(models, "fr", text, [("Goma", "LOCATION"), ("M23", "GROUP")])
    assert ("ASSAULT", "M23", "Goma") in events
