"""The blind held-out set in eval/holdout loads through the eval harness and is
well formed: required fields, PLOVER types, ISO dates, alpha-3 countries,
contract theme codes, event arguments among the item's actors.

Shape only: the set is never scored here, so tests cannot tune against it."""
import json
import re
from collections import Counter
from datetime import date

import pycountry
import pytest

from vigie.evaluate import DEFAULT_SET_DIR, load_gold

HOLDOUT = DEFAULT_SET_DIR / "holdout"
FILES = sorted((HOLDOUT / "articles").glob("*.json"))
PLOVER = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
             "THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
THEMES = set("ARMED_CONFLICT MILITARY DEFENSE_INDUSTRY SECURITY_COOPERATION DIPLOMACY SANCTIONS "
             "CYBER DISINFORMATION SUPPLY_CHAIN TECHNOLOGY TERRITORIAL_DISPUTE NUCLEAR TERRORISM "
             "PROTEST ELECTIONS ECONOMY TRADE ENERGY HUMANITARIAN MIGRATION HEALTH CLIMATE CRIME "
             "HUMAN_RIGHTS".split())
ACTOR_TYPES = {"PERSON", "ORGANIZATION", "COUNTRY", "LOCATION", "GROUP"}
REQUIRED = {"id", "lang", "published", "title", "text", "actors", "events", "themes"}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _alpha3_codes() -> set[str]:
    # XKX (Kosovo) is the user-assigned code news data commonly uses; keep it valid.
    return {c.alpha_3 for c in pycountry.countries} | {"XKX"}


ALPHA3 = _alpha3_codes()


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in FILES]


def test_set_loads_through_the_eval_harness():
    gold = load_gold(HOLDOUT)
    assert len(gold) == len(FILES) > 0
    assert all(item.kind == "article" for item in gold)
    assert all(item.actors is not None and item.events is not None and item.themes is not None
               for item in gold), "every holdout article is annotated on every field"


def test_holdout_is_not_part_of_the_default_set():
    ids = {item.id for item in load_gold()}
    assert not any(i.startswith("ho-") for i in ids)


def test_fourteen_articles_per_language_with_unique_ids(items):
    assert Counter(i["lang"] for i in items) == {"fr": 14, "en": 14}
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids))
    for item, path in zip(items, FILES):
        assert path.stem == item["id"]
        assert re.fullmatch(rf"ho-{item['lang']}-\d\d", item["id"])


def test_required_fields_and_article_length(items):
    for item in items:
        assert REQUIRED <= item.keys(), item["id"]
        assert item["title"].strip() and item["text"].strip(), item["id"]
        assert 200 <= len(item["text"].split()) <= 450, item["id"]


def test_actors_have_types_and_alpha3_countries(items):
    for item in items:
        names = [a["name"] for a in item["actors"]]
        assert len(names) == len(set(names)), item["id"]
        for actor in item["actors"]:
            assert actor["name"].strip(), item["id"]
            assert actor["type"] in ACTOR_TYPES, (item["id"], actor)
            assert actor["country"] is None or actor["country"] in ALPHA3, (item["id"], actor)


def test_events_are_plover_with_iso_dates_and_known_arguments(items):
    for item in items:
        published = date.fromisoformat(item["published"])
        names = {a["name"] for a in item["actors"]}
        assert item["events"], item["id"]
        for event in item["events"]:
            assert event["type"] in PLOVER, (item["id"], event)
            assert ISO_DATE.match(event["date"]), (item["id"], event)
            assert date.fromisoformat(event["date"]) <= published, (item["id"], event)
            for role in ("source", "target"):
                assert event[role] is None or event[role] in names, (item["id"], event)


def test_published_dates_are_iso_and_in_2025_2026(items):
    for item in items:
        assert ISO_DATE.match(item["published"]), item["id"]
        assert 2025 <= date.fromisoformat(item["published"]).year <= 2026, item["id"]


def test_themes_come_from_the_contract_list(items):
    for item in items:
        assert item["themes"] and set(item["themes"]) <= THEMES, item["id"]
