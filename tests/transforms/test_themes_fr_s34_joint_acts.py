"""Acts two sides do together -- agreeing, meeting -- are coded one event each way ("Beyrouth et
Damas ont convenu d'un mécanisme", "Seoul and Tokyo agreed"); told both ways in one sentence
they are one exchange between states (theme_exchanges.exchange_count), while an accusation and
its answer stay two. Events written for these tests."""
from datetime import date

import pytest

from transforms.records import Actor, Event
from transforms.theme_exchanges import exchange_count, interstate_exchanges

LEBANON = Actor("Lebanon", "COUNTRY", "LBN")
SYRIA = Actor("Syria", "COUNTRY", "SYR")


def event(kind, source, target, sentence):
    return Event(article_id="a", event_type=kind, cameo_root="03", quad_class=1, goldstein=4.0,
                 sentence="", sentence_index=sentence, event_date=date(2026, 5, 4),
                 source=source, target=target)


@pytest.mark.parametrize("kind", ["AGREE", "CONSULT"])
def test_a_joint_act_told_both_ways_is_one_exchange(kind):
    events = [event(kind, LEBANON, SYRIA, 3), event(kind, SYRIA, LEBANON, 3)]
    assert exchange_count(interstate_exchanges(events)) == 1


def test_an_accusation_and_its_answer_are_two():
    events = [event("ACCUSE", LEBANON, SYRIA, 3), event("ACCUSE", SYRIA, LEBANON, 3)]
    assert exchange_count(interstate_exchanges(events)) == 2


def test_an_answer_to_an_agreement_is_a_second_exchange():
    events = [event("AGREE", LEBANON, SYRIA, 3), event("REJECT", SYRIA, LEBANON, 3)]
    assert exchange_count(interstate_exchanges(events)) == 2


def test_the_same_agreement_in_two_sentences_is_two():
    events = [event("AGREE", LEBANON, SYRIA, 3), event("AGREE", SYRIA, LEBANON, 6)]
    assert exchange_count(interstate_exchanges(events)) == 2
