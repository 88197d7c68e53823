"""Event recall on long articles, second round: a passive whose subject the parse left
hanging before it ("Kadougli et Dilling, dans le Kordofan-Sud, sont encerclées par les
FSR", parsed with Kadougli as a vocative) acts on each place listed there
(event_legal.dislocated_patients). The small French model makes that parse on long
articles only, so the parse is written out here."""
from spacy.tokens import Doc

from transforms.event_legal import dislocated_patients, passive_patients
from transforms.event_parties import SentenceActors
from transforms.records import Actor, ActorMention


def _parsed(nlp):
    words = ["Mopti", "et", "Djenné", ",", "sont", "assiégées", "par", "le", "JNIM", "."]
    heads = [5, 2, 0, 5, 5, 5, 8, 8, 5, 5]
    deps = ["vocative", "cc", "conj", "punct", "aux:pass", "ROOT", "case", "det", "obl:agent",
            "punct"]
    pos = ["PROPN", "CCONJ", "PROPN", "PUNCT", "AUX", "VERB", "ADP", "DET", "PROPN", "PUNCT"]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_places_left_hanging_before_a_passive_are_its_patients(models):
    doc = _parsed(models["fr"])
    mentions = [ActorMention(Actor(name, kind), name, i, i + 1, doc[i].idx,
                             doc[i].idx + len(name))
                for name, kind, i in (("Mopti", "LOCATION", 0), ("Djenné", "LOCATION", 2),
                                      ("JNIM", "GROUP", 8))]
    verb = doc[5]
    assert [t.text for t in dislocated_patients(verb)] == ["Mopti"]
    names = [a.name for a in passive_patients(verb, SentenceActors(doc[:], mentions))]
    assert names == ["Mopti", "Djenné"]


def test_passive_with_its_own_subject_has_none_hanging(models):
    doc = models["fr"]("Mopti et Djenné sont assiégées par le JNIM.")
    verb = next(t for t in doc if t.lemma_ == "assiéger")
    assert dislocated_patients(verb) == []
