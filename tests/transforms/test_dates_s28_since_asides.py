"""A "since" date inside an aside set off by a comma after a noun tells when a state of that
noun began, whatever the parse makes of the aside (an unaccented "a" read as a verb, a
sentence cut inside it): it never dates the verb outside the aside."""
from datetime import date

import pytest

from transforms.event_dates import event_date

PUBLISHED = date(2026, 11, 27)


def date_of(models, lang, text, verb):
    doc = models[lang](text)
    token = next(t for t in doc if t.text == verb)
    return event_date(token, False, lang, PUBLISHED)


@pytest.mark.parametrize("lang, text, verb", [
    ("fr", "Le gouvernement accuse l'ancien ministre Paul Kana, assigné a résidence depuis mars "
           "2025 et jugé pour corruption a Bangui, d'avoir financé les rebelles.", "accuse"),
    ("fr", "Les marins, détenus pour la plupart depuis décembre a la prison de Mombasa, ont été "
           "remis aux autorités somaliennes.", "remis"),
    ("en", "The government accused former minister Paul Kana, held under house arrest since "
           "March 2025 and tried for graft in Bangui, of funding the rebels.", "accused"),
    ("en", "The sailors, most of them held since December in a Mombasa jail, were handed over to "
           "the Somali authorities.", "handed"),
])
def test_a_since_date_in_an_aside_does_not_date_the_verb(models, lang, text, verb):
    assert date_of(models, lang, text, verb) == PUBLISHED


@pytest.mark.parametrize("lang, text, verb, expected", [
    ("fr", "Le Kenya bloque les importations ougandaises depuis mars 2025.", "bloque",
     date(2025, 3, 1)),
    ("en", "Kenya has blocked imports from Uganda since March 2025.", "blocked", date(2025, 3, 1)),
    # the aside's own verb keeps its date
    ("fr", "M. Kana, détenu depuis février 2025, a entamé une grève de la faim.", "détenu",
     date(2025, 2, 1)),
])
def test_a_since_date_on_the_verb_or_in_its_own_aside_is_read(models, lang, text, verb, expected):
    assert date_of(models, lang, text, verb) == expected
