"""Event types of measures in long online articles: a ban on goods is a trade sanction,
not an arrest-like coercion, however the parse hangs the goods ("le règlement qui
interdit, par étapes, toute importation de gaz"); a ban on people stays coercion."""
from tests.transforms.mentions import coded_with


def test_ban_on_goods_is_a_sanction(models):
    events = coded_with(models, "fr", "La Pologne a interdit, par étapes, toute importation de "
                                      "charbon biélorusse.", [("Pologne", "COUNTRY")])
    assert ("SANCTION", "Pologne", None) in events
    assert not any(kind == "COERCE" for kind, _, _ in events)


def test_ban_on_a_commodity_is_a_sanction(models):
    events = coded_with(models, "en", "Canada banned Russian oil in 2022.", [("Canada", "COUNTRY")])
    assert any(kind == "SANCTION" for kind, _, _ in events)


def test_ban_on_people_stays_coercion(models):
    events = coded_with(models, "fr", "La Russie a interdit les rassemblements de l'opposition "
                                      "à Moscou.", [("Russie", "COUNTRY")])
    assert not any(kind == "SANCTION" for kind, _, _ in events)
