"""Words of SANCTIONS whose other senses fill domestic news only corroborate (weight 1):
French "gel"/"geler" ("le gel de la réforme des retraites", "gel des recrutements"),
English "penalties" and "designation" (a regulator's penalties on a utility). Frozen assets
keep their phrases ("gel des avoirs", "geler les avoirs", weight 3); "sanctions
disciplinaires", "vote sanction" are stop phrases."""
import pytest

from tests.transforms.evidence import term_weights
from tests.transforms.test_theme_context_stories import story_themes
from transforms.themes import score_themes


@pytest.mark.parametrize("lang, text, term, weight", [
    ("fr", "Le Premier ministre a annoncé le gel de la réforme des retraites.", "gel", 1),
    ("fr", "Le gouvernement veut geler les pensions en 2026.", "geler", 1),
    ("fr", "L'UE a décidé de geler les avoirs de la banque centrale.", "geler les avoirs", 3),
    ("fr", "Le Conseil a ordonné le gel des avoirs de dix oligarques.", "gel des avoirs", 3),
    ("en", "Ofwat imposed penalties on the water company.", "penalty", 1),
    ("en", "The Treasury weighs the designation of two utilities.", "designation", 1),
])
def test_sanctions_words_and_their_weights(lang, text, term, weight, nlp_fr, nlp_en):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert term_weights(nlp(text), lang).get(("SANCTIONS", term)) == weight


@pytest.mark.parametrize("lang, text", [
    ("fr", "La ministre a exclu des sanctions disciplinaires contre les agents."),
    ("fr", "Les électeurs ont choisi le vote sanction contre la majorité."),
    ("en", "The officer faces disciplinary sanctions."),
])
def test_domestic_senses_of_sanction_count_for_nothing(lang, text, nlp_fr, nlp_en):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert not any(code == "SANCTIONS" for code, _ in term_weights(nlp(text), lang))


@pytest.mark.parametrize("name", ["fr_retraites", "en_thames"])
def test_a_domestic_story_with_freezes_and_penalties_is_no_sanctions_story(name, nlp_fr, nlp_en):
    codes = story_themes(name, nlp_fr, nlp_en)
    assert "ECONOMY" in codes and "SANCTIONS" not in codes


def test_a_sanctions_story_told_with_freezes_keeps_its_theme(nlp_fr):
    text = ("BRUXELLES, 23 octobre (Vigie) - Les Vingt-Sept ont adopté jeudi un nouveau train de "
            "sanctions contre la Russie, qui prévoit de geler les avoirs de quarante sociétés et "
            "d'interdire l'accès aux ports européens à 117 pétroliers de la flotte fantôme.")
    codes = {s.theme_code for s in score_themes(nlp_fr(text), "fr")}
    assert "SANCTIONS" in codes


@pytest.mark.parametrize("lang, text", [
    ("en", 'Tehran condemned the measures as "economic terrorism" against the Iranian people.'),
    ("fr", "Caracas a dénoncé un « terrorisme économique » contre le peuple vénézuélien."),
])
def test_economic_terrorism_names_sanctions_not_terror_or_the_economy(lang, text, nlp_fr, nlp_en):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert not any(code in ("TERRORISM", "ECONOMY") for code, _ in term_weights(nlp(text), lang))
