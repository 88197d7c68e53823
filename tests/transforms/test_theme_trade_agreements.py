"""Names of trade agreements are TRADE terms, and their words are consumed: "accord de
partenariat économique", "comprehensive economic partnership" are trade pacts, so their
"économique"/"economic" no longer counts for ECONOMY (an EU-Indonesia trade-deal story was
tagged ECONOMY from the agreement's name in its headline)."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.themes import score_themes


@pytest.mark.parametrize("lang, text, term", [
    ("fr", "L'UE et l'Indonésie ont conclu leur accord de partenariat économique global.",
     "accord de partenariat économique"),
    ("fr", "Les deux pays ont signé un partenariat économique global à Nusa Dua.",
     "partenariat économique global"),
    ("fr", "La Chine veut adhérer au CPTPP et renforcer le RCEP.", "CPTPP"),
    ("fr", "La zone de libre-échange continentale africaine entre dans sa phase tarifaire.",
     "zone de libre-échange"),
    ("en", "The EU and Indonesia signed an economic partnership agreement on Tuesday.",
     "economic partnership agreement"),
    ("en", "India and the UAE upgraded their CEPA last year.", "CEPA"),
    ("en", "Britain joined the Trans-Pacific Partnership in 2024.", "Trans-Pacific Partnership"),
])
def test_trade_agreement_names_are_trade_terms(lang, text, term, nlp_fr, nlp_en):
    nlp = nlp_fr if lang == "fr" else nlp_en
    weights = term_weights(nlp(text), lang)
    assert weights.get(("TRADE", term)) == 3
    assert not any(code == "ECONOMY" for code, _ in weights)


def test_an_agreement_name_in_the_headline_is_no_economy_theme(nlp_fr):
    text = ("L'Union européenne et l'Indonésie ont signé mardi à Bali leur accord de partenariat "
            "économique, qui supprime les droits de douane sur 98 % des lignes tarifaires.")
    title = "L'UE et l'Indonésie concluent leur accord de partenariat économique"
    codes = {s.theme_code for s in score_themes(nlp_fr(text), "fr", title=title)}
    assert "TRADE" in codes and "ECONOMY" not in codes


def test_economic_words_outside_an_agreement_name_still_count_for_economy(nlp_fr, nlp_en):
    fr = term_weights(nlp_fr("La situation économique reste difficile."), "fr")
    en = term_weights(nlp_en("The economic partnership between the two firms is old."), "en")
    assert ("ECONOMY", "économique") in fr
    assert ("ECONOMY", "economic") in en
