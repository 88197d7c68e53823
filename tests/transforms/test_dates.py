"""resolve_date against a fixed publication date (Friday 11 April 2025)."""
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from transforms.dates import resolve_date

PUBLISHED = date(2025, 4, 11)  # a Friday

CASES = [
    # French
    ("Le 9 avril, Rutte a rencontré le Premier ministre.", "fr", date(2025, 4, 9)),
    ("Mark Rutte a visité le Japon du 8 au 9 avril.", "fr", date(2025, 4, 8)),
    ("Mark Rutte, visité le Japon le 8 au 9 avril.", "fr", date(2025, 4, 8)),
    ("Ils se sont rencontrés la semaine dernière à Bruxelles.", "fr", date(2025, 4, 4)),
    ("Hier, l'armée a bombardé la ville.", "fr", date(2025, 4, 10)),
    ("Mardi dernier, le ministre a démissionné.", "fr", date(2025, 4, 8)),
    ("Les élections ont eu lieu en janvier.", "fr", date(2025, 1, 1)),
    ("Un sommet de l'OTAN en juin 2022Kishida a parlé.", "fr", date(2022, 6, 1)),
    ("Lundi, Paris a annoncé des sanctions.", "fr", date(2025, 4, 7)),
    ("Le traité a été signé en 2023.", "fr", date(2023, 1, 1)),
    ("Les ministres se rencontreront demain.", "fr", date(2025, 4, 12)),
    ("Le commandement a été accepté en juillet dernier.", "fr", date(2024, 7, 1)),
    ("Le sommet du 20 décembre a échoué.", "fr", date(2024, 12, 20)),
    ("Le 3 mars 2024, la Russie a attaqué.", "fr", date(2024, 3, 3)),
    ("Il y a trois jours, Kiev a été frappée.", "fr", date(2025, 4, 8)),
    ("Vendredi 4 avril, les manifestants ont défilé.", "fr", date(2025, 4, 4)),
    ("L'accord sera signé la semaine prochaine.", "fr", date(2025, 4, 18)),
    # English
    ("Yesterday, Russia shelled Kharkiv.", "en", date(2025, 4, 10)),
    ("Last Tuesday the minister resigned.", "en", date(2025, 4, 8)),
    ("The NATO summit in June 2022 was historic.", "en", date(2022, 6, 1)),
    ("On Monday, Washington imposed sanctions.", "en", date(2025, 4, 7)),
    ("The talks will resume tomorrow.", "en", date(2025, 4, 12)),
    ("The leaders meet next week in Tokyo.", "en", date(2025, 4, 18)),
    ("On April 9, 2024, the army attacked.", "en", date(2024, 4, 9)),
    ("Troops were deployed on 2 April.", "en", date(2025, 4, 2)),
    ("Protesters gathered last week.", "en", date(2025, 4, 4)),
    ("The deal was struck in January.", "en", date(2025, 1, 1)),
    ("China protested three days ago.", "en", date(2025, 4, 8)),
    ("The truce held in 2023.", "en", date(2023, 1, 1)),
    ("Kyiv was hit in mid-March.", "en", date(2025, 3, 1)),
]

NO_DATE = [
    ("Il a été condamné à 10 ans de prison.", "fr"),
    ("Huit start-ups japonaises ont présenté leurs produits.", "fr"),
    ("L'article V du traité s'applique.", "fr"),
    ("Les prix ont augmenté de 5 % et coûtent 300 euros.", "fr"),
    ("The article V clause applies to 32 members.", "en"),
    ("Russia may attack again, officials warn.", "en"),
    ("Exports rose 12% to $40 billion.", "en"),
]


@pytest.mark.parametrize("text, lang, expected", CASES)
def test_resolves_date_expressions(text, lang, expected):
    assert resolve_date(text, lang, PUBLISHED) == expected


@pytest.mark.parametrize("text, lang", NO_DATE)
def test_numbers_that_are_not_dates_give_none(text, lang):
    assert resolve_date(text, lang, PUBLISHED) is None


def test_relative_expression_without_publication_date_is_unresolved():
    assert resolve_date("Hier, Kiev a été frappée.", "fr", None) is None
    assert resolve_date("Le 3 mars 2024, la Russie a attaqué.", "fr", None) == date(2024, 3, 3)


def test_earliest_expression_wins():
    text = "Le 9 avril, Rutte a rappelé le sommet de juin 2022."
    assert resolve_date(text, "fr", PUBLISHED) == date(2025, 4, 9)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200), st.sampled_from(["fr", "en", "xx", ""]))
def test_never_raises(text, lang):
    result = resolve_date(text, lang, PUBLISHED)
    assert result is None or isinstance(result, date)


@pytest.mark.parametrize("text, lang, expected", [
    # eval/README.md: a bare weekday is the most recent one on or before publication --
    # copy dated Friday 11 April tells that day's events "on Friday" ...
    ("Vendredi, Paris a annoncé des sanctions.", "fr", date(2025, 4, 11)),
    ("Paris a annoncé ce vendredi des sanctions.", "fr", date(2025, 4, 11)),
    ("On Friday, Washington imposed sanctions.", "en", date(2025, 4, 11)),
    ("PARIS, April 11 (AFP) - France imposed sanctions on Friday.", "en", date(2025, 4, 11)),
    # ... and "last Friday" the one before.
    ("Vendredi dernier, Paris a annoncé des sanctions.", "fr", date(2025, 4, 4)),
    ("Paris a annoncé vendredi dernier des sanctions.", "fr", date(2025, 4, 4)),
    ("Last Friday, Washington imposed sanctions.", "en", date(2025, 4, 4)),
    # other weekdays are the latest before, as always
    ("Jeudi, Paris a annoncé des sanctions.", "fr", date(2025, 4, 10)),
    ("On Saturday, Washington imposed sanctions.", "en", date(2025, 4, 5)),
])
def test_weekday_of_publication_day_is_that_day(text, lang, expected):
    assert resolve_date(text, lang, PUBLISHED) == expected


@pytest.mark.parametrize("text, lang, published, expected", [
    # Corpus bug: "se rendra à Téhéran en novembre" in October 2025 resolved to 2024-11.
    ("Il se rendra à Téhéran en novembre.", "fr", date(2025, 10, 8), date(2025, 11, 1)),
    ("He will visit Tehran in February.", "en", date(2025, 10, 8), date(2026, 2, 1)),
    ("Ils se rencontreront mardi.", "fr", PUBLISHED, date(2025, 4, 15)),
])
def test_future_tense_takes_the_coming_month_or_weekday(text, lang, published, expected):
    assert resolve_date(text, lang, published, prefer_future=True) == expected


def test_past_tense_month_stays_in_the_past():
    assert resolve_date("Il s'est rendu à Téhéran en novembre.", "fr", date(2025, 10, 8)) \
        == date(2024, 11, 1)


@pytest.mark.parametrize("text,lang,expected", [
    ("Les deux dirigeants se sont rencontrés fin octobre.", "fr", date(2025, 10, 1)),
    ("La trêve a été conclue début mars.", "fr", date(2025, 3, 1)),
    ("Le texte a été adopté à la mi-octobre.", "fr", date(2025, 10, 1)),
    ("Les pourparlers ont échoué au début de mars 2024.", "fr", date(2024, 3, 1)),
    ("The two leaders met at the end of October.", "en", date(2025, 10, 1)),
    ("The truce collapsed in mid-October.", "en", date(2025, 10, 1)),
    ("Talks broke down late March.", "en", date(2025, 3, 1)),
])
def test_a_month_qualified_by_its_part_is_that_month(text, lang, expected):
    assert resolve_date(text, lang, date(2025, 12, 9)) == expected


@pytest.mark.parametrize("text,lang", [
    ("Elle a mis fin à la grève.", "fr"),
    ("The end of the war is not in sight.", "en"),
])
def test_part_words_alone_are_no_date(text, lang):
    assert resolve_date(text, lang, date(2025, 12, 9)) is None
