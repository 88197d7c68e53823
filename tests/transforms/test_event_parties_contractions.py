"""French "au"/"aux" (à + le/les, one token for the small model) introduce a target as
"à" does: "a demandé jeudi aux Etats-Unis de cesser ..." acts on the United States, not
on a country named further on. A place after them is still only the scene."""
from tests.transforms.mentions import coded_with


def test_country_after_aux_is_the_request_s_target(models):
    text = "Le président Gustavo Petro a demandé jeudi aux Etats-Unis de cesser les frappes " \
           "du Venezuela."
    events = coded_with(models, "fr", text, [("Gustavo Petro", "PERSON"),
                                             ("Etats-Unis", "COUNTRY"), ("Venezuela", "COUNTRY")])
    assert events == [("REQUEST", "Gustavo Petro", "Etats-Unis")]


def test_city_after_au_stays_the_scene(models):
    text = "Le ministre Jean Dupont a rencontré au Caire des diplomates."
    events = coded_with(models, "fr", text, [("Jean Dupont", "PERSON"), ("Caire", "LOCATION")])
    assert all(e[2] != "Caire" for e in events)
