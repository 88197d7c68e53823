""""à la demande de X", "at the request of X": X made a REQUEST of whoever acted on it.
Positive and negative cases, French (with machine-translation spelling) and English."""
from datetime import date

import pytest

from tests.transforms.mentions import first_mentions
from transforms.events import code_events

PUBLISHED = date(2026, 3, 12)


def _requests(models, lang, text, names):
    """REQUEST events as (source, target), with the listed names as the only actors."""
    doc = models[lang](text)
    mentions = first_mentions(doc, text, [(name, "COUNTRY") for name in names])
    return [(e.source.name if e.source else None, e.target.name if e.target else None)
            for e in code_events(doc, lang, mentions, "art_test", PUBLISHED)
            if e.event_type == "REQUEST"]


@pytest.mark.parametrize("lang, text, names, expected", [
    ("fr", "Le Conseil de sécurité devait tenir jeudi une réunion d'urgence sur le Soudan a la "
           "demande du Royaume-Uni.", ["Conseil de sécurité", "Royaume-Uni"],
     [("Royaume-Uni", "Conseil de sécurité")]),
    ("fr", "Le Conseil de sécurité s'est réuni à la demande de la France et de l'Algérie.",
     ["Conseil de sécurité", "France", "Algérie"],
     [("France", "Conseil de sécurité"), ("Algérie", "Conseil de sécurité")]),
    ("en", "The Security Council met on Thursday at the request of Britain.",
     ["Security Council", "Britain"], [("Britain", "Security Council")]),
])
def test_request_told_as_a_reason(models, lang, text, names, expected):
    assert _requests(models, lang, text, names) == expected


@pytest.mark.parametrize("lang, text, names", [
    ("fr", "La demande de pétrole de la Chine a baissé en mars.", ["Chine"]),
    ("fr", "La réunion a eu lieu à la demande des habitants.", []),
    ("en", "Demand for oil from China fell in March.", ["China"]),
])
def test_no_request_without_the_frame_or_an_asker(models, lang, text, names):
    assert _requests(models, lang, text, names) == []


def _accusations(models, lang, text, names):
    doc = models[lang](text)
    mentions = first_mentions(doc, text, [(name, "COUNTRY") for name in names])
    return [(e.source.name if e.source else None, e.target.name if e.target else None)
            for e in code_events(doc, lang, mentions, "art_test", PUBLISHED)
            if e.event_type == "ACCUSE"]


@pytest.mark.parametrize("lang, text, names, expected", [
    ("fr", "La décision de Pékin a suscité les critiques de Washington.",
     ["Pékin", "Washington"], [("Washington", "Pékin")]),
    ("en", "The law drew criticism from the European Union.", ["European Union"],
     [("European Union", None)]),
])
def test_criticism_drawn_is_an_accusation_by_the_critic(models, lang, text, names, expected):
    assert _accusations(models, lang, text, names) == expected


@pytest.mark.parametrize("lang, text, names", [
    ("fr", "Les critiques du gouvernement français estiment que la réforme échouera.",
     ["français"]),
    ("fr", "La situation reste critique à Goma.", ["Goma"]),
    ("en", "Criticism of the plan by France has grown.", ["France"]),
])
def test_critics_or_criticism_not_drawn_are_no_accusation(models, lang, text, names):
    assert _accusations(models, lang, text, names) == []
