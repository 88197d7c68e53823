"""Events new copy tells that we dropped (second round on dev26 to dev29), told in our own
sentences: aid given or flown in named by what was given."""
from datetime import date

from tests.transforms.mentions import coded_with_found_actors, types_with_found_actors

PUBLISHED = date(2026, 11, 20)


def _coded(nlp, lang, text):
    return coded_with_found_actors(nlp, lang, text, PUBLISHED)


def _types(nlp, lang, text):
    return types_with_found_actors(nlp, lang, text, PUBLISHED)


def test_money_or_goods_given_is_aid(nlp_en):
    assert ("AID", "Japan", "Kenya") in _coded(
        nlp_en, "en", "Japan gave Kenya 300 tonnes of maize on Tuesday.")
    assert ("AID", "Canada", None) in _coded(
        nlp_en, "en", "Canada gave 12 million dollars and two mobile clinics after the quake.")


def test_relief_flown_in_is_aid(nlp_en):
    assert "AID" in _types(nlp_en, "en", "Turkey flew 60 tonnes of tents and blankets into "
                                         "Benghazi on Friday.")
    assert "AID" in _types(nlp_en, "en", "Kazakhstan and Russia have flown in help since the "
                                         "dam burst.")


def test_flying_somewhere_is_no_aid(nlp_en):
    assert "AID" not in _types(nlp_en, "en", "The French president flew to Beirut on Sunday.")
    assert "AID" not in _types(nlp_en, "en", "Poland gave its consent to the merger on Monday.")


def test_a_currency_swap_extended_is_aid(nlp_en):
    assert "AID" in _types(nlp_en, "en", "The Bank of Japan extended a $2 billion currency "
                                         "swap with Bank Indonesia for three years.")
