"""DIPLOMACY from exchanges between states (transforms/theme_exchanges.py) and without the
thread rule: a row told in a few lines of an election story is the theme
(eval/README.md, "Themes"). Stories written for this test."""
import json
from datetime import date
from pathlib import Path

import pytest

from transforms.extract import extract
from transforms.records import Actor, Article, Event
from transforms.theme_exchanges import (INTERGOVERNMENTAL, SEATS_OF_GOVERNMENT,
                                        diplomacy_is_told, diplomacy_kept, interstate_exchanges,
                                        row_sentences,
                                        sides_by_sentence, state_side)
from transforms.themes import score_themes

RUSSIA = Actor("Russia", "COUNTRY", "RUS")
MOLDOVA = Actor("Moldova", "COUNTRY", "MDA")
SANDU = Actor("Maia Sandu", "PERSON", "MDA", role="President")
CEO = Actor("Ana Popescu", "PERSON", "MDA", role="CEO of Moldindconbank")
UN = Actor("United Nations", "ORGANIZATION", None)
EU = Actor("European Union", "ORGANIZATION", None)
COMMISSION = Actor("European Commission", "ORGANIZATION", None)
AMNESTY = Actor("Amnesty International", "ORGANIZATION", None)
KREMLIN = Actor("Kremlin", "ORGANIZATION", "RUS")


def event(kind, source, target, sentence=0, text="", verb=""):
    return Event(article_id="a", event_type=kind, cameo_root="11", quad_class=3, goldstein=-2.0,
                 sentence=text, sentence_index=sentence, event_date=date(2026, 3, 3),
                 source=source, target=target, verb=verb)


@pytest.mark.parametrize("actor,side", [
    (RUSSIA, "RUS"), (SANDU, "MDA"), (KREMLIN, "RUS"), (UN, "body:United Nations"),
    (CEO, None), (AMNESTY, None), (Actor("Chisinau", "LOCATION", "MDA"), None), (None, None),
])
def test_who_acts_for_a_state(actor, side):
    assert state_side(actor) == side


def test_exchanges_are_verbal_acts_between_two_sides():
    events = [event("ACCUSE", SANDU, KREMLIN, 1), event("REJECT", KREMLIN, MOLDOVA, 2),
              event("REQUEST", UN, RUSSIA, 3),
              event("ASSAULT", RUSSIA, MOLDOVA, 4),     # material: another theme's story
              event("ACCUSE", SANDU, MOLDOVA, 5),       # one state
              event("SUPPORT", EU, COMMISSION, 6),      # two bodies: internal affairs
              event("ACCUSE", AMNESTY, RUSSIA, 7),      # not a state's body
              event("CONSULT", CEO, RUSSIA, 8), event("CONSULT", SANDU, None, 9)]
    assert interstate_exchanges(events) == {("ACCUSE", "MDA", "RUS", 1),
                                            ("REJECT", "RUS", "MDA", 2),
                                            ("REQUEST", "body:United Nations", "RUS", 3)}


def test_a_state_speaking_of_another_it_names_is_an_exchange():
    # "The Kremlin rejected Chisinau's accusations": no coded target, Moldova named.
    events = [event("REJECT", KREMLIN, None, 2), event("REJECT", RUSSIA, None, 3),
              event("CONSULT", SANDU, None, 4), event("ACCUSE", KREMLIN, CEO, 5)]
    named = {2: {"RUS", "MDA"}, 3: {"RUS"}, 4: {"MDA", "body:European Union"},
             5: {"RUS", "MDA"}}
    assert interstate_exchanges(events, named) == {("REJECT", "RUS", "MDA", 2),
                                                   ("CONSULT", "MDA", "body:European Union", 4)}
    assert interstate_exchanges(events) == set()


def test_sides_are_read_per_event_sentence(nlp_en):
    doc = nlp_en("The Kremlin rejected the accusations. Moldova's president met EU leaders.")
    from transforms.actors import find_actors

    assert sides_by_sentence(doc, find_actors(doc, "en")) == {
        0: {"RUS"}, 1: {"MDA", "body:European Union"}}


@pytest.mark.parametrize("exchanges,weighted,strongest,told", [
    (3, 0, 0, True), (2, 0, 0, False), (2, 2, 2, True), (2, 4, 1, True), (2, 3, 1, False),
    (1, 6, 1, True), (1, 5, 2, False), (1, 4, 3, False), (0, 9, 3, False),
])
def test_how_many_exchanges_tell_diplomacy(exchanges, weighted, strongest, told):
    assert diplomacy_is_told(exchanges, weighted, strongest) is told


@pytest.mark.parametrize("exchanges,sentences,weighted,strongest,told", [
    (3, 1, 1, 1, False),  # a wildfire story: "Italy and Greece agreed, at Paris's request"
    (3, 2, 0, 0, False),
    (3, 3, 0, 0, True),  # a row: accused, rejected, urged
    (3, 2, 2, 1, True), (4, 2, 2, 1, True), (2, 2, 4, 1, True),
    (1, 1, 6, 2, True), (1, 1, 5, 2, False),  # a UN rights chief urging Tunis in a trial story
])
def test_a_full_story_told_by_exchanges_needs_a_row_or_some_of_the_themes_words(
        exchanges, sentences, weighted, strongest, told):
    assert diplomacy_is_told(exchanges, weighted, strongest, 480, sentences) is told
    assert diplomacy_is_told(exchanges, weighted, strongest, 120, sentences) is (
        told or exchanges >= 3)  # a short text: three exchanges tell it


@pytest.mark.parametrize("words,weighted,kept", [
    (400, 7, True),  # a wire story: four exchanges and a few words tell it
    (950, 7, False),  # a long article quotes governments in every paragraph
    (950, 9, True),
])
def test_in_a_long_article_exchanges_need_the_themes_words(words, weighted, kept):
    assert diplomacy_kept(False, weighted, 2, 4, {"TCD", "ARE"}, words) is kept


@pytest.mark.parametrize("sentences,row", [
    ((4, 5, 6), 3),  # a row told in one paragraph
    ((7, 11, 15), 2),  # three lines strewn over a shipwreck story
    ((3, 3, 3), 1),  # one sentence: "Italy and Greece agreed, at Paris's request"
    ((2, 4, 6, 20), 3), ((2, 6, 7, 20), 2), ((), 0),
])
def test_a_row_is_told_in_one_passage(sentences, row):
    assert row_sentences({("ACCUSE", "RUS", "MDA", n) for n in sentences}
                         | {("REJECT", "MDA", "RUS", n) for n in sentences[:1]}) == row


def test_bodies_and_seats_are_dictionary_names():
    data = json.loads((Path(__file__).parents[2] / "transforms/data/organisations.json")
                      .read_text(encoding="utf-8"))
    names = {entry["name"] for entry in data["organisations"]}
    assert (INTERGOVERNMENTAL | SEATS_OF_GOVERNMENT) - names == set()


STORIES = {"en": """CHISINAU, March 3 (Vigie) - Moldovan police said on Monday they had found a network of more than 300 social media accounts that spread fake videos about the country's pro-European government ahead of the local elections in June.

The accounts, many of them created in the past two months, shared clips generated with artificial intelligence that showed ministers taking bribes, the police cyber unit said in a report. Platforms removed most of them after a request from the electoral commission.

President Maia Sandu accused Russia of paying for the campaign and of trying to buy votes through intermediaries. Russian Foreign Ministry spokeswoman Maria Zakharova rejected the accusation on Tuesday and said Chisinau was hiding its own failures. Romanian Foreign Minister Oana Toiu urged Moscow to stop interfering in its neighbour's elections.

Electoral officials said they would train 2,000 polling station staff to spot fake ballots and would publish a daily bulletin of false claims during the campaign.

Independent monitors said the number of fake accounts had doubled since the presidential vote of 2024, when a similar network pushed messages against the European Union.""", "fr": """CHISINAU, 3 mars (Vigie) - La police moldave a annoncé lundi avoir identifié un réseau de plus de 300 comptes sur les réseaux sociaux qui diffusaient de fausses vidéos sur le gouvernement pro-européen du pays avant les élections locales de juin.

Les comptes, pour la plupart créés ces deux derniers mois, partageaient des séquences générées par intelligence artificielle montrant des ministres recevant des pots-de-vin, a précisé l'unité cyber de la police dans un rapport. Les plateformes en ont supprimé la plupart à la demande de la commission électorale.

La présidente Maia Sandu a accusé la Russie de financer la campagne et de chercher à acheter des voix par des intermédiaires. La porte-parole de la diplomatie russe, Maria Zakharova, a rejeté mardi ces accusations et affirmé que Chisinau cachait ses propres échecs. Le ministre roumain des Affaires étrangères a exhorté Moscou à cesser de s'ingérer dans les élections de son voisin.

Les responsables électoraux ont indiqué qu'ils formeraient 2 000 agents des bureaux de vote à repérer les faux bulletins et publieraient un bulletin quotidien des fausses informations pendant la campagne.

Des observateurs indépendants ont relevé que le nombre de faux comptes avait doublé depuis la présidentielle de 2024, lorsqu'un réseau similaire avait diffusé des messages hostiles à l'Union européenne."""}
# The row, told without the taxonomy's diplomacy words.
ROW_EN = ("President Maia Sandu accused Russia of paying for the campaign and of trying to buy "
          "votes through intermediaries. Kremlin spokesman Dmitry Peskov rejected the "
          "accusation on Tuesday and said Chisinau was hiding its own failures. Romanian "
          "President Nicusor Dan urged Moscow to stop interfering in its neighbour's elections.")
ROW_FR = ("La présidente Maia Sandu a accusé la Russie de financer la campagne et de chercher "
          "à acheter des voix par des intermédiaires. Le porte-parole du Kremlin, Dmitri Peskov, "
          "a rejeté mardi ces accusations et affirmé que Chisinau cachait ses propres échecs. Le "
          "président roumain Nicusor Dan a exhorté Moscou à cesser de s'ingérer dans les "
          "élections de son voisin.")
DOMESTIC = {
    "en": "Interior Minister Daniella Misail-Nichitin said the police had questioned 40 people "
          "who ran the accounts and seized phones and cash in raids in Chisinau and Balti. "
          "Prosecutors said the suspects faced up to five years in prison.",
    "fr": "La ministre de l'Intérieur Daniella Misail-Nichitin a indiqué que la police avait "
          "interrogé 40 personnes qui géraient les comptes et saisi des téléphones et de "
          "l'argent lors de perquisitions à Chisinau et à Balti. Le parquet a précisé que les "
          "suspects risquaient jusqu'à cinq ans de prison.",
}


def with_third_paragraph(text, paragraph):
    paragraphs = text.split("\n\n")
    paragraphs[2] = paragraph
    return "\n\n".join(paragraphs)


def themes_of(nlp, text, lang):
    article = Article(external_id="t", text=text, source_ref="t", language=lang)
    return {t.theme_code for t in extract(article, nlp(text)).themes}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_row_paragraph_in_an_election_story_is_diplomacy(models, lang):
    assert {"ELECTIONS", "DISINFORMATION", "DIPLOMACY"} <= themes_of(models[lang], STORIES[lang], lang)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_same_story_told_at_home_is_not(models, lang):
    text = with_third_paragraph(STORIES[lang], DOMESTIC[lang])
    assert "DIPLOMACY" not in themes_of(models[lang], text, lang)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_exchanges_tell_the_row_where_its_words_do_not(models, lang):
    text = with_third_paragraph(STORIES[lang], {"en": ROW_EN, "fr": ROW_FR}[lang])
    assert "DIPLOMACY" not in {t.theme_code for t in score_themes(models[lang](text), lang)}
    assert "DIPLOMACY" in themes_of(models[lang], text, lang)


# Labour news: talks, negotiations and a minister between a government and its unions.
LABOUR = {"fr": """PARIS, 4 mars (Vigie) - Les syndicats de la SNCF ont appelé à une grève reconductible à partir de jeudi pour protester contre la réforme du statut des cheminots, a annoncé mardi l'intersyndicale.

La CGT-Cheminots, SUD-Rail et l'Unsa ferroviaire réclament l'ouverture de négociations sur les salaires et les conditions de travail. « Nous sommes prêts à reprendre les discussions avec la direction, mais pas sous la menace », a déclaré un responsable de la CGT.

Le ministre des Transports, Philippe Tabarot, a appelé les syndicats au dialogue et a indiqué qu'il recevrait leurs représentants lundi au ministère. La direction de la SNCF prévoit un trafic très perturbé sur les lignes TGV et Intercités.

Les usagers sont invités à reporter leurs déplacements. Selon la direction, moins d'un TGV sur deux devrait circuler jeudi et vendredi, et le trafic des TER sera fortement réduit dans la plupart des régions.

La dernière grève de ce type, en 2023, avait duré trois semaines et coûté plus de 700 millions d'euros à l'entreprise, selon ses comptes.""", "en": """LONDON, March 4 (Vigie) - Britain's resident doctors will stage a five-day strike from Thursday after talks with the government over pay broke down, the British Medical Association said on Tuesday.

The union said it had held talks with Health Secretary Wes Streeting for three weeks but the government had refused to negotiate on a pay restoration deal. "We are ready to resume negotiations at any time," the union's chair said.

Streeting said the walkout was "unnecessary" and urged the union to return to the table. Hospitals said thousands of appointments would be postponed and emergency care prioritised.

NHS England said the last strike cost about 300 million pounds and led to more than 50,000 cancelled appointments. Waiting lists stand at 7.4 million."""}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_talks_between_a_government_and_its_unions_are_not_diplomacy(models, lang):
    themes = themes_of(models[lang], LABOUR[lang], lang)
    assert "PROTEST" in themes and "DIPLOMACY" not in themes


USA = Actor("United States", "COUNTRY", "USA")
BRITAIN = Actor("United Kingdom", "COUNTRY", "GBR")
EGYPT = Actor("Egypt", "COUNTRY", "EGY")
SUDAN = Actor("Sudan", "COUNTRY", "SDN")


def test_states_acting_together_are_not_each_others_addressee():
    # "The United States and Britain called on both sides to show restraint."
    text = "The United States and Britain called on both sides to show restraint."
    events = [event("REQUEST", USA, None, 1, text, "called on"),
              event("REQUEST", BRITAIN, None, 1, text, "called on")]
    assert interstate_exchanges(events, {1: {"USA", "GBR"}}) == set()
    # ... but a third state the sentence names is still the one they speak to.
    assert interstate_exchanges(events, {1: {"USA", "GBR", "SDN"}}) == {
        ("REQUEST", "USA", "SDN", 1), ("REQUEST", "GBR", "SDN", 1)}


def test_states_acting_on_each_other_are_an_exchange():
    text = "The United States and Britain accused each other of leaking the report."
    events = [event("ACCUSE", USA, None, 1, text, "accused"),
              event("ACCUSE", BRITAIN, None, 1, text, "accused")]
    assert interstate_exchanges(events, {1: {"USA", "GBR"}}) == {
        ("ACCUSE", "USA", "GBR", 1), ("ACCUSE", "GBR", "USA", 1)}


def test_three_states_acting_as_one_are_one_concerted_exchange():
    text = "Diplomats from the United States, Britain and Egypt are pressing for a truce."
    events = [event("REQUEST", side, None, 1, text, "pressing")
              for side in (USA, BRITAIN, EGYPT)]
    assert interstate_exchanges(events, {1: {"USA", "GBR", "EGY"}}) == {
        ("REQUEST", "EGY", "joint", 1)}
    # toward a state the sentence names, each speaks to it
    assert len(interstate_exchanges(events, {1: {"USA", "GBR", "EGY", "SDN"}})) == 3
