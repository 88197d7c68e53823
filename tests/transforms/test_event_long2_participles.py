"""Event recall on long articles, second round: a dated past participle on a title listed
or apposed after a named person ("Samia Jlassi, enseignante et syndicaliste libérée en
mars") is done to that person (event_clauses.patient_of_participle)."""
from tests.transforms.mentions import coded_with


def test_participle_on_a_listed_title_is_done_to_the_person(models):
    text = ("Samia Jlassi, enseignante et syndicaliste libérée en mars après un an de "
            "détention, reste sous contrôle judiciaire.")
    events = coded_with(models, "fr", text, [("Samia Jlassi", "PERSON")])
    assert ("CONCEDE", None, "Samia Jlassi") in events


def test_undated_participle_on_a_title_stays_a_description(models):
    text = ("Leila Ben Salah, journaliste et militante engagée, a repris ses chroniques à la "
            "radio.")
    events = coded_with(models, "fr", text, [("Leila Ben Salah", "PERSON")])
    assert not any(kind == "AGREE" for kind, _, _ in events)
