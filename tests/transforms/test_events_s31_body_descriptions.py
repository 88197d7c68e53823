"""A definite description of a body ("the court", "la commission") is the body the story
named with that word, even paragraphs back when the story named only one; a body that owns
what was acted on ("the bank's board", "la décision de la commission") is the target.
Counted on new copy (dev36, dev37) and in older sets: twelve targets lost, in ten stories."""
from datetime import date

from tests.transforms.mentions import coded_with_found_actors

PUBLISHED = date(2026, 11, 27)

# Paragraphs that name no body, to put the first mention far back (more than 200 tokens).
_FILLER_EN = (
    "Farmers in the valley said the harvest had been poor for a third year running, and "
    "many families have sent their sons to work in the cities. Prices of bread and fuel "
    "rose again last month, and queues formed outside petrol stations in several towns. "
    "Shopkeepers said customers were buying less and asking for credit more often. Schools "
    "reopened after the holidays with fewer teachers than last year, and some classes were "
    "merged because too few pupils had enrolled. Doctors said clinics were short of "
    "medicines for children and the elderly.\n\n") * 3

_FILLER_FR = (
    "Dans la vallée, les agriculteurs disent que la récolte est mauvaise pour la troisième "
    "année consécutive, et de nombreuses familles ont envoyé leurs fils travailler en ville. "
    "Les prix du pain et du carburant ont encore augmenté le mois dernier, et des files "
    "d'attente se sont formées devant les stations-service de plusieurs villes. Les "
    "commerçants disent que les clients achètent moins et demandent plus souvent du crédit. "
    "Les écoles ont rouvert après les vacances avec moins d'enseignants que l'an dernier, "
    "et certaines classes ont été fusionnées faute d'élèves.\n\n") * 3


def _coded(nlp, lang, text):
    return coded_with_found_actors(nlp, lang, text, PUBLISHED)


def test_the_court_named_in_the_lead_is_the_one_accused_paragraphs_later(nlp_en):
    text = ("The European Court of Human Rights ruled on Tuesday that Azerbaijan had "
            "violated the rights of a jailed journalist.\n\n" + _FILLER_EN +
            "Government spokesman Elnur Mammadov accused the court of meddling in the "
            "country's judiciary.")
    coded = _coded(nlp_en, "en", text)
    assert ("ACCUSE", "Elnur Mammadov", "European Court of Human Rights") in coded, coded


def test_la_commission_named_in_the_lead_is_the_one_accused_paragraphs_later(nlp_fr):
    text = ("La Commission électorale nationale indépendante a proclamé lundi les résultats "
            "provisoires de la présidentielle.\n\n" + _FILLER_FR +
            "Le chef de l'opposition Paul Mbarga a accusé la commission de fraude.")
    coded = _coded(nlp_fr, "fr", text)
    assert any(event[0] == "ACCUSE" and event[1] == "Paul Mbarga" and event[2]
               for event in coded), coded


def test_two_courts_named_long_before_leave_the_court_unresolved(nlp_en):
    text = ("The Supreme Court upheld the ban on Monday, and the Constitutional Court is due "
            "to hear a second appeal.\n\n" + _FILLER_EN +
            "Opposition leader Maria Lopez accused the court of bowing to the government.")
    coded = _coded(nlp_en, "en", text)
    assert ("ACCUSE", "Maria Lopez", None) in coded, coded


def test_the_body_that_owns_the_object_is_the_target(nlp_en):
    text = ("Colombia's central bank, the Banco de la República, raised its main rate on "
            "Friday. President Gustavo Petro accused the bank's board of choking growth.")
    coded = _coded(nlp_en, "en", text)
    assert ("ACCUSE", "Gustavo Petro", "Central Bank of Colombia") in coded, coded


def test_la_decision_de_la_commission_names_the_commission(nlp_fr):
    text = ("La Commission électorale nationale indépendante a publié lundi les résultats. "
            "Le candidat Paul Mbarga a rejeté mardi la décision de la commission.")
    coded = _coded(nlp_fr, "fr", text)
    assert any(event[0] == "REJECT" and event[1] == "Paul Mbarga" and event[2]
               for event in coded), coded


def test_the_forum_is_the_forum_named_before(nlp_en):
    text = ("Leaders of the Pacific Islands Forum met in Palau on Thursday. Beijing "
            "criticised the forum for inviting a Taiwanese delegation.")
    coded = _coded(nlp_en, "en", text)
    assert ("ACCUSE", "China", "Pacific Islands Forum") in coded, coded


def test_a_group_named_after_a_countrys_possessive_is_the_one_acting(nlp_en):
    coded = _coded(nlp_en, "en", "Yemen's Houthi movement on Tuesday freed three Danish "
                                 "sailors it had held since March.")
    assert any(event[0] == "CONCEDE" and event[1] == "Houthis" for event in coded), coded
    assert not any(event[1] == "Yemen" for event in coded), coded
