"""English word senses and settings settled in the thirty-eighth session: a ship's cargo and
ballast tanks hold crude or seawater, no armour (MILITARY 'tank'); a medicine's patents
beside HEALTH are the drug's story, no TECHNOLOGY one."""
from tests.transforms.evidence import term_weights


def test_a_ships_cargo_and_ballast_tanks_are_no_armour(nlp_en):
    weights = term_weights(nlp_en("Tugs kept the flames away from the cargo tanks of the carrier, "
                                  "and the crew pumped out a ballast tank."), "en")
    assert ("MILITARY", "tank") not in weights
    weights = term_weights(nlp_en("The army moved tanks and artillery to the border."), "en")
    assert ("MILITARY", "tank") in weights


def test_a_medicines_patents_beside_health_are_no_technology_story():
    from transforms.theme_terms import setting_terms
    technology = setting_terms("en")["TECHNOLOGY"]
    assert technology.tell_only({"patents", "intellectual property"}, {"HEALTH", "TRADE"})
    assert not technology.tell_only({"patents", "intellectual property"}, {"TRADE"})
    assert not technology.tell_only({"patents", "chips"}, {"HEALTH"})
