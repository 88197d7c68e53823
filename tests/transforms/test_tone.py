"""GDELT-style tone on short fr/en texts."""
import pytest

from transforms.tone import score_tone, tone_lexicon


def test_positive_french_text(nlp_fr):
    doc = nlp_fr("Les deux pays ont signé un accord de paix historique et salué le succès "
                 "de leur coopération.")
    assert score_tone(doc, "fr") > 0


def test_negative_french_text(nlp_fr):
    doc = nlp_fr("L'attaque a fait dix morts et de nombreux blessés ; la menace terroriste "
                 "plonge la région dans la crise.")
    assert score_tone(doc, "fr") < 0


def test_positive_english_text(nlp_en):
    doc = nlp_en("The two countries signed a historic peace agreement, praising the success "
                 "of their cooperation.")
    assert score_tone(doc, "en") > 0


def test_negative_english_text(nlp_en):
    doc = nlp_en("The attack killed ten people and wounded dozens; the threat of war remains.")
    assert score_tone(doc, "en") < 0


def test_french_negation_flips_polarity(nlp_fr):
    assert score_tone(nlp_fr("Le gouvernement a signé l'accord."), "fr") > 0
    assert score_tone(nlp_fr("Le gouvernement n'a pas signé l'accord."), "fr") < 0


def test_english_negation_flips_polarity(nlp_en):
    assert score_tone(nlp_en("The talks were successful."), "en") > 0
    assert score_tone(nlp_en("The talks were not successful."), "en") < 0


def test_negation_does_not_cross_sentences(nlp_en):
    doc = nlp_en("They did not come. Peace.")
    assert score_tone(doc, "en") > 0


def test_scale_is_gdelt_v1(nlp_en):
    # 4 words, 1 positive ("peace"), 0 negative -> 100 * 1 / 4
    assert score_tone(nlp_en("They want lasting peace."), "en") == pytest.approx(25.0)


def test_neutral_text_is_zero(nlp_fr):
    assert score_tone(nlp_fr("La réunion a lieu mardi à Paris."), "fr") == 0.0


@pytest.mark.parametrize("lang", ["fr", "es", "und", ""])
def test_empty_or_unsupported_is_zero(nlp_fr, lang):
    assert score_tone(nlp_fr(""), lang) == 0.0
    assert score_tone(nlp_fr("La guerre et la paix."), "es") == 0.0


def test_lexicons_are_a_few_hundred_words_each():
    for lang in ("fr", "en"):
        lexicon = tone_lexicon(lang)
        assert len(lexicon) >= 250
        assert set(lexicon.values()) == {1, -1}
        assert {"accord" if lang == "fr" else "agreement", "paix" if lang == "fr" else "peace"} <= {
            k for k, v in lexicon.items() if v > 0}
