"""Asides: a short sentence set apart by a topic-shift adverbial ("Separately, ...", "Par
ailleurs, ...", "X a par ailleurs ...") tells other news; its words count for no theme but
DIPLOMACY (transforms/theme_asides.py). Sentences and stories written for these tests."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.theme_asides import aside_sentences
from transforms.theme_layout import _sentences
from transforms.themes import score_themes, theme_evidence


def _asides(nlp, text, lang):
    doc = nlp(text)
    return aside_sentences(doc, lang, _sentences(doc)[1])


@pytest.mark.parametrize("text", [
    "Separately, the central bank kept its key rate at 5% on Thursday.",
    "Elsewhere, the weather service warned of flash floods in the north.",
    "In a separate development, customs officers seized two tonnes of cocaine at the port.",
    "In other news, the national airline said it would buy six new aircraft.",
])
def test_an_english_sentence_opening_on_a_topic_shift_is_an_aside(text, nlp_en):
    assert _asides(nlp_en, text, "en") == {0}


@pytest.mark.parametrize("text", [
    "Par ailleurs, la banque centrale a maintenu jeudi son taux directeur.",
    "La banque centrale a par ailleurs maintenu jeudi son taux directeur à 5 %.",
    "Ailleurs dans le pays, des pluies torrentielles ont coupé plusieurs routes.",
    "Dans un autre registre, la compagnie nationale a commandé six avions.",
])
def test_a_french_sentence_marked_as_other_news_is_an_aside(text, nlp_fr):
    assert _asides(nlp_fr, text, "fr") == {0}


@pytest.mark.parametrize("text, lang", [
    ("The minister met both unions separately on Tuesday.", "en"),
    ("The central bank kept its key rate at 5% on Thursday.", "en"),
    ("D'ailleurs, la banque centrale a maintenu son taux directeur.", "fr"),
    ("La banque centrale a maintenu jeudi son taux directeur à 5 %.", "fr"),
])
def test_a_sentence_without_a_topic_shift_opener_is_no_aside(text, lang, nlp_en, nlp_fr):
    nlp = nlp_en if lang == "en" else nlp_fr
    assert _asides(nlp, text, lang) == set()


def test_a_long_sentence_marked_par_ailleurs_tells_a_thread_of_its_own(nlp_fr):
    text = ("Le gouvernement a par ailleurs obtenu la semaine dernière du Fonds monétaire "
            "international un prêt de deux milliards de dollars destiné à soutenir la monnaie, "
            "en échange d'une réduction du déficit budgétaire et de la fin des subventions aux "
            "carburants d'ici à la fin de l'année prochaine.")
    assert _asides(nlp_fr, text, "fr") == set()
    assert ("ECONOMY", "déficit budgétaire") in term_weights(nlp_fr(text), "fr")


def test_an_aside_counts_for_no_theme(nlp_en, nlp_fr):
    english = "Separately, the central bank kept its benchmark interest rate at 5% on Thursday."
    french = "Par ailleurs, la banque centrale a maintenu jeudi son taux directeur à 5 %."
    assert not [key for key in term_weights(nlp_en(english), "en") if key[0] == "ECONOMY"]
    assert not [key for key in term_weights(nlp_fr(french), "fr") if key[0] == "ECONOMY"]


@pytest.mark.parametrize("text, lang", [
    ("Separately, the two foreign ministers held talks in Geneva on Friday.", "en"),
    ("Par ailleurs, les deux ministres des Affaires étrangères ont tenu des pourparlers.", "fr"),
])
def test_an_aside_still_tells_diplomacy(text, lang, nlp_en, nlp_fr):
    nlp = nlp_en if lang == "en" else nlp_fr
    assert [key for key in term_weights(nlp(text), lang) if key[0] == "DIPLOMACY"]


@pytest.mark.parametrize("text, lang", [
    ("Separately, the government said the asset freeze on two banks would stay.", "en"),
    ("Par ailleurs, le gouvernement a indiqué que le gel des avoirs de deux banques resterait.",
     "fr"),
])
def test_a_line_on_the_headlines_news_is_no_aside(text, lang, nlp_en, nlp_fr):
    doc = (nlp_en if lang == "en" else nlp_fr)(text)
    assert "SANCTIONS" not in theme_evidence(doc, lang)
    assert "SANCTIONS" in theme_evidence(doc, lang, headline_themes=frozenset({"SANCTIONS"}))


_PORT_STRIKE_EN = (
    "LAGOS (Vigie) - Dock workers at Nigeria's two largest ports walked off the job on Monday, "
    "leaving dozens of container ships waiting at anchor off Lagos and halting the unloading of "
    "fuel and grain, port officials said.\n\n"
    "The Maritime Workers Union called the strike after talks with terminal operators on a new "
    "wage deal broke down last week. Union leader Adewale Adeyanju said members would stay out "
    "until operators raised pay by a third and hired more permanent staff.\n\n"
    "Shipping lines said delays at Apapa and Tin Can Island were already adding a week to "
    "delivery times, and importers warned of shortages of spare parts and medicines if the "
    "stoppage lasted. Freight forwarders said container rates into Lagos had jumped 20% since "
    "the weekend.\n\n"
    "The labour ministry invited both sides to a meeting on Wednesday. Terminal operators said "
    "they had offered a 15% rise, which the union rejected as too little after two years of "
    "high inflation.\n\n"
    "Traders at the Apapa market said the price of rice had already gone up.\n\n"
    "{closing}")

_PORT_STRIKE_FR = (
    "DAKAR (Vigie) - Les dockers du port autonome de Dakar ont cessé le travail lundi, laissant "
    "une vingtaine de navires en rade et bloquant le déchargement de carburant et de riz, selon "
    "la direction du port.\n\n"
    "Le syndicat des travailleurs portuaires a appelé à la grève après l'échec la semaine "
    "dernière des négociations avec les opérateurs de terminaux sur une nouvelle convention "
    "salariale. Son secrétaire général, Mamadou Ndiaye, a assuré que les dockers ne "
    "reprendraient pas le travail avant une hausse d'un tiers des salaires.\n\n"
    "Les compagnies maritimes ont indiqué que les retards ajoutaient déjà une semaine aux délais "
    "de livraison, et les importateurs redoutent des pénuries de pièces détachées et de "
    "médicaments si l'arrêt de travail se prolonge. Les taux de fret vers Dakar ont bondi de "
    "20 % depuis le week-end.\n\n"
    "Le ministère du Travail a convoqué les deux parties mercredi. Les opérateurs disent avoir "
    "proposé une hausse de 15 %, que le syndicat juge insuffisante après deux années de forte "
    "inflation.\n\n"
    "Sur le marché de Sandaga, les commerçants disent que le prix du riz a déjà augmenté.\n\n"
    "{closing}")


@pytest.mark.parametrize("story, lang, aside, plain", [
    (_PORT_STRIKE_EN, "en",
     "Separately, the central bank raised its benchmark interest rate by 50 basis points on "
     "Tuesday.",
     "The central bank raised its benchmark interest rate by 50 basis points on Tuesday."),
    (_PORT_STRIKE_FR, "fr",
     "Par ailleurs, la banque centrale a relevé mardi son taux directeur d'un demi-point.",
     "La banque centrale a relevé mardi son taux directeur d'un demi-point."),
    (_PORT_STRIKE_FR, "fr",
     "La banque centrale a par ailleurs relevé mardi son taux directeur d'un demi-point.",
     "La banque centrale a relevé mardi son taux directeur d'un demi-point."),
])
def test_a_central_bank_aside_makes_no_economy_story(story, lang, aside, plain, nlp_en, nlp_fr):
    nlp = nlp_en if lang == "en" else nlp_fr
    told = {s.theme_code for s in score_themes(nlp(story.format(closing=plain)), lang)}
    aside_told = {s.theme_code for s in score_themes(nlp(story.format(closing=aside)), lang)}
    assert "ECONOMY" in told  # the same line, told as news of the story
    assert "ECONOMY" not in aside_told
    assert "SUPPLY_CHAIN" in aside_told  # the story's own thread stays
