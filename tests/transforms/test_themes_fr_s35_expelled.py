"""A journalist, a diplomat or an official expelled tells no MIGRATION (theme_expelled.py); the
expulsion of migrants still does. Sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.theme_expelled import expelled_in_row, expelled_posts
from transforms.theme_headlines import headline_hits


def _migration(nlp_fr, text):
    return {term for code, term in term_weights(nlp_fr(text), "fr") if code == "MIGRATION"}


@pytest.mark.parametrize("text", [
    "Le gouvernement malien a expulsé lundi le correspondant de la radio allemande à Bamako.",
    "Moscou a annoncé l'expulsion de deux diplomates estoniens accusés d'espionnage.",
    "La photographe néerlandaise a été expulsée vers Amsterdam après deux jours de garde à vue.",
    "Niamey avait expulsé en octobre la coordinatrice humanitaire de l'ONU.",
])
def test_a_person_of_a_post_expelled_is_no_migration(nlp_fr, text):
    assert not {term for term in _migration(nlp_fr, text) if term.startswith("expuls")}


@pytest.mark.parametrize("text", [
    "L'Algérie a expulsé plus de 2 000 migrants vers le Niger depuis janvier.",
    "Les expulsions de sans-papiers ont doublé en un an, selon le ministère.",
    "La Mauritanie a expulsé des centaines de ressortissants maliens et sénégalais.",
])
def test_migrants_expelled_are_migration(nlp_fr, text):
    assert {term for term in _migration(nlp_fr, text) if term.startswith("expuls")}


def test_a_headline_expelling_a_journalist_is_no_migration():
    hits = headline_hits("Tchad : un journaliste camerounais expulsé, Yaoundé proteste", "fr")
    assert not [term for code, _, term in hits if code == "MIGRATION"]
    hits = headline_hits("Tunisie : 300 migrants expulsés vers la frontière libyenne", "fr")
    assert [term for code, _, term in hits if code == "MIGRATION"]


def test_english_copy_is_left_alone(nlp_en):
    assert expelled_posts(nlp_en("Mali expelled the French ambassador."), "en") == set()
    assert expelled_in_row([("expelled", ""), ("the", ""), ("envoy", "")], "en") == set()
