"""The sanctions of the UN and of several states, their return and their monitoring, named as
such ("UN sanctions", "the reimposition of sanctions", "sanctions monitoring"; "sanctions de
l'ONU", "le rétablissement des sanctions"): strong SANCTIONS terms in both languages, as
"sanctions internationales" was in French only. Sentences and story written for these tests."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.themes import score_themes


def _sanctions(nlp, text, lang):
    return {term: weight for (code, term), weight in term_weights(nlp(text), lang).items()
            if code == "SANCTIONS"}


@pytest.mark.parametrize("text, term", [
    ("Pyongyang has evaded UN sanctions for years through ship-to-ship transfers.",
     "UN sanctions"),
    ("The reimposition of sanctions hit Tehran's oil exports within weeks.",
     "reimposition of sanctions"),
    ("Analysts say international sanctions have barely slowed the programme.",
     "international sanctions"),
    ("Sanctions monitoring has weakened since the panel's mandate lapsed.",
     "sanctions monitoring"),
])
def test_english_phrases(text, term, nlp_en):
    assert _sanctions(nlp_en, text, "en").get(term) == 3


@pytest.mark.parametrize("text, term", [
    ("Le rétablissement des sanctions a fait chuter la monnaie iranienne.",
     "rétablissement des sanctions"),
    ("Pyongyang contourne depuis des années les sanctions de l'ONU.", "sanctions de l'ONU"),
    ("La réimposition des sanctions vise les ventes de pétrole.",
     "réimposition des sanctions"),
])
def test_french_phrases(text, term, nlp_fr):
    assert _sanctions(nlp_fr, text, "fr").get(term) == 3


_IRAN_STORY_FR = (
    "VIENNE (Vigie) - Le conseil des gouverneurs de l'Agence internationale de l'énergie "
    "atomique a adopté jeudi une résolution demandant à l'Iran de dire où se trouve son "
    "stock d'uranium enrichi, une demande que Téhéran a aussitôt rejetée.\n\n"
    "Le texte, présenté par Paris, Londres et Berlin, a recueilli 20 voix, la Russie et la "
    "Chine votant contre. Le chef de la diplomatie iranienne a dénoncé une « manoeuvre "
    "politique » et menacé de réduire encore la coopération avec les inspecteurs.\n\n"
    "La résolution intervient trois mois après le rétablissement des sanctions de l'ONU "
    "contre l'Iran, qui visent son secteur bancaire et ses exportations de pétrole, et "
    "après la réimposition des sanctions européennes sur le gaz iranien.\n\n"
    "Les inspecteurs n'ont plus accès au site de Fordo depuis juin.")


def test_a_nuclear_story_with_a_paragraph_on_the_returned_sanctions(nlp_fr):
    codes = {s.theme_code for s in score_themes(nlp_fr(_IRAN_STORY_FR), "fr",
                                                 title="L'AIEA somme l'Iran de s'expliquer")}
    assert "SANCTIONS" in codes


def test_an_english_phrase_opening_on_un_is_no_french_des(nlp_fr):
    # spaCy's French lemma of "des" is "un": "UN sanctions", read in French copy among the
    # English phrases machine translation leaves, would be any "des sanctions".
    found = _sanctions(nlp_fr, "Paris a brandi des sanctions contre les responsables.", "fr")
    assert "UN sanctions" not in found and found.get("sanction") == 2
