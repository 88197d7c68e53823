"""Photo captions left in the copy (a line of its own, in the present, ending on the day
the picture was taken) are no events; a line of the story that ends on a date still is.
Sentences of our own writing."""
from datetime import date

import pytest

from tests.transforms.mentions import types_with_found_actors

PUBLISHED = date(2026, 11, 27)


def _types(nlp, lang, text):
    return types_with_found_actors(nlp, lang, text, PUBLISHED)


@pytest.mark.parametrize("lang, text, caption_type, told", [
    ("fr", "Le Sénégal a expulsé mardi deux diplomates maliens.\n\n"
           "Des soldats sénégalais patrouillent près de la frontière malienne, le 24 novembre "
           "2026.\n\nDakar n'a pas donné d'autre détail.", "MOBILIZE", 0),
    ("fr", "Le Kenya et l'Ouganda ont signé lundi un accord sur le lac Victoria.\n\n"
           "William Ruto et Yoweri Museveni se serrent la main à Kampala, le 23 novembre "
           "2026.\n\nLe texte doit être ratifié.", "AGREE", 1),
    ("en", "Chile and Peru signed a fisheries accord on Monday.\n\n"
           "Chilean President Gabriel Boric and his Peruvian counterpart sign the accord in "
           "Lima, Monday, Nov. 23, 2026.\n\nThe accord must be ratified.", "AGREE", 1),
    ("fr", "Le Sénégal a expulsé mardi deux diplomates maliens.\n\n"
           "Des soldats sénégalais patrouillent près de la frontière malienne, le 24 novembre "
           "2026. (Photo : AFP/Moussa Diallo)\n\nDakar n'a pas donné d'autre détail.",
     "MOBILIZE", 0),
    ("en", "Police broke up a march in Nairobi on Tuesday.\n\n"
           "Riot police detain a protester outside parliament in Nairobi, Kenya, Nov. 24, "
           "2026.\n\nThe march had been banned.", "COERCE", 1),
])
def test_a_caption_line_adds_no_event(nlp_fr, nlp_en, lang, text, caption_type, told):
    types = _types(nlp_fr if lang == "fr" else nlp_en, lang, text)
    assert types.count(caption_type) == told, types  # the story's own, not the caption's


@pytest.mark.parametrize("lang, text, event_type", [
    ("fr", "Le sommet s'est ouvert lundi.\n\n"
           "Le Maroc et la Mauritanie ont signé un accord de pêche à Rabat, le 3 mars 2025.\n\n"
           "Il expire l'an prochain.", "AGREE"),
    ("en", "The summit opened on Monday.\n\n"
           "Morocco and Mauritania signed a fisheries accord in Rabat, March 3, 2025.\n\n"
           "It expires next year.", "AGREE"),
    ("en", "The summit opened on Monday.\n\n"
           "The accord was signed by Morocco and Mauritania in Rabat on March 3, 2025.\n\n"
           "It expires next year.", "AGREE"),
])
def test_a_line_of_the_story_ending_on_a_date_keeps_its_event(nlp_fr, nlp_en, lang, text,
                                                              event_type):
    assert event_type in _types(nlp_fr if lang == "fr" else nlp_en, lang, text)
