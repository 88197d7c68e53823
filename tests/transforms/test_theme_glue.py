"""Words glued by machine translation are matched as their parts when the token starts
no term: an acronym with a lowercase word stuck on, a term with a short word or weekday
stuck on, words joined by a semicolon or parenthesis."""
import pytest

from tests.transforms.evidence import terms_found
from transforms.theme_terms import _glued_parts, term_trie, token_keys


def _parts(text, lang):
    return _glued_parts(text, token_keys(text, text, lang), term_trie(lang), lang)


@pytest.mark.parametrize("lang, text, term", [
    ("fr", "L'OTANmardi a annoncé un renforcement du flanc est.", "OTAN"),
    ("fr", "Selon l'ONUjeudi, les combats ont repris.", "ONU"),
    ("fr", "La guerrea repris dans la nuit.", "guerre"),
    ("fr", "Les sanctionsmardi visent quarante entités.", "sanction"),
    ("en", "The sanctionson Tuesday target forty entities.", "sanction"),
    ("en", "The refugeesand migrants waited at the border.", "refugee"),
    ("fr", "Les migrants;la police a arrêté trois passeurs.", "migrant"),
    ("fr", "Selon les réfugiés(HCR), le camp déborde.", "HCR"),
    ("fr", "Les pays de l'alliance (OTAN)se sont réunis à Bruxelles.", "OTAN"),
    ("fr", "« Nous refusons les sanctions»,a-t-il dit.", "sanction"),
    ("fr", "Selon le HCR.Plusieurs milliers de personnes ont fui.", "HCR"),
])
def test_glued_term_is_found(models, lang, text, term):
    assert term in terms_found(models[lang](text), lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "budget"),        # a whole term stays whole
    ("en", "protest"),      # "-est" is a word ending, not a glued word
    ("en", "largest"),
    ("fr", "criminelles"),  # "-les" likewise
    ("en", "command"),      # "comm" is no term
    ("fr", "OTANMark"),     # acronym + capitalised name: left whole (see module comment)
    ("en", "Ebola"),
    ("en", "U.S."),         # full stops inside an acronym
    ("en", "St.Louis"),     # a full stop after a short capitalised word
])
def test_real_words_are_not_cut(lang, text):
    parts = _parts(text, lang)
    assert parts is None or len(parts) == 1
