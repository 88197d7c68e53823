"""A NATO membership or a NATO title says which state or who speaks ("NATO member Turkey",
"NATO Secretary General Mark Rutte said"), not what the alliance does: those phrases only
corroborate SECURITY_COOPERATION (weight 1). Allies acting keep their strong phrases."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.themes import score_themes


@pytest.mark.parametrize("lang, text, term, weight", [
    ("en", "NATO member Turkey has bought Russian air defences.", "NATO member", 1),
    ("en", "NATO Secretary General Mark Rutte said the order was welcome.", "NATO Secretary General", 1),
    ("fr", "La Turquie, membre de l'OTAN, a acheté des défenses russes.", "membres de l'OTAN", 1),
    ("fr", "Le secrétaire général de l'OTAN, Mark Rutte, a salué la commande.", "secrétaire général de l'OTAN", 1),
    ("en", "The NATO allies agreed to a joint exercise in the Baltic.", "NATO allies", 3),
    ("fr", "Les alliés de l'OTAN ont invoqué l'article 5.", "article 5", 3),
])
def test_nato_phrases_and_their_weights(lang, text, term, weight, nlp_fr, nlp_en):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert term_weights(nlp(text), lang).get(("SECURITY_COOPERATION", term)) == weight


STORY = """ANKARA, March 3 (Vigie) - Turkey's defence industry agency on Tuesday signed a contract for 40 Eurofighter Typhoon jets with the British-led consortium, a deal worth about 5.6 billion pounds that the government said would modernise its ageing air force.

The first jets will be delivered in 2030, and Turkish Aerospace will build parts of the fuselage under licence at its plant near Ankara. The contract also covers engines, weapons and pilot training, the agency said.

NATO member Turkey was removed from the F-35 programme in 2019 after it bought Russian S-400 air defences, and has since sought Western fighter jets to replace its fleet of F-16s. NATO Secretary General Mark Rutte said the order was good news.

Shares in BAE Systems rose 2% in London after the announcement, and the company said the order would secure thousands of jobs at its factories in Lancashire."""


def test_an_arms_deal_with_a_nato_member_is_no_cooperation_story(nlp_en):
    found = {s.theme_code for s in score_themes(nlp_en(STORY), "en", title="Turkey signs deal for 40 Eurofighter jets")}
    assert "DEFENSE_INDUSTRY" in found and "SECURITY_COOPERATION" not in found
