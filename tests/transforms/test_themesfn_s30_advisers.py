"""An adviser of a head of state or government speaks for the state, as an envoy does: the
"senior adviser for Africa" who met a president, the "conseiller diplomatique" sent to a
capital, a "Chief Adviser" who heads an interim government (transforms/theme_exchanges.py)."""
import pytest

from transforms.records import Actor
from transforms.theme_exchanges import state_side


@pytest.mark.parametrize("role, country", [
    ("Senior Adviser for Africa", "USA"),
    ("National Security Advisor", "GBR"),
    ("Conseiller diplomatique", "FRA"),
    ("Chief Adviser", "BGD"),
])
def test_an_adviser_speaks_for_the_state(role, country):
    assert state_side(Actor("Ana Dale", "PERSON", country, role=role)) == country


def test_an_adviser_of_a_company_does_not():
    assert state_side(Actor("Ana Dale", "PERSON", "USA", role="Adviser to the CEO")) is None


def test_a_row_of_exchanges_tells_diplomacy_in_a_long_story():
    """Exchanges in three sentences of one passage of an 800-word story ("Beijing accused
    Taipei ... Taipei rejected ... Washington urged both sides") are a diplomatic passage,
    even told with one of the theme's words; strewn one to a passage, they are quotes."""
    from transforms.theme_exchanges import diplomacy_kept
    assert diplomacy_kept(False, 2, 2, 8, {"CHN", "TWN"}, words=800, sentences=3)
    assert not diplomacy_kept(False, 2, 2, 8, {"CHN", "TWN"}, words=800, sentences=2)
    assert not diplomacy_kept(False, 2, 2, 3, {"CHN", "TWN"}, words=800, sentences=1)
