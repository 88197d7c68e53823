"""Diplomats quoted as a story's source ("selon des sources diplomatiques", "diplomats
said") are not its topic (eval/README.md: "diplomats said" as a source is no DIPLOMACY):
those phrases are stop phrases. Diplomats acting still count."""
import pytest

from tests.transforms.evidence import term_weights


@pytest.mark.parametrize("lang, text", [
    ("fr", "Selon plusieurs sources diplomatiques, il aurait quitté le pays à bord d'un avion."),
    ("fr", "L'UE en prépare un nouveau, ont indiqué des diplomates à Bruxelles."),
    ("fr", "Le texte sera adopté lundi, selon un diplomate européen."),
    ("en", "The package is ready, diplomats said on Friday."),
    ("en", "The vote was delayed, according to diplomats in New York."),
    ("en", "Two diplomatic sources confirmed the meeting had been postponed."),
])
def test_diplomats_as_a_source_count_for_nothing(lang, text, nlp_fr, nlp_en):
    nlp = nlp_fr if lang == "fr" else nlp_en
    weights = term_weights(nlp(text), lang)
    assert not any(term.startswith("diplomat") for code, term in weights if code == "DIPLOMACY")


@pytest.mark.parametrize("lang, text, term", [
    ("fr", "Des diplomates des deux pays se sont réunis à Genève.", "diplomate"),
    ("fr", "Paris a rappelé son ambassadeur par la voie diplomatique.", "voie diplomatique"),
    ("en", "Diplomats from both countries met in Geneva on Monday.", "diplomat"),
    ("en", "The crisis needs a diplomatic solution, the minister said.", "diplomatic solution"),
])
def test_diplomats_acting_still_count(lang, text, term, nlp_fr, nlp_en):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert ("DIPLOMACY", term) in term_weights(nlp(text), lang)


@pytest.mark.parametrize("text, diplomatic", [
    # "en marge de" is "on the sidelines of" only beside a meeting of officials
    ("Les ministres ont tenu des entretiens en marge du sommet de l'OTAN.", True),
    ("Rutte a vu Iwaya en marge d'une réunion des ministres à Bruxelles.", True),
    ("Des heurts ont éclaté en marge de la manifestation syndicale.", False),
    ("Ces associations vivent en marge de la loi depuis des années.", False),
])
def test_en_marge_counts_beside_a_meeting_only(text, diplomatic, nlp_fr):
    weights = term_weights(nlp_fr(text), "fr")
    assert any(code == "DIPLOMACY" and term.startswith("en marge")
               for code, term in weights) is diplomatic
