"""Wire datelines (transforms/datelines.py): read once per doc, asked by the capital rule
(the filing city is a place), the non-actor rule (the credited agency is no actor) and the
event parties (the filing city is no party to the first sentence)."""
from __future__ import annotations

import pytest

from transforms import datelines as dl
from transforms.actors import find_actors
from transforms.datelines import dateline_end, datelines, filed_from, opens_credit
from transforms.events import code_events


@pytest.fixture(scope="module")
def tokens(nlp_fr, nlp_en):
    """Tokenizer only: datelines are read off the words, not the parse."""
    return {"fr": nlp_fr.make_doc, "en": nlp_en.make_doc}


def words(doc, span):
    return None if span is None else doc[span[0]:span[1]].text


@pytest.mark.parametrize("lang,text,city,region,date,credit,end", [
    ("en", "MANILA, April 15 (Vigie) - Chinese ships fired water cannon.",
     "MANILA", None, "April 15", "(Vigie)", 8),
    ("fr", "MANILLE, 15 avril (Vigie) - Des navires chinois ont tiré.",
     "MANILLE", None, "15 avril", "(Vigie)", 8),
    ("en", "WASHINGTON (AP) — The Senate passed the spending bill.",
     "WASHINGTON", None, None, "(AP)", 5),
    ("fr", "PARIS (AFP) — Le président a reçu le chancelier.", "PARIS", None, None, "(AFP)", 5),
    ("en", "KYIV, Ukraine (AP) — Russian drones struck the city.",
     "KYIV", "Ukraine", None, "(AP)", 7),
    ("fr", "KIEV, Ukraine (AFP) - Des drones russes ont frappé la ville.",
     "KIEV", "Ukraine", None, "(AFP)", 7),
    ("en", "GENEVA, Oct 14 (Reuters) - The WHO warned of cholera.",
     "GENEVA", None, "Oct 14", "(Reuters)", 8),
    ("fr", "GENÈVE, 14 oct. (Reuters) - L'OMS a averti d'une épidémie.",
     "GENÈVE", None, "14 oct.", "(Reuters)", 8),
    ("en", "BEIJING/WASHINGTON, Nov 3 (Reuters) - China and the United States agreed.",
     "BEIJING/WASHINGTON", None, "Nov 3", "(Reuters)", 10),
    ("fr", "PÉKIN/WASHINGTON, 3 novembre (Reuters) - La Chine et les Etats-Unis ont signé.",
     "PÉKIN/WASHINGTON", None, "3 novembre", "(Reuters)", 10),
    ("en", "PORT SUDAN, Nov 4 (Vigie) - Sudan's army said it repelled an attack.",
     "PORT SUDAN", None, "Nov 4", "(Vigie)", 9),
])
def test_dateline_shapes(tokens, lang, text, city, region, date, credit, end):
    doc = tokens[lang](text)
    (line,) = datelines(doc)
    assert (words(doc, line.city), words(doc, line.region), words(doc, line.date),
            words(doc, line.credit)) == (city, region, date, credit)
    assert line.start == 0 and line.filed and filed_from(doc, 0)
    assert opens_credit(doc, line.credit[0])
    assert dateline_end(doc) == line.end == end
    assert doc[end - 1].text in dl.DASHES


@pytest.mark.parametrize("lang,text", [
    ("en", "BEIJING — China condemned Japan on Monday."),
    ("fr", "PÉKIN - La Chine a condamné lundi le Japon."),
])
def test_dateless_dash_dateline_is_the_filing_city(tokens, lang, text):
    doc = tokens[lang](text)
    (line,) = datelines(doc)
    assert line.date is None and line.credit is None and line.dash == 1
    assert filed_from(doc, 0)
    assert dateline_end(doc) == 0  # the event rule wants a credit, a date or a comma


def test_second_city_of_a_double_dateline(tokens):
    doc = tokens["en"]("BEIJING/WASHINGTON, Nov 3 (Reuters) - China and the US agreed.")
    assert [t.text for t in doc[:3]] == ["BEIJING", "/", "WASHINGTON"]
    assert filed_from(doc, 0) and filed_from(doc, 2)


@pytest.mark.parametrize("lang,text,city", [
    ("fr", "Le Mali a reçu du carburant.\n\nBAMAKO, 12 juin (Vigie) - Le gouvernement a réagi.",
     "BAMAKO"),
    ("en", "Talks stalled on Monday.\n\nDAMASCUS - Syria condemned the strike.", "DAMASCUS"),
    ("en", "Talks stalled on Monday.\n\nNEW DELHI, Aug 28 - Indian exporters warned.", "NEW DELHI"),
])
def test_paragraph_start_dateline(tokens, lang, text, city):
    doc = tokens[lang](text)
    (line,) = datelines(doc)
    assert words(doc, line.city) == city and doc[line.start - 1].text == "\n\n"
    assert filed_from(doc, line.start)
    assert dateline_end(doc) == 0  # only the text's opening dateline is cut from the parties


@pytest.mark.parametrize("lang,text,capital", [
    ("en", "Washington said on Monday it would impose tariffs on Beijing.", "Washington"),
    ("fr", "Pékin a dénoncé mardi les sanctions imposées par Washington.", "Pékin"),
    ("en", "Talks stalled.\n\nBeijing said on Monday it would retaliate.", "Beijing"),
    ("fr", "Paris, Berlin et Londres ont condamné l'attaque.", "Paris"),
])
def test_capital_in_running_text_is_no_dateline(tokens, lang, text, capital):
    doc = tokens[lang](text)
    i = next(t.i for t in doc if t.text == capital)
    assert not filed_from(doc, i)
    assert datelines(doc) == () and dateline_end(doc) == 0


@pytest.mark.parametrize("lang,text,agency", [
    ("en", "Officials in Kyiv told reporters (AP) - without naming sources - that Moscow "
           "would respond.", "AP"),
    ("fr", "Le ministre a déclaré à la presse (AFP) - sans plus de détails - que Moscou "
           "répondrait.", "AFP"),
])
def test_agency_in_mid_sentence_is_no_credit(tokens, nlp_fr, nlp_en, lang, text, agency):
    doc = tokens[lang](text)
    paren = next(t.i for t in doc if t.text == "(")
    assert dl.agency_credit(doc, paren)  # shaped like a credit...
    assert not opens_credit(doc, paren)  # ...but no dateline before it
    assert datelines(doc) == () and dateline_end(doc) == 0
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert agency in {m.actor.name for m in find_actors(nlp(text), lang)}


@pytest.mark.parametrize("lang,text,city,country,agency", [
    ("en", "WASHINGTON (AP) — The Senate passed the spending bill on Tuesday.",
     "Washington", "USA", "AP"),
    ("en", "GENEVA, Oct 14 (Reuters) - The WHO warned of cholera in Sudan.",
     "Geneva", "CHE", "Reuters"),
    ("fr", "Paris (AFP) - Le président a reçu mardi le chancelier allemand.",
     "Paris", "FRA", "AFP"),
    ("fr", "MANILLE, 15 avril (Vigie) - Des navires chinois ont tiré sur un navire philippin.",
     "Manila", "PHL", "Vigie"),
])
def test_filing_city_is_a_place_and_the_agency_no_actor(nlp_fr, nlp_en, lang, text, city,
                                                         country, agency):
    nlp = nlp_fr if lang == "fr" else nlp_en
    found = {(m.actor.name, m.actor.actor_type, m.actor.country_code)
             for m in find_actors(nlp(text), lang)}
    assert (city, "LOCATION", country) in found
    assert not any(name == agency for name, _, _ in found)


@pytest.mark.parametrize("lang,text,source,target", [
    ("en", "MANILA, Feb 18 (Vigie) - Chinese coast guard ships fired water cannon at a "
           "Philippine vessel.", "China", None),
    ("fr", "MANILLE, 15 avril (Vigie) - Des navires chinois ont tiré au canon à eau sur un "
           "navire philippin.", "China", "Philippines"),
])
def test_filing_city_is_no_party_to_the_first_sentence(nlp_fr, nlp_en, lang, text, source,
                                                       target):
    nlp = nlp_fr if lang == "fr" else nlp_en
    doc = nlp(text)
    events = code_events(doc, lang, find_actors(doc, lang), "a1", None)
    assert events
    assert [(e.source.name, e.target.name if e.target else None) for e in events] \
        == [(source, target)]  # not Manila, though the parser may make it the subject


def test_a_doc_is_read_once(tokens, monkeypatch):
    doc = tokens["en"]("GENEVA, Oct 14 (Reuters) - The WHO warned.\n\nBEIJING — China said.")
    calls = []
    real = dl._read
    monkeypatch.setattr(dl, "_read", lambda d: calls.append(d) or real(d))
    assert [line.start for line in datelines(doc)] == [0, 13]
    assert filed_from(doc, 13) and opens_credit(doc, 4) and dateline_end(doc) == 8
    assert len(calls) == 1
    other = tokens["en"]("GENEVA, Oct 14 (Reuters) - The WHO warned.")
    assert dateline_end(other) == 8 and len(calls) == 2  # another doc, another reading
