"""A crowd counted and gathered is a strong PROTEST hit (theme_crowds.crowd_tokens), and a
one-paragraph demonstration told that way in a longer French story is a PROTEST theme.
Sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.theme_crowds import TERM, THEME, WEIGHT, crowd_tokens
from transforms.themes import score_themes


@pytest.mark.parametrize("text", [
    "Plusieurs centaines de commerçants se sont rassemblés mardi devant la préfecture.",
    "Le collectif a rassemblé samedi plusieurs milliers de personnes place de la Nation.",
    "Des centaines de lycéens ont marché jeudi dans les rues de Bamako.",
    "Quelque 3 000 agriculteurs ont défilé lundi dans le centre de Rabat.",
    "Des milliers de personnes sont descendues dans la rue dimanche à Antananarivo.",
    "Une foule de plusieurs milliers de personnes a manifesté devant le Parlement.",
])
def test_a_crowd_that_gathers_is_a_strong_protest_hit(nlp_fr, text):
    doc = nlp_fr(text)
    assert len(crowd_tokens(doc, "fr")) == 1
    assert term_weights(doc, "fr")[(THEME, TERM["fr"])] == WEIGHT


@pytest.mark.parametrize("text", [
    "Trois personnes ont manifesté devant la mairie.",
    "Des milliers de migrants ont marché vers la frontière.",
    "Des centaines de familles ont fui les combats.",
    "Le ministre a rassemblé ses conseillers à l'Elysée.",
    "Des centaines de personnes ont été évacuées après les inondations.",
])
def test_no_crowd_without_a_crowd_gathering(nlp_fr, text):
    assert crowd_tokens(nlp_fr(text), "fr") == []


def test_english_copy_is_left_to_its_words(nlp_en):
    assert crowd_tokens(nlp_en("Hundreds of supporters gathered outside the court."), "en") == []


_STORY = (
    "ABIDJAN (AFP) - Le tribunal correctionnel d'Abidjan a condamné mercredi le maire d'une "
    "commune du nord à trois ans de prison ferme pour détournement de fonds publics, au terme "
    "d'un procès de deux semaines.\n"
    "Selon le parquet, plus de deux millions d'euros destinés à la construction d'écoles ont "
    "disparu entre 2021 et 2024. L'élu, qui a toujours nié, va faire appel, a indiqué son avocat.\n"
    "Le juge a également prononcé une amende et l'inéligibilité de l'élu pendant cinq ans. Deux "
    "de ses adjoints ont été condamnés à des peines avec sursis.\n"
    "Plusieurs centaines de ses partisans se sont rassemblés dans la soirée devant le palais de "
    "justice du Plateau, dans le centre de la capitale économique, aux cris de « Libérez notre "
    "maire » et « Justice pour le nord ». Les gendarmes ont bouclé le quartier jusqu'à la nuit.\n"
    "L'affaire avait été révélée en 2023 par un rapport de la Cour des comptes, qui pointait "
    "des marchés attribués sans appel d'offres à des entreprises proches de la mairie.\n"
    "La Côte d'Ivoire a fait de la lutte contre la corruption l'une de ses priorités, avec la "
    "création d'une haute autorité chargée de la bonne gouvernance en 2013.\n"
)


def test_a_one_paragraph_rally_of_a_trial_story_is_a_protest_theme(nlp_fr):
    codes = {s.theme_code for s in score_themes(nlp_fr(_STORY), "fr")}
    assert {"CRIME", "PROTEST"} <= codes
