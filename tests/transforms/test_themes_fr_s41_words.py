"""French theme words and senses of the s41 round: courts that judge no offence, police who
protest, the African Union's force, joint statements (sentences written for these tests)."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.themes import score_themes


def _themes(nlp, text: str) -> set[str]:
    return {s.theme_code for s in score_themes(nlp(text), "fr")}


_PERMIT_RULING = (
    "La cour d'appel de Nantes a annulé jeudi le permis de construire d'un entrepôt géant, "
    "donnant raison aux riverains. Les juges ont estimé que l'étude d'impact était incomplète. "
    "Le promoteur peut encore se tourner vers le Conseil d'Etat, a indiqué son avocat. "
    "Le tribunal avait déjà suspendu les travaux au printemps.")


def test_a_court_of_appeal_and_its_judges_alone_are_no_crime_story(nlp_fr):
    assert "CRIME" not in _themes(nlp_fr, _PERMIT_RULING)


def test_the_same_court_with_an_offence_is_one(nlp_fr):
    offence = (" Le promoteur est aussi poursuivi pour corruption et trafic d'influence, et "
               "le parquet a requis deux ans de prison ferme contre lui.")
    assert "CRIME" in _themes(nlp_fr, _PERMIT_RULING + offence)


@pytest.mark.parametrize("text", [
    "Le tribunal administratif a suspendu l'arrêté du préfet.",
    "La cour administrative d'appel a confirmé l'annulation du permis.",
])
def test_administrative_courts_judge_no_offence(nlp_fr, text):
    weights = term_weights(nlp_fr(text), "fr")
    assert not any(code == "CRIME" for code, _ in weights)


@pytest.mark.parametrize("text, term, weight", [
    ("Des policiers mutinés ont occupé deux commissariats.", "policiers mutinés", 2),
    ("Les mutineries policières se sont multipliées cette année.", "mutinerie policière", 2),
    ("Les agents ont barricadé l'entrée de la caserne avec des pneus.", "barricader", 2),
    ("Les douaniers ont entamé une grève du zèle aux postes-frontières.", "grève du zèle", 3),
    ("Le syndicat porte des revendications salariales depuis deux ans.", "revendications salariales", 2),
])
def test_police_protest_words_are_protest(nlp_fr, text, term, weight):
    assert term_weights(nlp_fr(text), "fr").get(("PROTEST", term)) == weight


def test_a_police_mutiny_is_no_army_mutiny(nlp_fr):
    weights = term_weights(nlp_fr("Des policiers mutinés ont occupé deux commissariats."), "fr")
    assert ("MILITARY", "mutinerie") not in weights
    army = term_weights(nlp_fr("Une mutinerie a éclaté dans un régiment de la garnison."), "fr")
    assert army.get(("MILITARY", "mutinerie")) == 2


@pytest.mark.parametrize("text, code, term, weight", [
    ("Le quartier général de la force de l'Union africaine a été visé.", "SECURITY_COOPERATION",
     "force de l'Union africaine", 2),
    ("Les soldats burundais de l'AUSSOM quittent la région.", "SECURITY_COOPERATION", "AUSSOM", 3),
    ("Dans un communiqué conjoint, les deux gouvernements saluent l'accord.", "DIPLOMACY",
     "communiqué conjoint", 3),
    ("Les deux pays ont signé une déclaration conjointe sur la pêche.", "DIPLOMACY",
     "déclaration conjointe", 3),
    ("L'entente sur les tiers pays sûrs renvoie les demandeurs vers les Etats-Unis.", "MIGRATION",
     "tiers pays sûr", 3),
])
def test_institutions_and_acts_between_states(nlp_fr, text, code, term, weight):
    assert term_weights(nlp_fr(text), "fr").get((code, term)) == weight


@pytest.mark.parametrize("text, code, term, weight", [
    # freedoms named, detention without charge, the torturer, a roundup
    ("Le texte restreint les libertés individuelles au nom de la sécurité.", "HUMAN_RIGHTS",
     "libertés individuelles", 3),
    ("Il est maintenu en détention administrative depuis huit mois.", "HUMAN_RIGHTS",
     "détention administrative", 3),
    ("La défenseure des droits a saisi le procureur.", "HUMAN_RIGHTS", "défenseure des droits", 3),
    ("Les victimes ont reconnu leur tortionnaire au procès.", "HUMAN_RIGHTS", "tortionnaire", 2),
    ("Les ONG dénoncent l'impunité des forces de sécurité.", "HUMAN_RIGHTS", "impunité", 1),
    # relief agencies and what people lack
    ("Handicap International a suspendu ses activités dans la province.", "HUMANITARIAN",
     "Handicap International", 3),
    ("L'ONU réclame l'ouverture d'un couloir humanitaire vers la ville.", "HUMANITARIAN",
     "couloir humanitaire", 3),
    ("Les familles manquent d'articles de première nécessité.", "HUMANITARIAN",
     "articles de première nécessité", 2),
    # forces and missions several states make up
    ("La mission EUTM forme des bataillons maliens depuis 2013.", "SECURITY_COOPERATION", "EUTM", 3),
    ("La force conjointe du G5 Sahel manque de moyens.", "SECURITY_COOPERATION",
     "force conjointe du G5 Sahel", 3),
    ("Les deux pays renforcent leur coopération antiterroriste.", "SECURITY_COOPERATION",
     "coopération antiterroriste", 3),
    # two states meeting or warming to each other
    ("Le sommet bilatéral s'est tenu à Ankara.", "DIPLOMACY", "sommet bilatéral", 3),
    ("Le dégel des relations entre les deux capitales se confirme.", "DIPLOMACY",
     "dégel des relations", 3),
    # farm chemicals and what they kill
    ("Le glyphosate reste autorisé pour dix ans.", "CLIMATE", "glyphosate", 2),
    ("Cet herbicide est accusé de tuer les insectes pollinisateurs.", "CLIMATE", "herbicide", 2),
])
def test_sweep_words(nlp_fr, text, code, term, weight):
    assert term_weights(nlp_fr(text), "fr").get((code, term)) == weight


@pytest.mark.parametrize("text, code, term, weight", [
    ("Des colons israéliens ont incendié trois maisons du village.", "ARMED_CONFLICT",
     "colons israéliens", 2),
    ("Les attaques de colons se multiplient pendant la récolte.", "ARMED_CONFLICT",
     "attaques de colons", 2),
    ("Les familles parlent d'un faux affrontement monté par la police.", "HUMAN_RIGHTS",
     "faux affrontement", 2),
    ("Deux enfants ont été soignés pour hypothermie à l'arrivée du canot.", "HUMANITARIAN",
     "hypothermie", 2),
    ("Un sans-abri est mort de froid sous un pont.", "HUMANITARIAN", "mort de froid", 2),
])
def test_settlers_fake_encounters_and_the_cold(nlp_fr, text, code, term, weight):
    assert term_weights(nlp_fr(text), "fr").get((code, term)) == weight
