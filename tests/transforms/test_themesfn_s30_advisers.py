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
