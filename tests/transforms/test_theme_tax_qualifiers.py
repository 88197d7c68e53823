"""Tax as a qualifier of a pay or a price ("2,600 euros a month before tax", "prix hors
taxes") is no fiscal topic: stop phrases. A tax itself still counts for ECONOMY."""
import pytest

from tests.transforms.evidence import term_weights


@pytest.mark.parametrize("lang, text", [
    ("en", "Volunteers will be paid about 2,600 euros a month before tax."),
    ("en", "The group reported a pre-tax profit of 2 billion euros."),
    ("fr", "Le billet coûte 40 euros hors taxes."),
    ("fr", "Le salaire atteint 2 600 euros par mois avant impôts."),
])
def test_tax_qualifiers_count_for_nothing(lang, text, nlp_fr, nlp_en):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert not any(term.startswith(("tax", "impôt")) for _, term in term_weights(nlp(text), lang))


@pytest.mark.parametrize("lang, text, term", [
    ("en", "Parliament voted to raise the tax on corporate profits.", "tax"),
    ("fr", "Le gouvernement veut créer une taxe sur les hauts revenus.", "taxe"),
])
def test_a_tax_itself_still_counts(lang, text, term, nlp_fr, nlp_en):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert ("ECONOMY", term) in term_weights(nlp(text), lang)
