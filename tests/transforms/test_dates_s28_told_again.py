"""The act a paragraph ended on, told again at the head of the next one with its details
("Kenya and Ethiopia signed a treaty on Tuesday. // The treaty was signed in Addis Ababa by
the two ministers"), is the same act: it takes that day."""
from datetime import date

import pytest
from tests.transforms.mentions import events_with_found_actors


PUBLISHED = date(2026, 11, 27)  # a Friday
TUESDAY = date(2026, 11, 24)


def dated(models, lang, text):
    return [(e.event_type, e.sentence_index, e.event_date)
            for e in events_with_found_actors(models[lang], lang, text, PUBLISHED)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Kenya and Ethiopia signed a water-sharing treaty on Tuesday, officials said.\n\n"
           "The treaty was signed in Addis Ababa by Kenyan Foreign Minister Paul Kana and his "
           "Ethiopian counterpart Abebe Tadesse."),
    ("fr", "Le Kenya et l'Ethiopie ont signé mardi un traité sur le partage des eaux.\n\n"
           "Le traité a été signé à Addis-Abeba par le ministre kényan des Affaires étrangères "
           "Paul Kana et son homologue éthiopien Abebe Tadesse."),
])
def test_the_act_told_again_takes_its_day(models, lang, text):
    again = [day for kind, sentence, day in dated(models, lang, text)
             if kind == "AGREE" and sentence > 0]
    assert again and set(again) == {TUESDAY}
