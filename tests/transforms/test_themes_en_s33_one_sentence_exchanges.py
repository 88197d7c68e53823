"""One side's acts toward another in one sentence are one exchange between states
(theme_exchanges.exchange_count): "visited China and signed agreements", "opposed the decision,
accused New Delhi and urged India to correct it" are one state speaking once; the other side's
answer is a second exchange. Stories written for these tests."""
from datetime import date

from transforms.extract import extract
from transforms.records import Actor, Article, Event
from transforms.theme_exchanges import exchange_count, interstate_exchanges

CHINA = Actor("China", "COUNTRY", "CHN")
INDIA = Actor("India", "COUNTRY", "IND")
MODI = Actor("Narendra Modi", "PERSON", "IND", role="Prime Minister")


def event(kind, source, target, sentence):
    return Event(article_id="a", event_type=kind, cameo_root="11", quad_class=3, goldstein=-2.0,
                 sentence="", sentence_index=sentence, event_date=date(2026, 3, 3),
                 source=source, target=target)


def test_one_side_speaking_once_is_one_exchange():
    events = [event("REJECT", CHINA, INDIA, 4), event("ACCUSE", CHINA, INDIA, 4),
              event("REQUEST", CHINA, INDIA, 4)]
    assert exchange_count(interstate_exchanges(events)) == 1


def test_the_answer_and_another_sentence_are_more():
    events = [event("ACCUSE", CHINA, INDIA, 4), event("REJECT", MODI, CHINA, 4),
              event("REQUEST", CHINA, INDIA, 7)]
    assert exchange_count(interstate_exchanges(events)) == 3


_MINING = (
    "LUSAKA, March 3 (Vigie) - Zambia's copper output rose 14% last year to a record 890,000 "
    "tonnes, the mines ministry said on Tuesday, as new shafts opened in the Copperbelt and "
    "power cuts that had slowed smelters eased.\n\n"
    "The kwacha firmed 2% against the dollar after the figures, and the central bank said "
    "inflation had slowed to 9% in February. Mining accounts for about 70% of export earnings, "
    "and the finance ministry expects revenue from royalties to double by 2028.\n\n"
    "President Hakainde Hichilema, who has made mining the centre of his economic plan, visited "
    "China last month and signed agreements on copper processing with Chinese companies.\n\n"
    "Analysts said output could slip this year if rains are poor, as hydropower from the Kariba "
    "dam supplies most of the mines' electricity.\n\n")


def test_a_visit_told_in_one_line_of_an_economy_story_is_no_diplomacy(nlp_en):
    article = Article(external_id="t", text=_MINING, source_ref="t", language="en")
    assert "DIPLOMACY" not in {t.theme_code for t in extract(article, nlp_en(_MINING)).themes}
