"""Wire datelines (transforms/datelines.py): read once per doc, asked by the capital rule
(the filing city is a place), the non-actor rule (the credited agency is no actor) and the
event parties (the filing city is no party to the first sentence)."""
from __future__ import annotations

import pytest

from transforms import datelines as dl
from transforms.actors import find_actors
from transforms.datelines import credit_span, datelines, filed_from
from transforms.events import code_events


def opens_credit(doc, i):
    """doc[i] is the "(" of a dateline's credit."""
    return credit_span(doc, i) is not None


def dateline_end(doc):
    """Token index just past the dateline opening the text, or 0 when it opens with none."""
    first = next((k for k in range(len(doc)) if not doc[k].is_space), None)
    line = next((line for line in datelines(doc) if line.start == first), None)
    return line.end if line is not None else 0


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
    assert line.start == 0 and filed_from(doc, 0)
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
    assert dateline_end(doc) == 2  # the filing city is no party either (it pinned 0 before)


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
    assert dateline_end(doc) == 0  # the text's opening dateline only; all in dateline_spans
    assert dl.dateline_spans(doc) == ((line.start, line.end),)


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


@pytest.mark.parametrize("lang,text,agency,canonical", [
    ("en", "Officials in Kyiv told reporters (AP) - without naming sources - that Moscow "
           "would respond.", "AP", "Associated Press"),
    ("fr", "Le ministre a déclaré à la presse (AFP) - sans plus de détails - que Moscou "
           "répondrait.", "AFP", "AFP"),
])
def test_agency_in_mid_sentence_is_no_credit(tokens, nlp_fr, nlp_en, lang, text, agency,
                                              canonical):
    doc = tokens[lang](text)
    paren = next(t.i for t in doc if t.text == "(")
    assert [t.text for t in doc[paren:paren + 4]] == ["(", agency, ")", "-"]  # shaped like a credit...
    assert not opens_credit(doc, paren)  # ...but no dateline before it
    assert datelines(doc) == () and dateline_end(doc) == 0
    nlp = nlp_fr if lang == "fr" else nlp_en
    # the agency quoted is an actor, under its canonical name ("AP" is the Associated Press)
    assert canonical in {m.actor.name for m in find_actors(nlp(text), lang)}


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


# One reading for the three rules: a dateline opens the text or a line, names a city
# (several with "/"), then a region, a date, a credit or a dash; running text after a
# city is no dateline. Each test below is one disagreement or false reading the merge kept.

def actors_of(nlp, lang, text):
    return {(m.actor.name, m.actor.actor_type, m.actor.country_code)
            for m in find_actors(nlp(text), lang)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Talks stalled on Monday.\n\nPARIS (AFP) - The French president met the chancellor."),
    ("fr", "Les pourparlers ont échoué lundi.\n\nPARIS (AFP) - Le président a reçu le chancelier."),
])
def test_paragraph_start_credit_is_no_actor(tokens, models, lang, text):
    doc = tokens[lang](text)
    paren = next(t.i for t in doc if t.text == "(")
    (line,) = datelines(doc)
    assert filed_from(doc, line.start) and opens_credit(doc, paren)
    assert doc[line.end - 1].text == "-"
    found = actors_of(models[lang], lang, text)
    assert ("Paris", "LOCATION", "FRA") in found
    assert not any(name == "AFP" for name, _, _ in found)


@pytest.mark.parametrize("lang,text,source", [
    ("en", "Tensions rose at sea.\n\nMANILA, Feb 18 (Vigie) - Chinese coast guard ships fired "
           "water cannon at a Philippine vessel.", "China"),
    ("en", "Tensions rose at sea.\n\nMANILA — Chinese coast guard ships fired water cannon at a "
           "Philippine vessel.", "China"),
    ("fr", "La tension monte en mer.\n\nMANILLE, 15 avril (Vigie) - Des navires chinois ont tiré "
           "au canon à eau sur un navire philippin.", "China"),
])
def test_paragraph_start_filing_city_is_no_party(models, lang, text, source):
    doc = models[lang](text)
    events = code_events(doc, lang, find_actors(doc, lang), "a1", None)
    assert events and {e.source.name for e in events} == {source}


@pytest.mark.parametrize("lang,text,city,date", [
    ("en", "WASHINGTON, Oct. 14 (AP) — The Senate passed the spending bill.",
     ("Washington", "USA"), "Oct. 14"),
    ("en", "WASHINGTON, Oct. 14, 2025 (AP) — The Senate passed the spending bill.",
     ("Washington", "USA"), "Oct. 14, 2025"),
    ("fr", "PARIS, 3 févr. (AFP) - Le gouvernement a présenté son budget.",
     ("Paris", "FRA"), "3 févr."),
    ("fr", "PARIS, 12 janv. (AFP) - Le gouvernement a présenté son budget.",
     ("Paris", "FRA"), "12 janv."),
    ("fr", "PARIS, 14 oct. (AFP) - Le gouvernement a présenté son budget.",
     ("Paris", "FRA"), "14 oct."),
])
def test_abbreviated_month_dateline(tokens, models, lang, text, city, date):
    doc = tokens[lang](text)
    (line,) = datelines(doc)
    assert words(doc, line.date) == date and filed_from(doc, 0)
    assert (city[0], "LOCATION", city[1]) in actors_of(models[lang], lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "NEW YORK/WASHINGTON, Nov 3 (Reuters) - China and Japan agreed to resume talks."),
    ("fr", "NEW YORK/WASHINGTON, 3 novembre (Reuters) - La Chine et le Japon ont repris les "
           "discussions."),
])
def test_every_city_of_a_multi_city_dateline_is_filed(tokens, models, lang, text):
    doc = tokens[lang](text)
    (line,) = datelines(doc)
    assert words(doc, line.city) == "NEW YORK/WASHINGTON"
    assert all(filed_from(doc, k) for k in (0, 1, 3))
    found = actors_of(models[lang], lang, text)
    assert ("Washington", "LOCATION", "USA") in found
    assert not any(name == "United States" for name, _, _ in found)


@pytest.mark.parametrize("lang,text,region,date,city", [
    ("en", "TAWILA, Sudan, Nov 14 (Vigie) - Families who fled El Fasher arrived.",
     "Sudan", "Nov 14", None),
    ("en", "KHARTOUM, Sudan, Nov 14 (Vigie) - The army said it repelled an attack.",
     "Sudan", "Nov 14", ("Khartoum", "SDN")),
    ("fr", "BELEM (Brésil), 23 novembre (Vigie) - La conférence sur le climat s'est achevée.",
     "Brésil", "23 novembre", None),
    ("fr", "BRASILIA (Brésil), 23 novembre (Vigie) - La conférence sur le climat s'est achevée.",
     "Brésil", "23 novembre", ("Brasilia", "BRA")),
])
def test_region_before_the_date(tokens, models, lang, text, region, date, city):
    doc = tokens[lang](text)
    (line,) = datelines(doc)
    assert (words(doc, line.region), words(doc, line.date), words(doc, line.credit)) \
        == (region, date, "(Vigie)")
    assert filed_from(doc, 0) and opens_credit(doc, line.credit[0])
    assert doc[line.end - 1].text == "-" and dateline_end(doc) == line.end
    if city:
        assert (city[0], "LOCATION", city[1]) in actors_of(models[lang], lang, text)


@pytest.mark.parametrize("lang,text,city", [
    ("en", "MANILA, Philippines — Chinese ships fired water cannon at a supply boat.",
     ("Manila", "PHL")),
    ("en", "SEOUL, South Korea — North Korea fired a salvo of missiles.", ("Seoul", "KOR")),
    ("fr", "MANILLE (Philippines) – Des navires chinois ont tiré au canon à eau.",
     ("Manila", "PHL")),
])
def test_region_and_dash_without_credit(tokens, models, lang, text, city):
    doc = tokens[lang](text)
    (line,) = datelines(doc)
    assert line.region is not None and line.credit is None and line.date is None
    assert filed_from(doc, 0) and dateline_end(doc) == line.end == line.dash + 1
    assert (city[0], "LOCATION", city[1]) in actors_of(models[lang], lang, text)


@pytest.mark.parametrize("lang,text,credit,agency", [
    ("fr", "PARIS (Le Courrier du Monde) – Le président a reçu le chancelier allemand.",
     "(Le Courrier du Monde)", "Monde"),
    ("en", "LONDON (The Daily Ledger) — The prime minister met the French president.",
     "(The Daily Ledger)", "Ledger"),
])
def test_multi_word_credit(tokens, models, lang, text, credit, agency):
    doc = tokens[lang](text)
    (line,) = datelines(doc)
    assert words(doc, line.credit) == credit and opens_credit(doc, line.credit[0])
    assert doc[line.end - 1].text in dl.DASHES
    found = actors_of(models[lang], lang, text)
    assert not any(agency in name for name, _, _ in found)
    assert any(t == "LOCATION" for _, t, _ in found)  # the filing city


@pytest.mark.parametrize("lang,text,end", [
    ("en", "BEIJING — China condemned Japan on Monday.", 2),
    ("fr", "PÉKIN - La Chine a condamné lundi le Japon.", 2),
    ("fr", "Paris (AFP) - Le président a reçu mardi le chancelier allemand.", 5),
    ("en", "Manila (AFP) - Chinese coast guard ships fired water cannon.", 5),
])
def test_every_dateline_has_its_end(tokens, lang, text, end):
    doc = tokens[lang](text)
    assert dateline_end(doc) == end and doc[end - 1].text in dl.DASHES


@pytest.mark.parametrize("lang,text", [
    ("en", "Manila (AFP) - Chinese coast guard ships fired water cannon at a Philippine vessel."),
    ("en", "MANILA — Chinese coast guard ships fired water cannon at a Philippine vessel."),
    ("fr", "Manille (AFP) - Des navires chinois ont tiré au canon à eau sur un navire philippin."),
])
def test_dash_or_credit_filing_city_is_no_party(models, lang, text):
    doc = models[lang](text)
    events = code_events(doc, lang, find_actors(doc, lang), "a1", None)
    assert events and {e.source.name for e in events} == {"China"}


@pytest.mark.parametrize("lang,text,capital", [
    ("en", "Talks stalled.\n\nWashington, one of Kyiv's main backers, said it would send aid.",
     "Washington"),
    ("en", "Washington, one of Kyiv's main backers, said it would send more aid.", "Washington"),
    ("fr", "Les pourparlers ont échoué.\n\nWashington, un des principaux soutiens de Kiev, a "
           "promis plus d'aide.", "Washington"),
    ("en", "Talks stalled.\n\nMoscow, Beijing and Tehran condemned the strike.", "Moscow"),
])
def test_running_text_after_a_capital_is_no_dateline(tokens, models, lang, text, capital):
    doc = tokens[lang](text)
    i = next(t.i for t in doc if t.text == capital)
    assert not filed_from(doc, i) and datelines(doc) == () and dateline_end(doc) == 0
    if capital == "Washington":
        found = actors_of(models[lang], lang, text)
        assert ("Washington", "LOCATION", "USA") not in found
        assert ("United States", "COUNTRY", "USA") in found


@pytest.mark.parametrize("lang,text", [
    ("en", "UN Secretary-General Antonio Guterres said the attack was unacceptable."),
    ("en", "Talks stalled.\n\nEU-China talks resumed on Monday in Brussels."),
    ("fr", "Les pourparlers ont échoué.\n\nUE-Chine : les discussions ont repris lundi."),
])
def test_hyphen_inside_a_word_is_no_dash(tokens, lang, text):
    doc = tokens[lang](text)
    assert datelines(doc) == () and dateline_end(doc) == 0
    assert not any(filed_from(doc, t.i) for t in doc)


@pytest.mark.parametrize("lang,text,region,city", [
    ("fr", "PORT-SOUDAN (Soudan) - Les FSR ont pilonné la ville.", "Soudan", "Sudan"),
    ("en", "KHARTOUM (Sudan) - The army said it repelled an attack.", "Sudan", "Sudan"),
    ("fr", "PORT-AU-PRINCE (Haïti) – Les tirs n'ont pas cessé depuis lundi.", "Haïti", "Haiti"),
])
def test_bracketed_country_is_the_region_not_a_credit(tokens, models, lang, text, region, city):
    doc = tokens[lang](text)
    (line,) = datelines(doc)
    assert words(doc, line.region) == region and line.credit is None
    assert not opens_credit(doc, 1) and filed_from(doc, 0)
    assert dateline_end(doc) == line.end == line.dash + 1
    assert any(name == city for name, _, _ in actors_of(models[lang], lang, text))


@pytest.mark.parametrize("lang,text,city", [
    ("fr", "ADDIS-ABEBA, 20 novembre (Vigie) - Les autorités éthiopiennes ont réagi.",
     "ADDIS-ABEBA"),
    ("en", "ADDIS-ABEBA, Nov 20 (Vigie) - Ethiopian authorities responded.", "ADDIS-ABEBA"),
])
def test_hyphenated_city(tokens, lang, text, city):
    doc = tokens[lang](text)
    (line,) = datelines(doc)
    assert words(doc, line.city) == city and all(filed_from(doc, k) for k in range(*line.city))


@pytest.mark.parametrize("lang,text", [
    ("en", "NATO - the Western alliance - condemned Russia on Monday."),
    ("fr", "OTAN - l'alliance atlantique - a condamné lundi la Russie."),
])
def test_aside_after_a_name_in_capitals_is_no_dateline(tokens, lang, text):
    doc = tokens[lang](text)
    assert datelines(doc) == () and dateline_end(doc) == 0 and not filed_from(doc, 0)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les pourparlers ont échoué.\n\nSANCTIONS - Les Etats-Unis ont imposé des mesures."),
    ("en", "UKRAINE — Russian drones struck Kyiv overnight."),
    ("fr", "RUSSIE – Moscou a dénoncé les sanctions."),
])
def test_heading_in_capitals_before_a_dash_is_no_dateline(tokens, lang, text):
    doc = tokens[lang](text)
    assert datelines(doc) == () and dateline_end(doc) == 0


@pytest.mark.parametrize("lang,text", [
    ("en", "TAWILA — Families who fled El Fasher arrived on foot."),
    ("en", "SINGAPORE — Asian shares fell on Monday."),
    ("fr", "DUBAÏ/VIENNE – Les sanctions de l'ONU contre l'Iran sont rétablies."),
])
def test_town_in_capitals_before_a_dash_is_a_dateline(tokens, lang, text):
    doc = tokens[lang](text)
    (line,) = datelines(doc)
    assert filed_from(doc, 0) and dateline_end(doc) == line.end == line.dash + 1


@pytest.mark.parametrize("lang,text,date,credit,agency", [
    ("en", "BERLIN (dpa) - Germany's government approved the budget.", None, "(dpa)", "dpa"),
    ("fr", "BERLIN (dpa) - Le gouvernement allemand a adopté le budget.", None, "(dpa)", "dpa"),
    ("fr", "PARIS, le 3 juin (AFP) - Le gouvernement a présenté son budget.", "le 3 juin",
     "(AFP)", "AFP"),
])
def test_lowercase_credit_and_french_article_before_the_date(tokens, models, lang, text, date,
                                                             credit, agency):
    doc = tokens[lang](text)
    (line,) = datelines(doc)
    assert (words(doc, line.date), words(doc, line.credit)) == (date, credit)
    assert filed_from(doc, 0) and opens_credit(doc, line.credit[0])
    assert not any(name.lower() == agency.lower()
                   for name, _, _ in actors_of(models[lang], lang, text))


@pytest.mark.parametrize("lang,text,region,date", [
    ("en", "KOLWEZI, Democratic Republic of the Congo (AP) — Miners said the shaft collapsed.",
     "Democratic Republic of the Congo", None),
    ("en", "GOMA, Democratic Republic of Congo, Nov 14 (Reuters) - Rebels seized the town.",
     "Democratic Republic of Congo", "Nov 14"),
    ("fr", "BRAZZAVILLE, République du Congo (AFP) - Le gouvernement a annoncé lundi un deuil.",
     "République du Congo", None),
    ("fr", "ABIDJAN, Côte d'Ivoire, 3 mars (AFP) - Le président a dissous le gouvernement.",
     "Côte d'Ivoire", "3 mars"),
])
def test_region_names_with_small_linking_words(tokens, lang, text, region, date):
    doc = tokens[lang](text)
    (line,) = datelines(doc)
    assert (words(doc, line.region), words(doc, line.date)) == (region, date)
    assert opens_credit(doc, line.credit[0]) and doc[line.end - 1].text in dl.DASHES


@pytest.mark.parametrize("lang,text", [
    ("en", "Paris, Berlin and London condemned the strike on Monday."),
    ("fr", "Paris, Berlin et Londres ont condamné lundi la frappe."),
    ("en", "Kinshasa, capital of the Democratic Republic of the Congo, was calm (AP) - sources said."),
])
def test_linked_names_in_running_text_are_no_region(tokens, lang, text):
    assert datelines(tokens[lang](text)) == ()
