"""Scoring logic of the eval harness, on hand-built extractions (no spaCy), plus
checks that the annotated set in eval/ is well formed."""
import json
from collections import Counter
from datetime import date

import pytest

from transforms.records import Actor, ActorMention, Article, Event, Extraction, ThemeScore
from vigie.evaluate import (
    DEFAULT_SET_DIR,
    ActorFacts,
    GoldItem,
    Prediction,
    argument_problem,
    format_report,
    gold_item_from_json,
    junk_reason,
    load_gold,
    names_match,
    prediction_from_extraction,
    run_eval,
    score,
)

PLOVER = ("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
          "THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT").split()
THEMES = set(("ARMED_CONFLICT MILITARY DEFENSE_INDUSTRY SECURITY_COOPERATION DIPLOMACY SANCTIONS "
              "CYBER DISINFORMATION SUPPLY_CHAIN TECHNOLOGY TERRITORIAL_DISPUTE NUCLEAR TERRORISM "
              "PROTEST ELECTIONS ECONOMY TRADE ENERGY HUMANITARIAN MIGRATION HEALTH CLIMATE CRIME "
              "HUMAN_RIGHTS").split())

GOLD = gold_item_from_json({
    "id": "t1", "lang": "en", "published": "2025-04-10",
    "text": "Japanese Prime Minister Ishiba Shigeru met NATO chief Mark Rutte in Tokyo on April 9.",
    "actors": [
        {"name": "Ishiba Shigeru", "type": "PERSON", "country": "JPN"},
        {"name": "Mark Rutte", "type": "PERSON", "country": "NLD"},
        {"name": "NATO", "type": "ORGANIZATION", "country": None},
        {"name": "Tokyo", "type": "LOCATION", "country": "JPN"},
    ],
    "events": [{"type": "CONSULT", "source": "Ishiba Shigeru", "target": "Mark Rutte", "date": "2025-04-09"}],
    "themes": ["DIPLOMACY"],
})

ISHIBA = Actor("Shigeru Ishiba", "PERSON", "JPN")
RUTTE = Actor("Rutte", "PERSON", "JPN")  # wrong country on purpose
NATO = Actor("Nato", "ORGANIZATION", None)
JUNK = Actor("NakataniRutte", "PERSON", None)


def extraction(mentions, events, themes=()):
    article = Article(external_id="t1", text=GOLD.text, source_ref="test")
    return Extraction(
        article=article,
        mentions=[ActorMention(a, a.name, 0, 1) for a in mentions],
        events=[Event("art_x", t, "04", 1, 1.0, GOLD.text, 0, d, source=s, target=o)
                for t, s, o, d in events],
        themes=[ThemeScore(code, 1.0) for code in themes],
    )


def report_for(*args, **kwargs):
    return score([GOLD], [prediction_from_extraction(extraction(*args, **kwargs))])


def test_lenient_person_names_and_exact_org_names():
    assert names_match("Ishiba Shigeru", "Shigeru Ishiba")
    assert names_match("Mark Rutte", "rutte")
    assert names_match("Emmanuel Macron", "Emmanuel Macron")
    assert names_match("Société Générale", "societe generale", lenient=False)
    assert not names_match("United Nations", "Nations", lenient=False)
    assert names_match(None, None) and not names_match("Japan", None)


def test_actor_and_country_scores():
    report = report_for([ISHIBA, RUTTE, RUTTE, NATO, JUNK], [])
    actors, countries = report.row("actors"), report.row("countries")
    # Duplicate Rutte mention collapses; Tokyo missed; junk name is a false positive.
    assert (actors.counts.tp, actors.counts.fp, actors.counts.fn) == (3, 1, 1)
    assert countries.counts.matched == 3 and countries.counts.right == 2
    assert (countries.counts.tp, countries.counts.fp, countries.counts.fn) == (2, 2, 2)
    assert report.junk_actors == [("t1", "NakataniRutte", "glued words")]


def test_event_type_source_target_and_date_scores():
    report = report_for([ISHIBA], [
        ("CONSULT", ISHIBA, RUTTE, date(2025, 4, 10)),  # right args, wrong date
        ("AGREE", ISHIBA, RUTTE, date(2025, 4, 9)),  # type absent from gold
    ])
    types, args, dates = (report.row(f) for f in ("event_types", "source_target", "dates"))
    assert (types.counts.tp, types.counts.fp, types.counts.fn) == (1, 1, 0)
    assert (args.counts.tp, args.counts.fp, args.counts.fn) == (1, 1, 0)
    assert args.counts.accuracy == 1.0
    assert (dates.counts.tp, dates.counts.fp, dates.counts.fn) == (0, 2, 1)
    assert dates.counts.matched == 1 and dates.counts.accuracy == 0.0
    assert types.false_positives == ["t1: AGREE"]


def test_swapped_source_and_target_is_wrong():
    report = report_for([], [("CONSULT", RUTTE, ISHIBA, date(2025, 4, 9))])
    assert report.row("source_target").counts.tp == 0
    assert report.row("dates").counts.tp == 1


def test_themes_scored_only_when_annotated_and_rows_per_language():
    report = report_for([], [], themes=["DIPLOMACY", "MILITARY"])
    themes = report.row("themes")
    assert (themes.counts.tp, themes.counts.fp, themes.counts.fn) == (1, 1, 0)
    assert report.row("themes", "en").counts.tp == 1
    unannotated = gold_item_from_json({**{"id": "t2", "lang": "fr", "published": "2025-01-01",
                                          "text": "x"}, "themes": None})
    report = score([unannotated], [prediction_from_extraction(extraction([], [], ["MILITARY"]))])
    assert not [r for r in report.rows if r.field == "themes"]


def test_fields_not_annotated_are_not_scored():
    article = gold_item_from_json({"id": "a1", "lang": "en", "published": "2025-01-01", "text": "x",
                                   "actors": None, "events": None, "themes": ["TRADE"]})
    pred = prediction_from_extraction(extraction([NATO], [("AGREE", NATO, None, None)], ["TRADE"]))
    report = score([article], [pred])
    assert [r.field for r in report.rows if r.lang == "ALL"] == ["themes"]


def test_perfect_prediction_scores_one_and_report_prints():
    mentions = [Actor(a.name, a.actor_type, a.country) for a in GOLD.actors]
    report = report_for(mentions, [("CONSULT", mentions[0], mentions[1], date(2025, 4, 9))], ["DIPLOMACY"])
    assert all(r.counts.f1 == 1.0 for r in report.rows)
    report.show_errors = 3
    text = format_report(report)
    assert "event_types" in text and "ALL" in text and "junk actors: 0" in text


@pytest.mark.parametrize("name, junk", [
    ("NakataniRutte", True), ("2022Kishida", True), ("il", True), ("Rutte a", True), ("X", True),
    ("iwaya Je", True), ("l’OTAN", True), ("Elle", True),
    ("G7", False), ("McCain", False), ("Xi Jinping", False), ("Ursula von der Leyen", False),
    ("UN Security Council", False), ("The Hague", False), ("Jean-Noël Barrot", False),
])
def test_junk_names(name, junk):
    assert (junk_reason(name) is not None) == junk


# ------------------------------------------------------- the annotated set


# Every dev set in the repository (dev, dev2, ... in number order): a new set is checked
# the day it lands, before anyone scores it.
DEV_SETS = tuple(sorted((p.name for p in DEFAULT_SET_DIR.glob("dev*") if p.is_dir()),
                        key=lambda name: int(name[3:] or 1)))
DEV_SET_DIRS = [DEFAULT_SET_DIR / name for name in DEV_SETS]


@pytest.fixture(scope="module")
def gold_set():
    return load_gold(DEFAULT_SET_DIR)


@pytest.mark.parametrize("set_dir", [DEFAULT_SET_DIR, *DEV_SET_DIRS], ids=["tuning", *DEV_SETS])
def test_set_is_well_formed(set_dir):
    gold_set = load_gold(set_dir)
    ids = [i.id for i in gold_set]
    assert len(ids) == len(set(ids))
    for item in gold_set:
        assert item.lang in ("fr", "en") and item.text.strip()
        names = {a.name for a in item.actors or []}
        for actor in item.actors or []:
            assert actor.actor_type in ("PERSON", "ORGANIZATION", "COUNTRY", "LOCATION", "GROUP"), item.id
            assert actor.country is None or (len(actor.country) == 3 and actor.country.isupper()), item.id
        for event in item.events or []:
            assert event.event_type in PLOVER, item.id
            assert {event.source, event.target} - {None} <= names, item.id
            assert event.event_date is not None, item.id
        assert item.themes is None or set(item.themes) <= THEMES, item.id


def test_set_covers_languages_and_event_types(gold_set):
    for lang in ("fr", "en"):
        items = [i for i in gold_set if i.lang == lang]
        assert sum(1 for i in items if i.kind == "sentence") >= 150
        assert sum(1 for i in items if i.kind == "article") >= 10
        per_type = Counter(e.event_type for i in items for e in i.events or [])
        assert all(per_type[t] >= 6 for t in PLOVER), (lang, per_type)
        assert sum(1 for i in items if i.events == []) >= 10


# ------------------------------------------------------- loading and running


def test_bad_set_dir_and_bad_items_give_clear_errors(tmp_path):
    with pytest.raises(FileNotFoundError, match="evaluation set not found"):
        load_gold(tmp_path / "missing")
    with pytest.raises(ValueError, match="no .*items"):
        load_gold(tmp_path)
    (tmp_path / "broken.jsonl").write_text('{"id": "x", "lang": "en"\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken.jsonl:1: bad gold item"):
        load_gold(tmp_path)
    with pytest.raises(ValueError, match="unsupported language"):
        load_gold(DEFAULT_SET_DIR, lang="de")


def test_run_eval_end_to_end_on_a_tiny_set(tmp_path):
    """Real spaCy and the real extractor; asserts the plumbing, not the quality."""
    item = {"id": "tiny-1", "lang": "en", "published": "2025-04-10", "themes": None,
            "text": "NATO Secretary General Mark Rutte met Nakatani Gen in Tokyo on April 8.",
            "actors": [{"name": "Mark Rutte", "type": "PERSON", "country": "NLD"}],
            "events": [{"type": "CONSULT", "source": "Mark Rutte", "target": None, "date": "2025-04-08"}]}
    (tmp_path / "tiny.jsonl").write_text(json.dumps(item) + "\n", encoding="utf-8")
    report = run_eval(tmp_path, lang="en", show_errors=5)
    assert report.items == {"en": 1}
    assert {r.field for r in report.rows} == {"actors", "countries", "event_types", "source_target", "dates"}
    assert "actors" in format_report(report)


def test_a_camel_case_name_the_annotator_listed_is_not_junk():
    gold = GoldItem(id="t9", lang="fr", text="TotalEnergies et NakataniRutte.",
                    published=None, actors=[ActorFacts("TotalEnergies", "ORG", "FRA")],
                    events=None, themes=None)
    pred = Prediction(actors=[ActorFacts("TotalEnergies", "ORG", "FRA"),
                              ActorFacts("NakataniRutte", "PERSON", None)], events=[], themes=[])
    assert score([gold], [pred]).junk_actors == [("t9", "NakataniRutte", "glued words")]


def test_a_camel_case_name_the_dictionary_lists_is_not_junk():
    # a set annotated for themes only lists no actors: the dictionary still knows LockBit
    gold = GoldItem(id="t10", lang="fr", text="LockBit et NakataniRutte.", published=None,
                    actors=None, events=None, themes=None)
    pred = Prediction(actors=[ActorFacts("LockBit", "GROUP", None),
                              ActorFacts("NakataniRutte", "PERSON", None)], events=[], themes=[])
    assert score([gold], [pred]).junk_actors == [("t10", "NakataniRutte", "glued words")]


def test_a_place_the_gazetteer_knows_is_not_junk():
    # "Hoi An" ends with what looks like an English article; "Rutte a" is debris
    gold = GoldItem(id="t11", lang="fr", text="Hoi An et Rutte a dit.", published=None,
                    actors=None, events=None, themes=None)
    pred = Prediction(actors=[ActorFacts("Hoi An", "LOCATION", "VNM"),
                              ActorFacts("Rutte a", "PERSON", None)], events=[], themes=[])
    assert score([gold], [pred]).junk_actors == [("t11", "Rutte a", "pronoun or function word")]


def test_glued_words_are_junk_even_when_a_hamlet_bears_them():
    gold = GoldItem(id="t12", lang="en", text="the WhiteHouse said", published=None,
                    actors=None, events=None, themes=None)
    pred = Prediction(actors=[ActorFacts("WhiteHouse", "LOCATION", None)], events=[], themes=[])
    assert score([gold], [pred]).junk_actors == [("t12", "WhiteHouse", "glued words")]


def test_run_eval_refuses_a_bad_field_or_language_before_loading_models():
    # The same one-line message `vigie eval` prints, raised before any model loads.
    assert argument_problem("fr", "themes") is None and argument_problem(None, None) is None
    with pytest.raises(ValueError, match="--field must be one of actors, .*themes, not 'tone'"):
        run_eval(field="tone")
    with pytest.raises(ValueError, match="--lang must be one of .*not 'de'"):
        run_eval(lang="de")
