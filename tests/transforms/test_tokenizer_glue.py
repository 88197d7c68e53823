"""Machine-translation punctuation glue split by the tokenizer (transforms/tokenizer_glue.py),
on the pipelines the flow loads (flows.nlp.load_pipeline, via the session fixtures)."""
from __future__ import annotations

import pickle
import re

import pytest
import spacy

from transforms.actors import find_actors
from transforms.datelines import datelines
from transforms.events import code_events
from transforms.tokenizer_glue import GlueSplittingTokenizer, with_glue_splits


@pytest.fixture(scope="module")
def tokenize(nlp_fr, nlp_en):
    models = {"fr": nlp_fr, "en": nlp_en}
    return lambda lang, text: [t.text for t in models[lang].make_doc(text)]


@pytest.mark.parametrize("lang,text,tokens", [
    # closing guillemet and comma glued to the attribution
    ("fr", "pas»,a averti", ["pas", "»", ",", "a", "averti"]),
    ("fr", "«Non»,a-t-il dit", ["«", "Non", "»", ",", "a", "-t", "-il", "dit"]),
    ("fr", "élections»a-t-il", ["élections", "»", "a", "-t", "-il"]),
    ("fr", "2030»,qui", ["2030", "»", ",", "qui"]),
    ("fr", 'sanctions",a', ["sanctions", '"', ",", "a"]),
    # opening guillemet after a colon, a full stop, an elision
    ("fr", "dit:«Non»", ["dit", ":", "«", "Non", "»"]),
    ("fr", "sceptiques.«Les", ["sceptiques", ".", "«", "Les"]),
    ("fr", "d'«incontournable»", ["d'", "«", "incontournable", "»"]),
    # comma between a word and a number, either way round
    ("fr", "PARIS,3 juin", ["PARIS", ",", "3", "juin"]),
    ("fr", "MOSCOU,12 mars", ["MOSCOU", ",", "12", "mars"]),
    ("fr", "2022,le", ["2022", ",", "le"]),
    ("fr", "Biya,92", ["Biya", ",", "92"]),
    ("fr", "3%,ce", ["3%", ",", "ce"]),
    # brackets glued to the words around them
    ("fr", "(AFP)—Le ministre", ["(", "AFP", ")", "—", "Le", "ministre"]),
    ("fr", "ministre(AFP)", ["ministre", "(", "AFP", ")"]),
    ("fr", "atomique(AIEA)a", ["atomique", "(", "AIEA", ")", "a"]),
    ("fr", "(OIM),et", ["(", "OIM", ")", ",", "et"]),
    ("fr", "(Reuters)-La Russie", ["(", "Reuters", ")", "-", "La", "Russie"]),
    ("fr", "(AFP)–Le", ["(", "AFP", ")", "–", "Le"]),
    # full stop before a capitalised word after a number or an acronym
    ("fr", "RFI.Plusieurs", ["RFI", ".", "Plusieurs"]),
    ("fr", "18h00.Le", ["18h00", ".", "Le"]),
    ("fr", "Gaza;les", ["Gaza", ";", "les"]),
    ("fr", "non!Le", ["non", "!", "Le"]),
    ("en", "WASHINGTON (AP)—The president",
     ["WASHINGTON", "(", "AP", ")", "—", "The", "president"]),
    ("en", "2023,the minister", ["2023", ",", "the", "minister"]),
    ("en", 'attack."We will', ["attack", ".", '"', "We", "will"]),
    ("en", "(Reuters)The", ["(", "Reuters", ")", "The"]),
    ("en", "KYIV,Ukraine", ["KYIV", ",", "Ukraine"]),
    # no mark at all: a lost break before a word that opens French sentences
    ("fr", "BamakoLes habitants", ["Bamako", "Les", "habitants"]),
    ("fr", "gouvernement MileiLe ministre", ["gouvernement", "Milei", "Le", "ministre"]),
    ("fr", "GrossiIl a dit", ["Grossi", "Il", "a", "dit"]),
    ("fr", "policeUne femme", ["police", "Une", "femme"]),
    ("fr", "TurquiePour Ankara", ["Turquie", "Pour", "Ankara"]),
    ("fr", "isolementL'OMS", ["isolement", "L'", "OMS"]),
])
def test_glued_punctuation_is_its_own_token(tokenize, lang, text, tokens):
    assert tokenize(lang, text) == tokens


@pytest.mark.parametrize("lang,text", [
    ("fr", "1,5"), ("fr", "1,500"), ("fr", "10.000"), ("fr", "14h30"), ("fr", "14:30"),
    ("fr", "Covid-19"), ("fr", "G7"), ("fr", "aujourd'hui"), ("fr", "porte-avions"),
    ("fr", "prud'hommes"), ("fr", "etc."), ("fr", "Mme."), ("fr", "U.S.A."), ("fr", "2019–2020"),
    ("fr", "candidat(e)s"), ("fr", "06/11/2025"), ("fr", "lemonde.fr"), ("fr", "x.y@afp.fr"),
    ("fr", "https://www.lemonde.fr/a,b"),
    ("en", "1,500"), ("en", "3.5"), ("en", "U.S."), ("en", "a.m."), ("en", "U.S.-brokered"),
    ("en", "6:30"), ("en", "Covid-19"), ("en", "2019–2020"), ("en", "http://a.com/b,c?x=1:2"),
    ("en", "press@un.org"), ("en", "No.1"),
    # names and brands that only start or end with such letters
    ("fr", "DeLaurentis"), ("fr", "LeBlanc"), ("fr", "McDonald"), ("fr", "LaGuardia"),
    ("fr", "DesRoches"), ("en", "LinkedIn"), ("en", "PetroChina"),
])
def test_words_with_inner_punctuation_stay_whole(tokenize, lang, text):
    assert tokenize(lang, text) == [text]


@pytest.mark.parametrize("lang,text,tokens", [
    ("fr", "l'OTAN", ["l'", "OTAN"]),  # the elision as the model splits it, nothing more
    ("fr", "a-t-il", ["a", "-t", "-il"]),
    ("en", "don't", ["do", "n't"]),
])
def test_the_models_own_splits_are_unchanged(tokenize, lang, text, tokens):
    assert tokenize(lang, text) == tokens


def test_offsets_stay_exact(nlp_fr):
    text = "PARIS,3 juin (AFP)—Le ministre a dit:«Nous ne céderons pas»,a-t-il averti."
    doc = nlp_fr.make_doc(text)
    assert doc.text == text
    assert all(text[t.idx:t.idx + len(t)] == t.text for t in doc)


def test_the_flow_pipelines_carry_the_splits_at_no_extra_load(nlp_fr, nlp_en):
    for nlp in (nlp_fr, nlp_en):
        tokenizer = nlp.tokenizer
        assert isinstance(tokenizer, GlueSplittingTokenizer)  # built by spacy.load itself
        # the model's own infix pattern, which flows/regex_cache.py keeps compiled
        assert isinstance(tokenizer.infix_finditer.__self__, re.Pattern)
        assert with_glue_splits(nlp).tokenizer is tokenizer  # idempotent


def test_any_pipeline_gets_the_splits_once():
    nlp = spacy.blank("fr")
    tokenizer = with_glue_splits(nlp).tokenizer
    assert with_glue_splits(nlp).tokenizer is tokenizer
    assert [t.text for t in nlp("pas»,a PARIS,3 1,5")] == ["pas", "»", ",", "a", "PARIS", ",",
                                                          "3", "1,5"]


def test_saved_and_pickled_tokenizers_split_the_same():
    nlp = with_glue_splits(spacy.blank("fr"))
    text = "dit:«Non»,a averti PARIS,3 (AFP)—Le 1,5"
    expected = [t.text for t in nlp(text)]
    reloaded = with_glue_splits(spacy.blank("fr"))
    reloaded.tokenizer.from_bytes(nlp.tokenizer.to_bytes())
    assert [t.text for t in reloaded(text)] == expected
    unpickled = pickle.loads(pickle.dumps(nlp.tokenizer))
    assert isinstance(unpickled, GlueSplittingTokenizer)
    assert [t.text for t in unpickled(text)] == expected


# The same story with and without the glue: the extraction must read both alike.
@pytest.mark.parametrize("lang,glued,spaced", [
    ("fr", "PARIS,3 juin (AFP) – Le ministre russe des Affaires étrangères a condamné mardi "
           "les frappes israéliennes.",
     "PARIS, 3 juin (AFP) – Le ministre russe des Affaires étrangères a condamné mardi "
     "les frappes israéliennes."),
    ("fr", "L'Agence internationale de l'énergie atomique(AIEA)a condamné l'Iran.",
     "L'Agence internationale de l'énergie atomique (AIEA) a condamné l'Iran."),
    ("en", "KYIV,Ukraine (AP) — Russian drones struck the city.",
     "KYIV, Ukraine (AP) — Russian drones struck the city."),
    # a dash glued on both sides right after the credit closes the dateline (datelines._is_dash)
    ("en", "WASHINGTON (AP)—The president said Russia must withdraw from Ukraine.",
     "WASHINGTON (AP) — The president said Russia must withdraw from Ukraine."),
    ("fr", "MOSCOU (Reuters)-La Russie a rejeté mardi l'offre de l'Ukraine.",
     "MOSCOU (Reuters) - La Russie a rejeté mardi l'offre de l'Ukraine."),
    # a lost break between two sentences: no word glued across it
    ("fr", "Les soldats ont quitté la ville de BamakoLes habitants ont accusé l'armée malienne.",
     "Les soldats ont quitté la ville de Bamako Les habitants ont accusé l'armée malienne."),
    # the quote's target was lost in the token "l'Ukraine»,a"
    ("fr", "«Nous soutenons l'Ukraine»,a affirmé Emmanuel Macron.",
     "« Nous soutenons l'Ukraine », a affirmé Emmanuel Macron."),
])
def test_glued_text_is_read_as_the_spaced_text(models, lang, glued, spaced):
    def read(text):
        doc = models[lang](text)
        lines = [(doc[slice(*ln.city)].text, ln.credit and doc[slice(*ln.credit)].text)
                 for ln in datelines(doc)]
        mentions = find_actors(doc, lang)
        events = [(e.event_type, e.source and e.source.name, e.target and e.target.name)
                  for e in code_events(doc, lang, mentions, "art", None)]
        return lines, [(m.mention_text, m.actor.name) for m in mentions], events

    assert read(glued) == read(spaced)


def test_a_glued_quote_keeps_its_speaker_and_target(models):
    doc = models["fr"]("«Nous soutenons l'Ukraine»,a affirmé Emmanuel Macron.")
    events = code_events(doc, "fr", find_actors(doc, "fr"), "art", None)
    assert [(e.event_type, e.source.name, e.target.name) for e in events] == [
        ("SUPPORT", "Emmanuel Macron", "Ukraine")]


def test_a_glued_dateline_is_a_dateline_not_an_actor(nlp_fr):
    doc = nlp_fr("PARIS,3 juin (AFP) – Le ministre a condamné mardi les frappes.")
    (line,) = datelines(doc)
    assert doc[line.credit[0]:line.credit[1]].text == "(AFP)"
    names = {m.mention_text for m in find_actors(doc, "fr")}
    assert "PARIS,3" not in names and "AFP" not in names
