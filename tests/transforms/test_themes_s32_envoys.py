"""An envoy summoned, recalled or expelled, read on the parse (theme_envoys.py): a diplomatic
row told with a possessive, a nationality, another envoy word or the passive between the verb
and the envoy. Sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.theme_envoys import envoy_tokens


@pytest.mark.parametrize("lang, text", [
    ("fr", "Rabat a convoqué le diplomate algérien en poste jeudi."),
    ("fr", "La chargée d'affaires suédoise a été convoquée au ministère."),
    ("fr", "Le Niger a rappelé dans la foulée son ambassadeur à Paris."),
    ("en", "Oslo summoned Tehran's envoy over the arrests."),
    ("en", "The Danish ambassador was summoned to the foreign ministry on Friday."),
    ("en", "Lima recalled its top diplomat from Mexico City."),
])
def test_an_envoy_summoned_or_recalled_is_a_diplomatic_row(models, lang, text):
    assert envoy_tokens(models[lang](text), lang)
    weights = term_weights(models[lang](text), lang)
    assert max(w for (code, _), w in weights.items() if code == "DIPLOMACY") == 3


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le ministre a rappelé que l'ambassadeur avait été reçu en mai."),
    ("fr", "Le tribunal a convoqué le représentant de la société."),
    ("en", "The ambassador recalled that the talks had stalled in 2019."),
    ("en", "A court summoned the company's representative."),
])
def test_other_summons_and_recollections_are_not(models, lang, text):
    assert not envoy_tokens(models[lang](text), lang)


def test_the_listed_phrase_counts_once(nlp_fr):
    weights = term_weights(nlp_fr("Paris a décidé de convoquer l'ambassadeur de Russie."), "fr")
    assert weights == {("DIPLOMACY", "convoquer l'ambassadeur"): 3}


@pytest.mark.parametrize("lang, text", [
    ("fr", "« Le cessez-le-feu doit tenir », a rappelé l'ambassadeur de France lors d'un point presse."),
    ("fr", "« Ces retours doivent rester volontaires », a rappelé le représentant de l'agence à Amman."),
    ("en", '"We expect calm," recalled the envoy, who served in Kabul.'),
])
def test_recall_as_a_verb_of_speech_is_no_row(models, lang, text):
    # who spoke, put after the quote: no state recalls its envoy
    assert not envoy_tokens(models[lang](text), lang)
