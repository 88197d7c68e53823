"""A term the taxonomy writes in the plural is the same term in the singular; capitalised
names and words that only look plural keep their final s."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.theme_terms import singular_term


@pytest.mark.parametrize("lang, text, code, term", [
    ("fr", "Une frappe russe a touché un immeuble à Kharkiv.", "ARMED_CONFLICT", "frappes russes"),
    ("en", "The message went through a diplomatic channel in Muscat.", "DIPLOMACY", "diplomatic channels"),
    ("en", "The strike caused one civilian casualty, officials said.", "ARMED_CONFLICT", "civilian casualties"),
])
def test_plural_term_matches_the_singular(models, lang, text, code, term):
    assert (code, term) in term_weights(models[lang](text), lang)


@pytest.mark.parametrize("term, unchanged", [
    ("Africa Corps", True), ("Houthis", True), ("fake news", True), ("access", True),
    ("crisis", True), ("status", True), ("joint drills", False), ("groupes armés", False), ("civilian casualties", False),
])
def test_only_lowercase_plurals_are_made_singular(term, unchanged):
    assert (singular_term(term) == term) is unchanged


def test_a_city_is_not_the_group_named_like_its_plural(nlp_en):
    # "Hamas" keeps its s: the Syrian city of Hama is not TERRORISM.
    weights = term_weights(nlp_en("Government troops retook Hama on Sunday."), "en")
    assert not any(code == "TERRORISM" for code, _ in weights)


@pytest.mark.parametrize("term", ["rights", "droits", "vivres", "législatives", "annex", "infox"])
def test_plurals_whose_singular_is_another_word_keep_their_form(term):
    # "right" (far-right), "droit" (law), "vivre" (to live), "législative" (a bill) are other
    # words; "annex" and "infox" are no plurals at all ("anne", "info").
    assert singular_term(term) == term


def test_x_plurals_after_a_vowel_pair_are_made_singular():
    assert singular_term("réseaux") == "réseau"


@pytest.mark.parametrize("lang, text, code", [
    ("en", "The far-right candidate won the runoff.", "HUMAN_RIGHTS"),
    ("fr", "Le droit international encadre ces procédures.", "HUMAN_RIGHTS"),
    ("fr", "Anne Hidalgo a présenté son budget.", "TERRITORIAL_DISPUTE"),
    ("fr", "L'info a été confirmée par le ministère.", "DISINFORMATION"),
])
def test_singular_look_alikes_are_no_evidence(models, lang, text, code):
    assert not any(c == code for c, _ in term_weights(models[lang](text), lang))
