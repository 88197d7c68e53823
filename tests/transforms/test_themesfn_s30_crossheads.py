"""A crosshead names the thread of the paragraphs under it (transforms/theme_crossheads.py):
a theme named in a crosshead and told in its section with specific words of two word
families is a thread of the story, however thinly the section spreads it. Stories written
for these tests."""
import pytest

from tests.transforms.evidence import evidence_of
from transforms.theme_crossheads import crosshead_sections, told_under_a_crosshead
from transforms.theme_layout import caption_tokens, paragraph_index, word_flags
from transforms.themes import _families, score_themes

# A hydropower story with a section on the farmers who marched against it.
DAM_STORY_EN = (
    "LUSAKA (Vigie) - Zambia's government signed a 30-year agreement on Tuesday with a "
    'Canadian company to build a hydropower station on the Kafue river, the largest energy '
    'project in the country since the 1970s, officials said.\n'
    '\n'
    'The 750-megawatt plant is to supply electricity to the copper mines of the north and to '
    'ease power cuts that have left homes without light for up to twelve hours a day during '
    'the drought. The company will finance the dam and sell its power to the state utility '
    'for 25 years.\n'
    '\n'
    'Energy Minister Makozo Chikote said the first turbines should turn in 2030. He told '
    'reporters the contract would also build a transmission line to the border with Tanzania,'
    ' so that the surplus could be sold to neighbours.\n'
    '\n'
    'Zambia draws almost all of its electricity from hydropower, and the drought that emptied'
    " the Kariba reservoir last year cut output at the country's largest power station by two"
    ' thirds. The government has since signed deals for solar farms and a coal-fired plant, '
    'and imports power from Mozambique at high cost.\n'
    '\n'
    'Anger in Itezhi\n'
    '\n'
    'In the town of Itezhi, where the reservoir will flood farmland, the news was not '
    'welcomed. Hundreds of farmers marched to the district office on Wednesday morning to '
    'demand new land before any relocation. Several shops stayed closed.\n'
    '\n'
    '"They drew the lake on a map without asking us where our cattle drink," said Mary Banda,'
    ' a farmer whose family has grazed the valley for three generations. Police fired tear '
    'gas when some of the crowd refused to leave. A local pastor said the town had not seen '
    'such scenes in decades.\n'
    '\n'
    'District commissioner Peter Mwale said the farmers would be offered plots of the same '
    'size on the other side of the valley. He promised a meeting with the company next week.\n'
    '\n'
    "The utility's debts stood at about $1.4 billion at the end of last year, according to "
    'the finance ministry, and the International Monetary Fund has asked Lusaka to raise '
    'tariffs before it releases the next part of a loan.\n'
)
# A solar-plant story with a section on the fishermen who protested against it.
SOLAR_STORY_FR = (
    'DAKAR (Vigie) - Le Sénégal a inauguré jeudi la première centrale solaire flottante '
    "d'Afrique de l'Ouest sur le lac de Guiers, un projet de 60 mégawatts qui doit fournir de"
    " l'électricité à près de 200 000 foyers, a annoncé le ministère de l'Energie.\n"
    '\n'
    'La centrale, financée par une banque de développement européenne, alimentera le réseau '
    'électrique national dès le mois prochain. Elle doit réduire la part du fioul lourd dans '
    "la production d'électricité, qui dépasse encore 40 %, et limiter les délestages qui "
    'frappent la capitale en saison chaude.\n'
    '\n'
    "Le ministre de l'Energie a indiqué que deux autres centrales solaires et un parc éolien "
    "étaient à l'étude dans le nord du pays. Le Sénégal, devenu producteur de gaz et de "
    "pétrole l'an dernier, veut porter la part des énergies renouvelables à 40 % d'ici 2030.\n"
    '\n'
    'La colère des pêcheurs\n'
    '\n'
    "Sur les rives du lac, l'inauguration a été accueillie avec méfiance. Plusieurs centaines"
    ' de pêcheurs ont manifesté mercredi devant la sous-préfecture de Richard-Toll pour '
    "réclamer l'accès aux zones couvertes par les panneaux. Les commerces du quartier sont "
    'restés fermés.\n'
    '\n'
    '« On nous a pris la moitié du lac sans rien nous demander », a déclaré Moussa Diop, un '
    'pêcheur de 52 ans. Les gendarmes ont fait usage de gaz lacrymogène lorsque des jeunes '
    "ont refusé de quitter la route. Le sous-préfet a promis une réunion avec l'exploitant la"
    ' semaine prochaine.\n'
    '\n'
    'Le préfet de la région a assuré que les pêcheurs recevraient de nouvelles autorisations '
    "pour les zones restées libres. Selon lui, la centrale n'occupe que 3 % de la surface du "
    'lac.\n'
    '\n'
    "La société nationale d'électricité affiche des pertes de plus de 100 milliards de francs"
    ' CFA, selon le ministère des Finances, et le Fonds monétaire international a demandé une'
    " hausse des tarifs avant le versement de la prochaine tranche d'un prêt.\n"
)


def _themes(nlp, text, lang):
    return {s.theme_code for s in score_themes(nlp(text), lang)}


def _without_line(text, line):
    return text.replace(line + "\n\n", "")


@pytest.mark.parametrize("story, crosshead, lang", [
    (DAM_STORY_EN, "Anger in Itezhi", "en"),
    (SOLAR_STORY_FR, "La colère des pêcheurs", "fr"),
])
def test_a_theme_named_by_a_crosshead_and_told_under_it_is_kept(story, crosshead, lang,
                                                                nlp_en, nlp_fr):
    nlp = nlp_en if lang == "en" else nlp_fr
    assert "PROTEST" in _themes(nlp, story, lang)
    # The same paragraphs without their crosshead: a march and tear gas told in one short
    # sentence each, among other lines, in a story about power.
    assert "PROTEST" not in _themes(nlp, _without_line(story, crosshead), lang)


def test_crossheads_and_their_sections(nlp_en):
    text = ("The government signed the deal on Monday. Officials were pleased.\n\n"
            "A long dispute\n\n"
            "The company had fought the state in court since 2023.\n\n"
            "It lost twice.\n\n"
            "Photo: the mine in 2024\n\n"
            "What comes next\n\n"
            "Analysts expect more contracts this year.\n")
    doc = nlp_en(text)
    paragraph_of = paragraph_index(doc)
    sections = crosshead_sections(doc, paragraph_of, word_flags(doc), caption_tokens(doc))
    # "It lost twice." ends a sentence and the photo caption is a caption: no crossheads.
    assert sections == {1: [2, 3, 4], 5: [6]}


def test_the_lead_is_no_crosshead(nlp_fr):
    text = ("Accord signé\n\nLe gouvernement a signé l'accord lundi.\n\n"
            "Les syndicats ont salué la décision.\n")
    doc = nlp_fr(text)
    assert crosshead_sections(doc, paragraph_index(doc), word_flags(doc)) == {}


def test_a_crosshead_word_needs_two_word_families_of_its_theme_under_it():
    sections = {3: [4, 5], 6: [7]}
    told = evidence_of([("anger", 1, 3), ("marched", 2, 4), ("tear gas", 3, 5)])
    assert told_under_a_crosshead(told, sections, _families)
    # One family in the section ("protest" and "protesters").
    one_family = evidence_of([("anger", 1, 3), ("protest", 2, 4), ("protesters", 3, 5)])
    assert not told_under_a_crosshead(one_family, sections, _families)
    # Told under another crosshead than the one that names it.
    elsewhere = evidence_of([("anger", 1, 6), ("marched", 2, 4), ("tear gas", 3, 5)])
    assert not told_under_a_crosshead(elsewhere, sections, _families)
    # The closing line of background is no part of the section.
    closing = evidence_of([("anger", 1, 6), ("marched", 2, 7), ("tear gas", 3, 7)])
    assert told_under_a_crosshead(closing, sections, _families)
    assert not told_under_a_crosshead(closing, sections, _families, closing_line=7)


def test_a_crosshead_in_a_specific_word_titles_its_section():
    """"Les glaciers fondent" over a paragraph on glaciers, drought and the climate emergency:
    the section's words need the evidence bars without their length-scaled part."""
    from transforms.theme_crossheads import TITLED_HEAD_WEIGHT
    sections = {9: [10, 11]}
    titled = evidence_of([("glacier", 2, 9), ("glacier", 2, 10), ("sécheresse", 2, 10),
                          ("urgence climatique", 3, 10)])
    assert told_under_a_crosshead(titled, sections, _families, None, TITLED_HEAD_WEIGHT)
    # 9 of the 9.6 an 870-word story's theme needs; enough under its crosshead.
    assert not titled.is_enough(score=1.0, words=870)
    assert titled.is_enough(score=1.0, words=870, titled=True)
    # A weak crosshead word ("Opposition at the lake") titles nothing.
    weak = evidence_of([("opposition", 1, 9), ("referendum", 2, 10), ("voter", 2, 11)])
    assert told_under_a_crosshead(weak, sections, _families)
    assert not told_under_a_crosshead(weak, sections, _families, None, TITLED_HEAD_WEIGHT)
