"""Every story is about something (transforms/theme_topic.py): when no theme passes the thread
and paragraph rules, the one the story's words tell most is its topic, if it has the
evidence any theme needs. Stories written for these tests."""
import pytest

import transforms.themes as themes
from tests.transforms.evidence import evidence_of
from transforms.theme_topic import the_story_topic
from transforms.themes import score_themes

# A carmaker closes a plant: its topic told with "company", "industry", "billion", "market"
# and one "revenue".
PLANT_STORY_EN = (
    'TURIN (Vigie) - The Italian carmaker Corvetta said on Monday it would close its oldest'
    ' plant near Turin by the end of next year and move production of its small city car to'
    ' a newer site in the south.\n'
    '\n'
    'The company said the plant, opened in 1962, was too small to be converted to the '
    'electric models it plans to build from 2028. About 1,900 people work there.\n'
    '\n'
    'Chief executive Laura Bassi told analysts on a call that the decision had been taken '
    '"with a heavy heart" and that the group would offer every worker a post at another '
    'site or a severance package.\n'
    '\n'
    'Unions said they had not been consulted and called a meeting of workers for Wednesday.'
    ' "This is a town that was built around that factory," said Marco Rinaldi, a local '
    "official of the metalworkers' federation.\n"
    '\n'
    'The mayor of the town, Giulia Ferrero, asked the regional government to find a buyer '
    'for the site and said she would travel to Rome next week to meet the industry '
    'minister.\n'
    '\n'
    'Corvetta sold 412,000 cars last year, 6% fewer than in 2024, and its revenue fell by '
    '4%. It expects to spend about 1.2 billion euros on the move and on new assembly lines.'
    '\n'
    '\n'
    "The group's rivals in Europe have announced similar closures this year as sales of "
    'petrol cars fall and Chinese brands win market share.\n'
    '\n'
    "Italy's car production fell to its lowest level since the 1950s last year, according "
    'to the industry association.\n'
)
# A former deputy mayor to be tried: the case told with "enquête", "police", "enquêteurs",
# "avocat" and one "procès".
TRIAL_STORY_FR = (
    "LYON (Vigie) - Un ancien adjoint au maire d'une commune de la banlieue lyonnaise sera "
    'jugé en mars pour avoir attribué des logements sociaux à des proches, a-t-on appris '
    'lundi.\n'
    '\n'
    "L'élu, âgé de 58 ans, avait quitté ses fonctions en 2024 après la publication d'un "
    "article de presse sur les conditions d'attribution de plusieurs appartements du parc "
    'municipal.\n'
    '\n'
    'Selon une source proche du dossier, au moins onze logements auraient été attribués '
    'entre 2019 et 2023 à des membres de sa famille ou à des amis, au détriment de ménages '
    "inscrits depuis des années sur la liste d'attente.\n"
    '\n'
    "L'enquête, confiée à la police judiciaire, a duré près de deux ans. Les enquêteurs ont"
    ' entendu une quarantaine de témoins et saisi des documents à la mairie.\n'
    '\n'
    "L'avocat de l'ancien élu a dénoncé un dossier « vide » et assuré que son client "
    'démontrerait au procès que les règles avaient été respectées.\n'
    '\n'
    'La maire actuelle a indiqué que la commune se constituerait partie civile. Plusieurs '
    "familles qui attendent un logement depuis plus de cinq ans ont annoncé qu'elles "
    'feraient de même.\n'
    '\n'
    'La commune compte environ 4 000 logements sociaux pour 31 000 habitants.\n'
)


@pytest.mark.parametrize("story, lang, topic", [
    (PLANT_STORY_EN, "en", "ECONOMY"),
    (TRIAL_STORY_FR, "fr", "CRIME"),
])
def test_a_story_told_in_few_words_keeps_its_topic(story, lang, topic, nlp_en, nlp_fr,
                                                   monkeypatch):
    doc = (nlp_en if lang == "en" else nlp_fr)(story)
    assert [s.theme_code for s in score_themes(doc, lang)] == [topic]
    # Without the rule, the thread rules leave the story with no theme at all.
    monkeypatch.setattr(themes, "the_story_topic", lambda *args: None)
    assert score_themes(doc, lang) == []


def _enough(found):
    return found.weighted >= 4


def test_the_topic_is_the_theme_told_most_and_never_diplomacy():
    economy = evidence_of([("revenue", 2, 1), ("company", 1, 2), ("market", 1, 3),
                           ("jobs", 2, 3), ("billion", 1, 4)])
    crime = evidence_of([("police", 1, 2), ("trial", 2, 4), ("lawyer", 1, 4),
                         ("prosecutor", 2, 5), ("investigation", 1, 5), ("verdict", 2, 6)])
    diplomacy = evidence_of([("talks", 2, 1), ("summit", 2, 2), ("envoy", 2, 3), ("visit", 2, 4)])
    assert the_story_topic({"ECONOMY": economy, "CRIME": crime}, _enough, {}, "DIPLOMACY") \
        == "CRIME"
    assert the_story_topic({"ECONOMY": economy, "DIPLOMACY": diplomacy}, _enough, {},
                           "DIPLOMACY") == "ECONOMY"


def test_no_topic_without_the_evidence_or_with_lone_terms_only():
    thin = evidence_of([("revenue", 2, 1), ("company", 1, 2)])
    assert the_story_topic({"ECONOMY": thin}, _enough, {}, "DIPLOMACY") is None
    # Past the bars any theme needs, but short of a topic's weight: a sprinter's doping ban.
    ban = evidence_of([("ban", 1, 0), ("penalty", 1, 1), ("sanction", 2, 2), ("ban", 1, 3)])
    assert the_story_topic({"SANCTIONS": ban}, _enough, {}, "DIPLOMACY") is None
    rescue = evidence_of([("rescuers", 2, 1), ("survivors", 2, 2), ("emergency", 1, 3),
                          ("rescuers", 2, 4)])
    lone = {"HUMANITARIAN": frozenset({"rescuers", "survivors", "emergency"})}
    assert the_story_topic({"HUMANITARIAN": rescue}, _enough, lone, "DIPLOMACY") is None


def test_a_topic_runs_through_two_paragraphs():
    """A war named in one paragraph of a film-festival story is no topic of it."""
    one_paragraph = evidence_of([("war in Gaza", 3, 4), ("on the front", 2, 4), ("war", 2, 4)])
    assert the_story_topic({"ARMED_CONFLICT": one_paragraph}, _enough, {}, "DIPLOMACY") is None
    # The headline is no body paragraph.
    with_headline = evidence_of([("war in Gaza", 3, -1), ("on the front", 2, 4), ("war", 2, 4)])
    assert the_story_topic({"ARMED_CONFLICT": with_headline}, _enough, {}, "DIPLOMACY") is None
