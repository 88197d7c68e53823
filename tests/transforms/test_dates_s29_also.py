"""An act told with "also" / "aussi" / "également" adds to the occasion last told with its day,
whatever its kind, when its doer is taken up from what was told (a common noun such as "the
two ministers" or "l'organisation", a pronoun, a name already named, or no doer at all), a
paragraph break between or not. A new name keeps the report day (another actor's act), and
so does an act after a sentence of another time, or one whose "also" is another clause's."""
from datetime import date

import pytest
from tests.transforms.mentions import events_with_found_actors


PUBLISHED = date(2026, 11, 27)  # a Friday
WEDNESDAY = date(2026, 11, 25)


def dated(models, lang, text):
    return [(e.event_type, e.verb, e.event_date)
            for e in events_with_found_actors(models[lang], lang, text, PUBLISHED)]


@pytest.mark.parametrize("lang, text, verb", [
    ("en", "Chile and Peru signed a fisheries agreement in Lima on Wednesday.\n\n"
           "President Gabriel Boric, who flew in for the ceremony, said the accord would end "
           "years of disputes over anchovy stocks. The two leaders also held talks on border "
           "security with their defence ministers.", "held talks"),
    ("fr", "La Communauté d'Afrique de l'Est a suspendu mercredi le Soudan du Sud de ses "
           "instances.\n\nL'organisation a aussi exigé la libération de l'opposant Paul "
           "Malong.", "exigé"),
    ("fr", "Le Canada a imposé mercredi des sanctions à trois chefs de gangs haïtiens.\n\n"
           "Le gouvernement canadien a aussi exigé leur extradition.", "exigé"),
])
def test_an_act_told_with_also_takes_the_day_last_told(models, lang, text, verb):
    days = [d for _, v, d in dated(models, lang, text) if verb in v]
    assert days and set(days) == {WEDNESDAY}


@pytest.mark.parametrize("lang, text, verb", [
    ("fr", "Le Canada a imposé mercredi des sanctions à trois chefs de gangs haïtiens.\n\n"
           "Ottawa a indiqué que ces hommes faisaient entrer des armes. Les Etats-Unis ont "
           "également gelé les avoirs de deux compagnies haïtiennes.", "gelé"),
    ("fr", "Le Canada a imposé mercredi des sanctions à trois chefs de gangs haïtiens.\n\n"
           "Ces hommes contrôlaient le port de Saint-Marc depuis 2023. Le gouvernement canadien "
           "a aussi exigé leur extradition.", "exigé"),
    # "also" of a clause describing the doer, not of the act
    ("en", "Chile and Peru signed a fisheries agreement in Lima on Wednesday.\n\n"
           "The Peruvian foreign minister, who also chairs the regional fisheries council, "
           "accused Chile of overfishing.", "accused"),
    ("fr", "Le Chili et le Pérou ont signé mercredi un accord sur la pêche à Lima.\n\n"
           "Le ministre péruvien des Affaires étrangères, qui préside aussi le conseil régional "
           "des pêches, a accusé le Chili de surpêche.", "accusé"),
])
def test_a_new_name_or_another_time_keeps_the_report_day(models, lang, text, verb):
    days = [d for _, v, d in dated(models, lang, text) if verb in v]
    assert days and set(days) == {PUBLISHED}
