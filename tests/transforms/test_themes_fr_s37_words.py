"""Ordinary French words of a topic the taxonomy lacked (s37): workers idled on short time,
a market closed or reopened to another state's goods, a prisoner exchange,
polio. Sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights


@pytest.mark.parametrize("text, code, term, weight", [
    ("Une campagne de vaccination contre la polio vise deux millions d'enfants.",
     "HEALTH", "polio", 3),
    ("L'usine a placé quatre cents ouvriers au chômage technique faute de pièces.",
     "ECONOMY", "chômage technique", 3),
    ("Le constructeur a recours au chômage partiel dans ses deux sites.",
     "ECONOMY", "chômage partiel", 3),
    ("Pékin a fermé son marché aux volailles de ce pays.",
     "TRADE", "fermer son marché", 2),
    ("Le pays a rouvert son marché aux céréales importées.",
     "TRADE", "rouvrir son marché", 2),
    ("Les deux voisins ont procédé lundi à un échange de prisonniers.",
     "DIPLOMACY", "échange de prisonniers", 3),
    ("Les deux armées ont échangé des prisonniers sur le pont frontalier.",
     "DIPLOMACY", "échanger des prisonniers", 3),
])
def test_ordinary_words_of_a_topic(nlp_fr, text, code, term, weight):
    assert term_weights(nlp_fr(text), "fr").get((code, term)) == weight
