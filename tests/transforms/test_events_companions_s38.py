""""Together with X" / "along with X" set before the verb names who acted with the subject,
not whom it acted on, also when the parse hangs "together" under "with" (the companion
check read only "together"/"along" as the preposition itself, so "with" passed as the
target's case and came before the verb's own object)."""
from datetime import date

from tests.transforms.mentions import coded_with_found_actors

PUBLISHED = date(2026, 11, 28)


def test_together_with_x_is_no_target_of_a_request(nlp_en):
    text = ("Together with Finland, Norway urged the International Maritime Organization "
            "to act on the cable cuts.")
    coded = coded_with_found_actors(nlp_en, "en", text, PUBLISHED)
    assert ("REQUEST", "Norway", "International Maritime Organization") in coded, coded
    assert not any(event[2] == "Finland" for event in coded), coded


def test_together_with_x_after_a_conjunction_leaves_the_object_the_target(nlp_en):
    text = ("Chile said it backed the plan, and together with Peru it asked the World Bank "
            "to fund the new port.")
    coded = coded_with_found_actors(nlp_en, "en", text, PUBLISHED)
    assert any(event[0] == "REQUEST" and event[2] == "World Bank" for event in coded), coded
    assert not any(event[0] == "REQUEST" and event[2] == "Peru" for event in coded), coded
