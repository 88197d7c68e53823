"""Term weights chosen for a word's sense in wire copy (table-driven): words shared
by several themes only corroborate, class vocabulary counts as evidence."""
import pytest

from transforms.themes import theme_evidence


@pytest.fixture(scope="module")
def nlp(nlp_fr, nlp_en):
    return {"fr": nlp_fr, "en": nlp_en}


def _weights(doc, lang) -> dict[tuple[str, str], int]:
    return {(code, term): weight for code, found in theme_evidence(doc, lang).items()
            for term, weight in found.term_weights.items()}


@pytest.mark.parametrize("lang, text, code, term, weight", [
    # French wire copy negotiates trade deals and wages, holds EU and COP summits, sends
    # farmers' delegations and quotes "un diplomate" as a source in any story: these
    # words only corroborate diplomacy...
    ("fr", "L'accord a été négocié pendant vingt-cinq ans.", "DIPLOMACY", "négocier", 1),
    ("fr", "Les négociations salariales reprennent lundi.", "DIPLOMACY", "négociation", 1),
    ("fr", "Les agriculteurs manifestent devant le sommet européen.", "DIPLOMACY", "sommet", 1),
    ("fr", "Des délégations de la Confédération paysanne ont fait le déplacement.",
     "DIPLOMACY", "délégation", 1),
    ("fr", "« Nous ne céderons pas », a déclaré un diplomate.", "DIPLOMACY", "diplomate", 1),
    # ...while the words of state-to-state diplomacy still count.
    ("fr", "Les pourparlers ont repris sous médiation qatarie.", "DIPLOMACY", "pourparlers", 2),
    ("fr", "Le ministre s'est entretenu avec son homologue.", "DIPLOMACY", "homologue", 2),
    ("fr", "Les deux pays ont rétabli leurs relations diplomatiques.", "DIPLOMACY",
     "relations diplomatiques", 3),
    # A sum in dollars or the price of one input is every business story's detail, not an
    # economy story; the macro words still are.
    ("en", "The group signed contracts worth 60 million dollars.", "ECONOMY", "dollar", 1),
    ("fr", "Le contrat est estimé à 60 millions de dollars.", "ECONOMY", "dollar", 1),
    ("en", "Nitrocellulose prices tripled in 2023.", "ECONOMY", "prices", 1),
    ("en", "Consumer prices rose 3 percent in May.", "ECONOMY", "consumer prices", 3),
    ("fr", "L'inflation a ralenti en mai.", "ECONOMY", "inflation", 2),
])
def test_a_term_weighs_what_its_sense_in_wire_copy_warrants(nlp, lang, text, code, term, weight):
    assert _weights(nlp[lang](text), lang)[(code, term)] == weight
