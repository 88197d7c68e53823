"""The French passive passé composé ("a été interpellé", "ont été tués") is the narrative
past, as the active "a interpellé" is: only its finite auxiliary tells the tense ("été" is a
participle, past in every tense), so an act told so after a clause dated to a day goes on
with that day. The pluperfect passive ("avait été interpellé") stays background."""
from datetime import date

from tests.transforms.mentions import events_with_found_actors


PUBLISHED = date(2026, 11, 27)  # a Friday
TUESDAY = date(2026, 11, 24)


def dated(models, text):
    return [(e.verb, e.event_date)
            for e in events_with_found_actors(models["fr"], "fr", text, PUBLISHED)]


def test_the_passive_perfect_goes_on_with_the_day(models):
    text = "La police a dispersé mardi un cortège à Douala, et Paul Ekane a été interpellé."
    days = [d for v, d in dated(models, text) if "interpellé" in v]
    assert days == [TUESDAY]


def test_narrative_past_reads_the_finite_auxiliary(models):
    from transforms.date_occasions import narrative_past

    killed = next(t for t in models["fr"]("Trois soldats ont été tués à Gao.") if t.text == "tués")
    wounded = next(t for t in models["fr"]("Deux soldats avaient été blessés à Gao.")
                   if t.text == "blessés")
    assert narrative_past(killed, "fr")
    assert not narrative_past(wounded, "fr")
