"""French words any story on the topic uses, missing from the taxonomy (s33). Sentences written
for these tests."""
import pytest

from tests.transforms.evidence import term_weights


@pytest.mark.parametrize("text, code, term, weight", [
    ("Trois randonneurs sont morts d'un coup de chaleur dans le désert.", "HEALTH",
     "coup de chaleur", 3),
    ("Les urgences ont reçu des dizaines de personnes âgées victimes de coups de chaleur.",
     "HEALTH", "coup de chaleur", 3),
    ("Manille accuse Pékin d'empiéter sur ses droits souverains en mer.", "TERRITORIAL_DISPUTE",
     "droits souverains", 3),
    ("Le Guyana dénonce une atteinte aux droits souverains du pays sur l'Essequibo.",
     "TERRITORIAL_DISPUTE", "droits souverains", 3),
])
def test_a_common_word_of_the_topic(nlp_fr, text, code, term, weight):
    assert term_weights(nlp_fr(text), "fr").get((code, term)) == weight


@pytest.mark.parametrize("text", [
    "L'aéroport de Lyon a connu un trafic record cet été.",
    "Le trafic maritime dans le détroit a chuté de moitié.",
    "Le trafic ferroviaire reste perturbé sur la ligne Paris-Lille.",
])
def test_traffic_is_no_trafficking(nlp_fr, text):
    assert not any(code == "CRIME" for code, _ in term_weights(nlp_fr(text), "fr"))


def test_trafficking_is_still_crime(nlp_fr):
    weights = term_weights(nlp_fr("Le réseau démantelé se livrait à un trafic d'armes."), "fr")
    assert any(code == "CRIME" for code, _ in weights)


def test_a_wave_of_protests(nlp_fr):
    weights = term_weights(nlp_fr("La réforme a déclenché une vague de protestations."), "fr")
    assert weights.get(("PROTEST", "vague de protestations")) == 3


@pytest.mark.parametrize("text, term", [
    ("Les dirigeants de l'Union africaine se réunissent en sommet extraordinaire à Addis-Abeba.",
     "sommet extraordinaire"),
    ("Le communiqué final appelle à un cessez-le-feu immédiat.", "communiqué final"),
    ("La déclaration finale a été adoptée par consensus.", "déclaration finale"),
])
def test_a_summit_and_what_it_ends_on(nlp_fr, text, term):
    assert term_weights(nlp_fr(text), "fr").get(("DIPLOMACY", term)) == 3


def test_a_peak_is_no_summit(nlp_fr):
    weights = term_weights(nlp_fr("L'alpiniste a atteint le sommet du mont Blanc."), "fr")
    assert max((w for (code, _), w in weights.items() if code == "DIPLOMACY"), default=0) <= 1
