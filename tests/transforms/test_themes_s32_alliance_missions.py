"""A mission the alliance runs is security cooperation: its members' forces serve in it
together. Sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights


@pytest.mark.parametrize("lang, text", [
    ("fr", "Quarante soldats portugais rejoindront en mars la mission de l'OTAN au Kosovo."),
    ("fr", "La mission dirigée par l'OTAN forme les officiers irakiens depuis 2018."),
    ("en", "Forty Portuguese soldiers will join the NATO mission in Kosovo in March."),
    ("en", "The NATO-led mission has trained Iraqi officers since 2018."),
])
def test_an_alliance_mission_is_security_cooperation(models, lang, text):
    assert max(w for (code, _), w in term_weights(models[lang](text), lang).items()
               if code == "SECURITY_COOPERATION") == 3
