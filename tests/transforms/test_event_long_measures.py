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


def test_weapons_aiming_at_a_place_attack_it(models):
    events = coded_with(models, "fr", "Des drones ont visé mardi un dépôt de carburant à Kherson.",
                        [("Kherson", "LOCATION")])
    assert ("ASSAULT", None, "Kherson") in events


def test_sanctions_aiming_at_firms_sanction_them(models):
    text = "Le Qatar a obtenu une exemption aux sanctions américaines visant les groupes " \
           "Sovcomflot et Novatek."
    events = coded_with(models, "fr", text, [("Qatar", "COUNTRY"), ("Sovcomflot", "ORGANIZATION"),
                                              ("Novatek", "ORGANIZATION")])
    assert ("SANCTION", None, "Sovcomflot") in events
    assert ("SANCTION", None, "Novatek") in events


def test_sanctions_aimed_as_object_of_another_act_are_background(models):
    events = coded_with(models, "fr", "Les États-Unis ont assoupli les sanctions visant la "
                                      "banque centrale de la Syrie.",
                        [("États-Unis", "COUNTRY"), ("Syrie", "COUNTRY")])
    assert not any(kind == "SANCTION" for kind, _, _ in events)


def test_aiming_at_a_goal_is_no_event(models):
    events = coded_with(models, "fr", "La réforme de la France vise à réduire le déficit.",
                        [("France", "COUNTRY")])
    assert events == []


def test_french_conditional_read_as_imperfect_is_no_event(models):
    events = coded_with(models, "fr", "Un nouveau paquet, en discussion, viserait des banques "
                                      "de la Turquie.", [("Turquie", "COUNTRY")])
    assert not any(kind == "SANCTION" for kind, _, _ in events)
