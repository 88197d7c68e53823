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
