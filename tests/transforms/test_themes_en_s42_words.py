"""English theme vocabulary added in the forty-second session. Sentences written for these
tests."""
import pytest

from tests.transforms.evidence import term_weights


@pytest.mark.parametrize("text", [
    "Hundreds of workers occupied the plant on Friday to stop the machines being moved.",
    "Students have occupied the campus since the fees were raised.",
    "The factory occupation entered its third week on Monday.",
])
def test_a_workplace_held_by_workers_or_students_is_a_protest(nlp_en, text):
    weights = term_weights(nlp_en(text), "en")
    assert max((w for (code, _), w in weights.items() if code == "PROTEST"), default=0) == 3


def test_a_territory_occupied_by_an_army_is_no_protest(nlp_en):
    weights = term_weights(nlp_en("Troops have occupied the border town since March."), "en")
    assert not any(code == "PROTEST" for code, _ in weights)


@pytest.mark.parametrize("text, term", [
    ("The court said the ban on same-sex marriage broke the constitution.", "same-sex marriage"),
    ("Campaigners for gay rights welcomed the ruling.", "gay rights"),
    ("Some 400 towns issue certificates to same-sex couples.", "same-sex couples"),
])
def test_the_rights_of_gay_people_are_a_rights_story(nlp_en, text, term):
    assert term_weights(nlp_en(text), "en")[("HUMAN_RIGHTS", term)] == 3


def test_rules_of_engagement_are_a_military_term(nlp_en):
    weights = term_weights(nlp_en("The army rewrote its rules of engagement at the border."), "en")
    assert weights[("MILITARY", "rules of engagement")] == 3
