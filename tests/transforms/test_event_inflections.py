"""French verb forms the lemmatizer misses (transforms/event_inflections.py), and names cut
by a wrong sentence break (event_parties.SentenceActors). Each rule: positive and negative."""
from datetime import date

import pytest

from tests.transforms.mentions import coded_with_entities
from transforms.event_inflections import infinitives_for, unaccented
from transforms.event_parties import SentenceActors
from transforms.event_triggers import load_lexicon
from transforms.records import Actor, ActorMention

PUBLISHED = date(2025, 10, 30)


def _heads():
    return load_lexicon("fr").verb_heads


def test_unaccented_strips_accents_and_ligatures():
    assert unaccented("Réclamé") == "reclame"
    assert unaccented("manœuvre") == "manoeuvre"


@pytest.mark.parametrize("word, lemma, infinitive", [
    ("reclamé", "reclamer", "réclamer"),      # accents lost by machine translation
    ("denoncé", "denoncer", "dénoncer"),
    ("réclame", "réclame", "réclamer"),        # present tense kept as its own lemma
    ("dément", "dément", "démentir"),          # third-group -ir on the bare stem
    ("exigeant", "exigeant", "exiger"),        # -ger keeps its e
    ("appellent", "appellent", "appeler"),     # -eler doubles its l
    ("detenus", "detenu", "détenir"),          # irregular participle, unaccented
    ("interdisent", "interdisent", "interdire"),
])
def test_forms_map_back_to_lexicon_infinitives(word, lemma, infinitive):
    assert infinitive in infinitives_for(word, lemma, _heads())


@pytest.mark.parametrize("word", ["maison", "rapport", "deja", "president", "selon"])
def test_words_that_are_no_lexicon_verb_give_nothing(word):
    assert infinitives_for(word, word, _heads()) == []


def _events(nlp, text):
    return [(kind, source) for kind, source, _
            in coded_with_entities(nlp, "fr", text, "PERSON", PUBLISHED)]


@pytest.mark.parametrize("text, expected", [
    ("Le coordinateur Tom Fletcher a reclamé un acces humanitaire immediat.", "REQUEST"),
    ("Le ministre, Abdoulaye Diop, a denoncé des consignes alarmistes.", "ACCUSE"),
    ("Le président Emmanuel Macron, qui réclame des mesures miroirs, s'est exprimé jeudi.",
     "REQUEST"),
])
def test_unaccented_and_unlemmatized_verbs_are_triggers(nlp_fr, text, expected):
    assert expected in [t for t, _ in _events(nlp_fr, text)]


def test_unaccented_noun_is_not_a_verb_trigger(nlp_fr):
    # "la presse" / "une reclame" as nouns: the fallback looks at verbs only.
    assert _events(nlp_fr, "Emmanuel Macron a lu la presse et la reclame du jour.") == []


def test_name_cut_by_a_sentence_break_still_names_the_actor(nlp_fr):
    doc = nlp_fr("Le haut-commissaire Volker Türk a dénoncé mercredi des exécutions.")
    start = next(t.i for t in doc if t.text == "Volker")
    mention = ActorMention(Actor("Volker Türk", "PERSON"), "Volker Türk", start, start + 2)
    second_half = doc[start + 1:]
    actors = SentenceActors(second_half, [mention])
    assert actors.of(doc[start + 1]) == mention.actor


def test_name_outside_the_sentence_is_not_its_actor(nlp_fr):
    doc = nlp_fr("Volker Türk est arrivé. Le ministre a dénoncé mercredi des exécutions.")
    mention = ActorMention(Actor("Volker Türk", "PERSON"), "Volker Türk", 0, 2)
    second = doc[5:]
    assert SentenceActors(second, [mention]).by_token == {}


def test_uire_verbs_take_their_own_endings():
    """"réintroduit", "détruisent": -uire verbs conjugate on -uis-, not on the -re pattern."""
    heads = frozenset({"réintroduire", "détruire", "rendre"})
    assert infinitives_for("reintroduit", "reintroduit", heads) == ["réintroduire"]
    assert infinitives_for("detruisent", "detruisent", heads) == ["détruire"]
    assert infinitives_for("reintroduiit", "reintroduiit", heads) == []
    assert infinitives_for("rendit", "rendit", heads) == ["rendre"]
