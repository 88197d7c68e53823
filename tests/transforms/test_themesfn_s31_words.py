"""Words of two classes the taxonomy lacked. The offence of a crime story other than theft,
fraud or murder: a death caused by negligence ("manslaughter") and fires set on purpose
("arson", "un incendie criminel"), which a disaster story tells in its arrests paragraph. A
land border drawn, marked or left unmarked ("undemarcated", "border commission", "délimiter",
"traité frontalier"), and "frontier" as the weak word "border" is. Sentences written for these
tests."""
import pytest

from tests.transforms.evidence import term_weights


@pytest.mark.parametrize("text, lang, term", [
    ("Police held the bus driver on a charge of manslaughter after the crash.", "en",
     "manslaughter"),
    ("Investigators said the warehouse fire was arson and questioned two night guards.", "en",
     "arson"),
    ("Le parquet a ouvert une enquête pour incendie criminel après le feu de la décharge.", "fr",
     "incendie criminel"),
])
def test_manslaughter_and_arson_are_crime(text, lang, term, nlp_en, nlp_fr):
    nlp = nlp_en if lang == "en" else nlp_fr
    assert term_weights(nlp(text), lang).get(("CRIME", term)) == 2


@pytest.mark.parametrize("text, lang, term", [
    ("Long stretches of the mountain border remain undemarcated thirty years on.", "en",
     "undemarcated"),
    ("A joint border commission will meet next month to settle the last villages.", "en",
     "border commission"),
    ("The two states signed a border treaty in the spring after a decade of talks.", "en",
     "border treaty"),
    ("Les deux pays doivent encore délimiter les 300 derniers kilomètres de leur frontière.", "fr",
     "délimiter"),
    ("Le traité frontalier signé l'an passé n'a pas été ratifié par le Parlement.", "fr",
     "traité frontalier"),
])
def test_a_land_border_drawn_is_a_territorial_dispute(text, lang, term, nlp_en, nlp_fr):
    nlp = nlp_en if lang == "en" else nlp_fr
    assert term_weights(nlp(text), lang).get(("TERRITORIAL_DISPUTE", term)) == 2


def test_frontier_is_a_weak_border_word(nlp_en):
    doc = nlp_en("Herders cross the frontier every spring with their flocks.")
    assert term_weights(doc, "en").get(("TERRITORIAL_DISPUTE", "frontier")) == 1


@pytest.mark.parametrize("text, lang", [
    ("Gangs control most roads out of the capital and tax every truck that passes.", "en"),
    ("Les gangs ont incendié une école et chassé les habitants du quartier.", "fr"),
])
def test_gangs_are_a_strong_crime_word(text, lang, nlp_en, nlp_fr):
    """A story of gangs that rule a city's districts tells CRIME with that one word, repeated
    ("les gangs" four times in a cholera story of Port-au-Prince's camps): a specific word
    of one family never made the theme alone, a strong word seen twice does."""
    nlp = nlp_en if lang == "en" else nlp_fr
    assert term_weights(nlp(text), lang).get(("CRIME", "gang")) == 3
