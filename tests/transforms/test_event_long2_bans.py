"""Event recall on long articles, second round: a ban completing "remain", "rester"
("shipments to Japan will remain banned") is a trade ban (SANCTION) when what remains
banned is trade, as when the ban's own phrase names it (transforms/event_kinds.py)."""
from tests.transforms.mentions import coded_with


def test_shipments_that_remain_banned_are_a_sanction(models):
    text = ("On Friday Beijing said that exports of tungsten and graphite to Japan would remain "
            "banned until further notice.")
    events = coded_with(models, "en", text, [("Beijing", "COUNTRY"), ("Japan", "COUNTRY")])
    kinds = [kind for kind, _, _ in events]
    assert "SANCTION" in kinds and "COERCE" not in kinds


def test_people_who_remain_banned_are_no_sanction(models):
    text = "The opposition leaders Ali Karimi and Reza Nouri remained banned from the election."
    events = coded_with(models, "en", text, [("Ali Karimi", "PERSON"), ("Reza Nouri", "PERSON")])
    assert not any(kind == "SANCTION" for kind, _, _ in events)
