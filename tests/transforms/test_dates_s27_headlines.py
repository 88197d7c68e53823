"""The top of a story. A headline tells the story's act with no date ("Kenya closes border
with Somalia"); the story then tells it with its day, and the headline's event takes that
day. A first line closed by a full stop is a sentence of the story, not a headline. The
dateline's filing day dates an undated act of the lead, not a state it tells in the
present."""
from datetime import date

import pytest

from tests.transforms.mentions import events_with_found_actors
from transforms.actors import find_actors
from transforms.events import code_events

PUBLISHED = date(2026, 11, 27)  # a Friday
TUESDAY = date(2026, 11, 24)


def dated(models, lang, text):
    return [(e.sentence_index, e.event_type, e.event_date)
            for e in events_with_found_actors(models[lang], lang, text, PUBLISHED)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Kenya closes border with Somalia after deadly raid\n\nNAIROBI, Nov 27 (Reuters) - "
           "Kenya closed its border with Somalia on Tuesday after al-Shabaab fighters killed six "
           "police officers in Mandera."),
    ("fr", "Le Kenya ferme sa frontière avec la Somalie après une attaque meurtrière\n\nNAIROBI, "
           "27 novembre (AFP) - Le Kenya a fermé mardi sa frontière avec la Somalie après la mort "
           "de six policiers à Mandera."),
])
def test_a_headlines_act_takes_the_day_the_story_tells_it_on(models, lang, text):
    headline = [(t, d) for i, t, d in dated(models, lang, text) if i == 0]
    assert headline == [("SANCTION", TUESDAY)]


def test_a_first_line_with_a_full_stop_is_no_headline(models):
    text = ("Kenya closes border with Somalia after deadly raid.\n\nNAIROBI, Nov 27 (Reuters) - "
            "Kenya closed its border with Somalia on Tuesday after al-Shabaab fighters killed six "
            "police officers in Mandera.")
    assert [(t, d) for i, t, d in dated(models, "en", text) if i == 0] == [("SANCTION", PUBLISHED)]


@pytest.mark.parametrize("text, when", [
    # a state the lead tells in the present: undated, the report day
    ("GENEVA, Sept 3 (Reuters) - A World Trade Organization panel ruled on Thursday that "
     "Kenya's 50% tariffs on Ugandan sugar violate global trade rules.", date(2026, 9, 4)),
    # an act the lead tells with no date of its own: the dateline's filing day
    ("NAIROBI, Sept 3 (Reuters) - Kenya imposed 50% tariffs on Ugandan sugar, the trade "
     "ministry said.", date(2026, 9, 3)),
])
def test_the_filing_day_dates_the_leads_acts_not_its_states(models, text, when):
    doc = models["en"](text)
    events = code_events(doc, "en", find_actors(doc, "en"), "art_test", date(2026, 9, 4))
    assert [e.event_date for e in events if e.event_type == "SANCTION"] == [when]
