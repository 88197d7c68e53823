"""Requests and accusations voiced by an unnamed group ("les industriels réclament", "rights
groups condemned") are coded with no source; French plural presents the tagger read as
adverbs are verbs when the parser hung a subject on them. Each rule: positive and negative."""
import pytest

from tests.transforms.mentions import coded_with_entities
from transforms.event_clauses import unnamed_voice


def _events(models, lang, text):
    """(type, source), spaCy's entities as the actors."""
    return [(kind, source) for kind, source, _ in coded_with_entities(models[lang], lang, text)]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Les industriels réclament une nouvelle version du texte sur les puces.",
     ("REQUEST", None)),
    ("fr", "Les agriculteurs dénoncent aussi la réforme de la politique agricole commune.",
     ("ACCUSE", None)),
    ("fr", "Les industriels restent toutefois confrontés à des goulets d'étranglement, et "
           "réclament des commandes pluriannuelles fermes.", ("REQUEST", None)),
])
def test_unnamed_group_voices_request_or_accusation(models, lang, text, expected):
    assert expected in _events(models, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Les analystes redoutent une nouvelle escalade dans la région."),
    ("fr", "Les industriels restent confrontés à des goulets d'étranglement."),
    ("fr", "Le ministre est dément."),
    ("en", "Analysts expect a new escalation in the region."),
])
def test_no_voice_without_a_group_or_a_request(models, lang, text):
    assert _events(models, lang, text) == []


def test_voice_needs_a_plural_group_noun(models):
    plural = models["fr"]("Les syndicats réclament des hausses de salaire.")
    singular = models["fr"]("Le syndicat réclame des hausses de salaire.")
    experts = models["fr"]("Les experts réclament des hausses de salaire.")
    assert unnamed_voice(next(t for t in plural if t.dep_ == "nsubj"))
    assert not unnamed_voice(next(t for t in singular if t.lower_ == "syndicat"))
    assert not unnamed_voice(next(t for t in experts if t.lower_ == "experts"))
    assert not unnamed_voice(None)


def test_invariable_group_noun_is_plural_by_its_determiner(models):
    """"les ONG" carries no number of its own; "l'industriel" is one firm named before."""
    assert ("ACCUSE", None) in _events(models, "fr",
                                       "Les ONG dénoncent une catastrophe humanitaire.")
    singular = models["fr"]("L'industriel dénonce une catastrophe humanitaire.")
    assert not unnamed_voice(next(t for t in singular if t.lower_ == "industriel"))
