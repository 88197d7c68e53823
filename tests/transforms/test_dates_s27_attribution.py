"""A source's tag at the end of an account ("..., the army said", "..., a indiqué la
présidence") does not make the account reported speech: the sentence still goes on with the
occasion told before it. A saying that opens the sentence still does ("The army said they
arrested ...": the saying's time, not the raid's), except for the speaker's own stance ("said
on Tuesday it firmly supports ..."), taken when it is said."""
from datetime import date

import pytest

from transforms.actors import find_actors
from transforms.events import code_events

PUBLISHED = date(2026, 11, 27)  # a Friday
TUESDAY = date(2026, 11, 24)
RAID = {"en": "Kenyan troops raided an al-Shabaab camp near Dhobley on Tuesday. ",
        "fr": "Les soldats kényans ont attaqué mardi un camp des shebab près de Dhobley. "}


def date_of(models, lang, text, verb):
    doc = models[lang](text)
    found = [e.event_date for e in code_events(doc, lang, find_actors(doc, lang), "art_test",
                                               PUBLISHED) if verb in e.verb]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("lang, rest, verb", [
    ("en", "They arrested 12 suspects, the army said.", "arrested"),
    ("en", "President William Ruto spoke with Somali President Hassan Sheikh Mohamud the same "
           "day, the presidency said.", "spoke"),
    ("fr", "Ils ont arrêté douze suspects, a indiqué l'armée.", "arrêté"),
    ("fr", "Le président William Ruto s'est entretenu le même jour avec son homologue somalien "
           "Hassan Cheikh Mohamoud, a indiqué la présidence.", "entretenu"),
])
def test_an_account_tagged_with_its_source_goes_on_with_the_occasion(models, lang, rest, verb):
    assert date_of(models, lang, RAID[lang] + rest, verb) == TUESDAY


def test_a_saying_that_opens_the_sentence_keeps_the_report_day(models):
    text = RAID["en"] + "The army said they arrested 12 suspects."
    assert date_of(models, "en", text, "arrested") == PUBLISHED


@pytest.mark.parametrize("lang, text, verb, when", [
    ("en", "Kenya's foreign ministry said on Tuesday it firmly supports Somalia's right to patrol "
           "its waters.", "supports", TUESDAY),
    ("fr", "Le ministère kényan a indiqué mardi qu'il rejetait tout accord conclu avec les "
           "shebab.", "rejetait", TUESDAY),
    # an act the speaker reports keeps its own reading
    ("en", "Kenya's defence ministry said on Tuesday its troops had killed 20 al-Shabaab "
           "fighters.", "killed", PUBLISHED),
])
def test_a_speakers_own_stance_is_taken_when_they_say_it(models, lang, text, verb, when):
    assert date_of(models, lang, text, verb) == when
