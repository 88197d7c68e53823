"""The person named acts, not the body in their title (eval/README.md, "## Events"), in
two parses the small French model makes on long articles (written out here): the title
and the person read as two subjects ("Le chef de la diplomatie de l'UE, Kaja Kallas, a
condamné"), and the person apposed to the body ("le président du MR Georges Bouchez a
critiqué"). And a verb hung on a preposition ("said after visiting Chad") takes the
subject of the verb the preposition hangs on, unless passive ("died after being
arrested")."""
from spacy.tokens import Doc

from transforms.event_parties import SentenceActors
from transforms.event_subjects import read_subject
from transforms.records import Actor, ActorMention
from tests.transforms.mentions import coded_with


def _doc(nlp, words, heads, deps, pos):
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


def _mentions(doc, named):
    return [ActorMention(Actor(name, kind), name, start, end, doc[start].idx,
                         doc[end - 1].idx + len(doc[end - 1]))
            for name, kind, start, end in named]


def _two_subjects(nlp, person: bool):
    words = ["Le", "chef", "de", "l'", "UE", ",", "Kaja", "Kallas", ",", "a", "condamné",
             "les", "frappes", "."]
    heads = [1, 10, 4, 4, 1, 10, 10, 6, 10, 10, 10, 12, 10, 10]
    deps = ["det", "nsubj", "case", "det", "nmod", "punct", "nsubj", "flat:name", "punct",
            "aux:tense", "ROOT", "det", "obj", "punct"]
    pos = ["DET", "NOUN", "ADP", "DET", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "AUX",
           "VERB", "DET", "NOUN", "PUNCT"]
    doc = _doc(nlp, words, heads, deps, pos)
    second = ("Kaja Kallas", "PERSON" if person else "ORGANIZATION", 6, 8)
    return doc, _mentions(doc, [("European Union", "ORGANIZATION", 4, 5), second])


def test_person_beside_a_title_subject_acts(models):
    doc, mentions = _two_subjects(models["fr"], person=True)
    source = read_subject(doc[10], SentenceActors(doc[:], mentions))[0]
    assert source.name == "Kaja Kallas"


def test_two_bodies_as_subjects_keep_the_first(models):
    doc, mentions = _two_subjects(models["fr"], person=False)
    source = read_subject(doc[10], SentenceActors(doc[:], mentions))[0]
    assert source.name == "European Union"


def _apposed(nlp):
    words = ["le", "président", "du", "MR", "Georges", "Bouchez", "a", "critiqué", "la",
             "réforme", "."]
    heads = [1, 7, 3, 1, 3, 4, 7, 7, 9, 7, 7]
    deps = ["det", "nsubj", "case", "nmod", "appos", "flat:name", "aux:tense", "ROOT", "det",
            "obj", "punct"]
    pos = ["DET", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "AUX", "VERB", "DET", "NOUN",
           "PUNCT"]
    return _doc(nlp, words, heads, deps, pos)


def test_person_apposed_to_the_body_in_a_title_acts(models):
    doc = _apposed(models["fr"])
    mentions = _mentions(doc, [("MR", "ORGANIZATION", 3, 4),
                               ("Georges Bouchez", "PERSON", 4, 6)])
    assert read_subject(doc[7], SentenceActors(doc[:], mentions))[0].name == "Georges Bouchez"


def test_body_alone_in_a_title_acts(models):
    doc = _apposed(models["fr"])
    mentions = _mentions(doc, [("MR", "ORGANIZATION", 3, 4)])
    assert read_subject(doc[7], SentenceActors(doc[:], mentions))[0].name == "MR"


def test_verb_after_a_preposition_takes_the_subject_of_its_head(models):
    text = "Filippo Grandi, the UNHCR's chief, said after visiting Chad that the camps were full."
    events = coded_with(models, "en", text, [("Filippo Grandi", "PERSON"),
                                             ("UNHCR", "ORGANIZATION"), ("Chad", "COUNTRY")])
    assert ("CONSULT", "Filippo Grandi", "Chad") in events


def test_passive_after_a_preposition_is_not_the_subject_s_act(models):
    text = "Anna Pak, a blogger from Kenya, died after being arrested over her posts."
    events = coded_with(models, "en", text, [("Anna Pak", "PERSON"), ("Kenya", "COUNTRY")])
    assert ("COERCE", "Anna Pak", None) not in events
    assert all(e[1] != "Anna Pak" for e in events)
