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
