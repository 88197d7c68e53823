"""Readings found wrong on new copy (dev30, dev31, then dev26 to dev29) and counted again in
older sets, told in our own sentences."""
from datetime import date

from tests.transforms.mentions import coded_with_found_actors, types_with_found_actors

PUBLISHED = date(2026, 11, 27)


def _coded(nlp, lang, text):
    return coded_with_found_actors(nlp, lang, text, PUBLISHED)


def _types(nlp, lang, text):
    return types_with_found_actors(nlp, lang, text, PUBLISHED)


def test_a_promise_or_an_offer_to_no_one_named_is_no_agreement(nlp_en, nlp_fr):
    for lang, nlp, text in (
            ("en", nlp_en, "Tehran promised a swift response to the seizure of its tanker."),
            ("en", nlp_en, "The Turkish president offered to host a new round of talks in "
                           "Istanbul."),
            ("en", nlp_en, "The contractor never built the bridge it had promised."),
            ("fr", nlp_fr, "Le président Félix Tshisekedi a promis mardi l'envoi de renforts "
                           "dans le Nord-Kivu."),
            ("fr", nlp_fr, "Le Qatar a proposé en mars une trêve de trois mois."),
            ("fr", nlp_fr, "L'Italie a offert l'envoi de deux canadairs.")):
        assert "AGREE" not in _types(nlp, lang, text), text


def test_a_promise_made_to_a_named_party_or_a_commitment_stays_an_agreement(nlp_en, nlp_fr):
    assert ("AGREE", "Japan", "Philippines") in _coded(
        nlp_en, "en", "Japan promised the Philippines two more patrol vessels on Monday.")
    assert "AGREE" in _types(nlp_fr, "fr", "Les pays du G7 se sont engagés à doubler leur aide "
                                           "au climat d'ici 2030.")
