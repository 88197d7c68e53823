"""English words of a disaster's aid that the taxonomy lacked: the relief centres and relief
camps people are sheltered in after a flood, a fire or a cyclone ("evacuation centres" was
there; "relief" alone stays a weak word). Sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights


@pytest.mark.parametrize("text, term", [
    ("By nightfall the relief centres in three towns had run out of camp beds.", "relief centre"),
    ("Families driven out by the floods crowded into a relief center at the county fairground.",
     "relief center"),
    ("Officials said 40,000 people were staying in relief camps set up in schools.", "relief camp"),
])
def test_relief_centres_and_camps_are_humanitarian(text, term, nlp_en):
    assert term_weights(nlp_en(text), "en").get(("HUMANITARIAN", term)) == 3


@pytest.mark.parametrize("text", [
    "The central bank's tax relief for exporters takes effect in March.",
    "Fans felt relief when the centre forward scored in the last minute.",
])
def test_relief_in_other_senses_stays_weak(text, nlp_en):
    weights = term_weights(nlp_en(text), "en")
    assert max((w for (code, _), w in weights.items() if code == "HUMANITARIAN"), default=0) <= 1
