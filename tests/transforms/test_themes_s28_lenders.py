"""The lenders (IMF, World Bank) are no side of a diplomatic exchange: a loan agreed or a
reform demanded with a government is an economy story (theme_exchanges.INTERGOVERNMENTAL).
Events built by hand."""
from datetime import date

from transforms.records import Actor, Event
from transforms.theme_exchanges import interstate_exchanges, state_side

_IMF = Actor("International Monetary Fund", "ORGANIZATION")
_WORLD_BANK = Actor("World Bank", "ORGANIZATION")
_KENYA = Actor("Kenya", "COUNTRY", "KEN")
_UN = Actor("United Nations", "ORGANIZATION")


def _event(kind, source, target):
    return Event(article_id="a", event_type=kind, cameo_root="03", quad_class=1, goldstein=1.0,
                 sentence="", sentence_index=0, event_date=date(2026, 3, 2),
                 source=source, target=target)


def test_lenders_are_no_side():
    assert state_side(_IMF) is None and state_side(_WORLD_BANK) is None


def test_a_loan_deal_with_a_lender_is_no_exchange_between_states():
    events = [_event("AGREE", _KENYA, _IMF), _event("REQUEST", _WORLD_BANK, _KENYA)]
    assert interstate_exchanges(events) == set()


def test_a_state_and_the_united_nations_still_exchange():
    assert interstate_exchanges([_event("REQUEST", _UN, _KENYA)])
