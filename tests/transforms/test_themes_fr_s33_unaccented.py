"""French copy written without its accents (machine-translated feeds), and French terms told
with another possessive or article than the taxonomy's (theme_terms.py). Sentences written
for these tests."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.theme_terms import unaccented_copy

# A stretch of copy without accents, long enough to be known as such (theme_terms.UNACCENTED_SHARE).
_PLAIN = ("Le conseil municipal de la ville portuaire a vote jeudi soir le budget de l'annee "
          "prochaine apres une longue seance marquee par des echanges vifs entre la majorite "
          "et les elus de l'opposition, qui reclamaient davantage de moyens pour les ecoles et "
          "les transports publics de la region. ")


def test_copy_without_accents_is_known_by_its_letters():
    assert unaccented_copy(_PLAIN * 2)
    assert not unaccented_copy("Le conseil municipal a voté jeudi le budget de l'année prochaine "
                               "après une séance marquée par des échanges vifs entre la majorité "
                               "et les élus de l'opposition, qui réclamaient des moyens. " * 2)
    assert not unaccented_copy("Trois soldats ont ete tues.")  # too short to tell


@pytest.mark.parametrize("sentence, code, term", [
    ("Quatre policiers ont ete tues mardi soir dans une embuscade.", "ARMED_CONFLICT", "tuer"),
    ("Les deux ministres ont finalement negocie un compromis sur la peche.", "DIPLOMACY",
     "négocier"),
    ("Plus de 2 000 riverains ont ete evacues avant la montee des eaux.", "HUMANITARIAN", "évacuer"),
    ("Le porte-parole de l'armee a dementi toute implication dans l'incident.", "DISINFORMATION",
     "démentir"),
    ("Des hommes armes ont pris d'assaut le poste de douane.", "ARMED_CONFLICT", "hommes armés"),
    ("Washington a leve jeudi les sanctions contre la compagnie aerienne.", "SANCTIONS",
     "lever les sanctions"),
    ("Les familles ont du quitter leurs maisons inondees.", "MIGRATION", "quitter leur maison"),
    # a word in its own right without the accent, a participle after its auxiliary
    ("Le commercant a porte plainte contre son ancien associe.", "CRIME", "porter plainte"),
    ("Ottawa a ferme l'ambassade apres l'expulsion de son consul.", "DIPLOMACY",
     "fermer l'ambassade"),
    # ...and its masculine accented twin after a masculine determiner
    ("Le marche des changes a salue la decision de la banque.", "ECONOMY", "marché"),
    ("Les deux pays ont signe un traite d'amitie.", "DIPLOMACY", "traité"),
])
def test_a_term_told_without_accents(nlp_fr, sentence, code, term):
    weights = term_weights(nlp_fr(_PLAIN + sentence + " " + _PLAIN), "fr")
    assert (code, term) in weights


@pytest.mark.parametrize("sentence, code, term", [
    ("Les nouvelles taxes sur le carburant entrent en vigueur lundi.", "TRADE", "taxer"),
    ("Il pourra voyager dans n'importe quel pays de l'Union.", "TRADE", "importer"),
    ("La porte de la mairie est restee fermee toute la journee.", "CRIME", "porter plainte"),
    ("Une marche pour le climat a traverse la ville samedi.", "ECONOMY", "marché"),
])
def test_a_noun_without_accents_is_no_verb(nlp_fr, sentence, code, term):
    weights = term_weights(nlp_fr(_PLAIN + sentence + " " + _PLAIN), "fr")
    assert (code, term) not in weights


@pytest.mark.parametrize("text, code, term", [
    ("Des milliers de familles ont été chassées de chez elles par les combats.", "MIGRATION",
     "chasser de chez eux"),
    ("Un éleveur a dû fuir sa maison avant l'arrivée des miliciens.", "MIGRATION",
     "fuir leur maison"),
    ("Les deux capitales ont rappelé leurs ambassadeurs pour consultations.", "DIPLOMACY",
     "rappeler son ambassadeur"),
    ("La commission doit fixer le tracé de leur frontière commune.", "TERRITORIAL_DISPUTE",
     "tracé de la frontière"),
    ("Thousands were driven from their homes by the floods.", "MIGRATION",
     "driven from their homes"),
])
def test_a_term_told_with_another_possessive(nlp_fr, nlp_en, text, code, term):
    lang = "fr" if code != "MIGRATION" or "driven" not in text else "en"
    weights = term_weights((nlp_fr if lang == "fr" else nlp_en)(text), lang)
    assert (code, term) in weights


def test_an_article_is_no_pronoun(nlp_fr):
    # "chez eux" and "chez elles" are one; "la" is no "eux"
    weights = term_weights(nlp_fr("Ils ont été chassés de chez la voisine."), "fr")
    assert ("MIGRATION", "chasser de chez eux") not in weights
