from pathlib import Path

import pytest

from transforms.language import detect_language

SAMPLE_FR = Path(__file__).resolve().parents[1] / "fixtures" / "samples" / "rutte-japon.fr.txt"


def test_french_sentence():
    lang, confidence = detect_language(
        "Le président de la République a reçu le Premier ministre japonais à l'Élysée."
    )
    assert lang == "fr"
    assert 0.5 < confidence <= 1.0


def test_english_sentence():
    lang, confidence = detect_language(
        "The war in Ukraine continues as Russian forces shell Kharkiv for a third day."
    )
    assert lang == "en"
    assert 0.5 < confidence <= 1.0


@pytest.mark.skipif(not SAMPLE_FR.exists(), reason="shared sample not present")
def test_machine_translated_french_article():
    lang, confidence = detect_language(SAMPLE_FR.read_text(encoding="utf-8"))
    assert lang == "fr"
    assert confidence > 0.9


def test_long_text_is_fast_and_uses_its_start():
    text = "Le gouvernement a annoncé de nouvelles mesures. " * 5000
    assert detect_language(text)[0] == "fr"


def test_other_language_is_not_forced_into_french_or_english():
    assert detect_language("El presidente del Gobierno se reunió ayer con los ministros.")[0] == "es"


@pytest.mark.parametrize("text", ["", "   \n\t", "😀🎉🔥👍", "123 456 !!! ???", "-- // ++"])
def test_empty_or_no_letters_is_undetermined(text):
    assert detect_language(text) == ("und", 0.0)


def test_lone_name_is_undetermined():
    assert detect_language("Rutte") == ("und", 0.0)


def test_mixed_text_follows_the_majority_language():
    text = (
        "Le sommet de l'OTAN s'est tenu à Bruxelles. Les ministres ont discuté de l'aide "
        "à l'Ukraine et du budget de la défense pendant deux jours. "
        "Quote: \"we stand together\"."
    )
    assert detect_language(text)[0] == "fr"


@pytest.mark.parametrize("bad", [None, 42, b"bytes", ["list"]])
def test_non_string_input_never_raises(bad):
    assert detect_language(bad) == ("und", 0.0)


@pytest.mark.parametrize("text, lang", [
    # Once undetermined: py3langid's obscure classes (Central Bikol) split the mass.
    ("NATO Secretary General Mark Rutte met Japanese Defence Minister Nakatani Gen "
     "in Tokyo on April 8.", "en"),
    ("Russian strikes on Kyiv", "en"),
    ("Frappes russes sur Kiev", "fr"),
    ("NATO AND JAPAN SIGN A DEFENCE AGREEMENT", "en"),
    ("LeministrejaponaisdelaDéfense a rencontréRutte hier àTokyo", "fr"),
    ("Le president a rencontre le ministre japonais de la defense a Tokyo", "fr"),
])
def test_short_noisy_headlines_get_their_language(text, lang):
    assert detect_language(text)[0] == lang


@pytest.mark.parametrize("text, lang", [
    ("Il governo italiano ha annunciato nuove sanzioni contro la Russia.", "it"),
    ("Die Bundesregierung kündigte neue Sanktionen gegen Russland an.", "de"),
    ("Правительство объявило новые санкции против России.", "ru"),
])
def test_other_news_languages_still_come_out(text, lang):
    assert detect_language(text)[0] == lang


def test_string_of_names_is_undetermined():
    # No language has a clear lead over the runner-up.
    assert detect_language("Mark Rutte Nakatani Gen Ishiba Shigeru Tokyo") == ("und", 0.0)


def test_result_is_an_iso_639_1_code():
    lang, _ = detect_language("Amaze mukugore pa mba yechipiri vari kutamba mitambo.")
    assert lang == "und" or len(lang) == 2
