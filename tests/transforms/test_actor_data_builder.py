"""places.json carries the hand overlay the builder merges (transforms/data/build_countries.py)."""
from __future__ import annotations

import json

from transforms.countries import DATA_DIR


def _load(name):
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def test_every_hand_place_is_in_places_json_under_its_country():
    places, overlay = _load("places.json"), _load("places_overlay.json")
    for code, keys in overlay["places"].items():
        assert set(keys) <= set(places[code]), code


def test_a_hand_place_moved_from_a_homonym_is_gone_from_the_other_country():
    places = _load("places.json")
    owners = [code for code, keys in places.items()
              if not code.startswith("_") and "tuscany" in keys]
    assert owners == ["ITA"]


def test_english_names_come_from_the_overlay():
    assert _load("places.json")["_english"] == _load("places_overlay.json")["english"]


def test_shared_names_never_repeat_the_first_country():
    places = _load("places.json")
    first = {k: c for c, ks in places.items() if not c.startswith("_") for k in ks}
    assert all(first[key] not in others for key, others in places["_also"].items())
