"""Theme threads told in words the taxonomy lacked, in new copy (s27, from the errors of the
sets written blind, dev26-dev29): assets frozen told with the verb, detention without trial,
opponents in prison, citizenship stripped, people poisoned by fumes. Sentences written for
these tests."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.themes import score_themes


def _weights(nlp, text, lang, code):
    return {term: weight for (theme, term), weight in term_weights(nlp(text), lang).items()
            if theme == code}


# Frozen assets told with the verb ("froze the assets of", "their assets were frozen") are as
# unambiguous as "asset freeze": a sanctions measure.
@pytest.mark.parametrize("text", [
    "The Treasury froze the assets of four shipping firms registered in Dubai.",
    "Their assets were frozen and they were barred from entering the country.",
])
def test_assets_frozen_told_with_the_verb_are_sanctions(text, nlp_en):
    assert max(_weights(nlp_en, text, "en", "SANCTIONS").values()) == 3


# Detention without trial, and opponents held in prison, are rights abuses named as such.
@pytest.mark.parametrize("lang, text, code, weight", [
    ("en", "The union leader has been held without trial for eleven months.", "HUMAN_RIGHTS", 3),
    ("en", "Two reporters were detained without charge after the rally.", "HUMAN_RIGHTS", 3),
    ("fr", "Le syndicaliste est détenu sans jugement depuis onze mois.", "HUMAN_RIGHTS", 3),
    ("fr", "Opposants en prison", "HUMAN_RIGHTS", 3),
    ("en", "The regime's opponents in prison were denied family visits.", "HUMAN_RIGHTS", 3),
    ("fr", "Le régime a déchu de leur nationalité une centaine d'opposants.", "HUMAN_RIGHTS", 2),
    ("fr", "Les experts jugent la déchéance de nationalité contraire au droit.", "HUMAN_RIGHTS", 2),
    ("en", "Forty exiled critics were stripped of their citizenship in June.", "HUMAN_RIGHTS", 2),
])
def test_rights_abuses_named_as_such(lang, text, code, weight, nlp_fr, nlp_en):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert max(_weights(nlp, text, lang, code).values()) == weight


# People poisoned by fumes and their breathing troubles are the health side of an accident.
@pytest.mark.parametrize("text", [
    "Une vingtaine d'ouvriers ont été intoxiqués par les fumées de l'usine.",
    "Des enfants souffrent de difficultés respiratoires depuis l'incendie.",
    "Les médecins signalent une hausse des crises d'asthme dans le quartier.",
])
def test_poisoning_and_breathing_troubles_are_health(text, nlp_fr):
    assert max(_weights(nlp_fr, text, "fr", "HEALTH").values()) == 2


_SANCTIONS_STORY = (
    "LONDON, March 3 (Vigie) - Britain on Tuesday imposed travel bans on a Laotian provincial "
    "governor and two casino owners over compounds where trafficked workers are made to run "
    "online frauds, and froze the assets of three companies linked to them.\n\n"
    "The Foreign Office said the three men had shielded the compounds for years. Their assets "
    "in Britain were frozen with immediate effect, and British banks were told to report any "
    "dealings with them.\n\n"
    "Laos's foreign ministry called the decision unfounded and said it would respond through "
    "diplomatic channels.\n\n"
    "Rights groups say tens of thousands of people are held in such compounds across the region. "
    "Police in Thailand freed 300 workers from one of them last month, many of whom said they had "
    "been beaten.\n\n"
    "British officials said more names could be added in the coming weeks, and that the United "
    "States and Australia had been told of the move.")


def test_a_story_of_frozen_assets_is_a_sanctions_story(nlp_en):
    codes = {s.theme_code for s in score_themes(nlp_en(_SANCTIONS_STORY), "en",
                                                 title="Britain bars Laotian governor, "
                                                       "freezes assets over scam compounds")}
    assert "SANCTIONS" in codes


_NATIONALITY_STORY = (
    "MANAGUA, 4 mai (Vigie) - Le gouvernement nicaraguayen a déchu de leur nationalité 94 "
    "opposants, journalistes et prêtres vivant en exil, a annoncé mardi la Cour suprême, dans "
    "une nouvelle vague de mesures contre ses critiques.\n\n"
    "Parmi eux figurent deux anciens candidats à la présidentielle, qui avaient été libérés de "
    "prison et expulsés vers l'Espagne l'an dernier. Leurs biens au Nicaragua ont été confisqués.\n\n"
    "Un groupe d'experts de l'ONU sur les droits humains a dénoncé une déchéance de nationalité "
    "« contraire au droit international », qui laisse des dizaines de personnes apatrides.\n\n"
    "Le gouvernement accuse les opposants de trahison et d'avoir soutenu des sanctions "
    "étrangères contre le pays.\n\n"
    "Plusieurs centaines de Nicaraguayens ont déjà perdu leur nationalité depuis 2023, selon "
    "des organisations de défense des droits.")


def test_a_story_of_opponents_stripped_of_nationality_is_a_rights_story(nlp_fr):
    codes = {s.theme_code for s in score_themes(nlp_fr(_NATIONALITY_STORY), "fr",
                                                 title="Nicaragua : 94 opposants déchus de "
                                                       "leur nationalité")}
    assert "HUMAN_RIGHTS" in codes


# The police dispersing a gathering named by a pronoun: no crowd to make the strong phrase.
@pytest.mark.parametrize("lang, text, term", [
    ("fr", "Les policiers les ont dispersés à coups de matraque devant la mairie.", "disperser"),
    ("en", "Police dispersed them with water cannon outside the ministry.", "disperse"),
])
def test_the_police_dispersing_them_is_protest(lang, text, term, nlp_fr, nlp_en):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert _weights(nlp, text, lang, "PROTEST").get(term) == 2
