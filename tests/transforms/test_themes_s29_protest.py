"""A protest told as a paragraph of another story: the words any crowd's story uses (stones
thrown, tyres set on fire, a highway blocked, a strike named by its workplace) and the French
reflexive verbs told in the past ("se sont rassemblés"). Sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.themes import score_themes


def _terms(nlp, text, lang, code):
    return {term for (found, term) in term_weights(nlp(text), lang) if found == code}


@pytest.mark.parametrize("text, term", [
    ("Plusieurs centaines d'agriculteurs se sont rassemblés mardi devant la préfecture.",
     "se rassembler"),
    ("Les contrôleurs aériens se sont mis en grève dès lundi matin.", "se mettre en grève"),
    ("Les ouvriers de la raffinerie s'étaient mis en grève la semaine dernière.",
     "se mettre en grève"),
])
def test_a_french_reflexive_verb_in_the_past_is_its_term(text, term, nlp_fr):
    assert term in _terms(nlp_fr, text, "fr", "PROTEST")


def test_a_reflexive_verb_in_the_past_tells_the_displaced_too(nlp_fr):
    text = "Des centaines de familles se sont réfugiées dans l'église du village."
    assert "se réfugier" in _terms(nlp_fr, text, "fr", "MIGRATION")


def test_an_auxiliary_is_stepped_over_only_after_a_reflexive_pronoun(nlp_fr):
    text = "Les enquêteurs ont rassemblé des preuves pendant trois mois."
    assert "se rassembler" not in _terms(nlp_fr, text, "fr", "PROTEST")


@pytest.mark.parametrize("text, term", [
    ("Youths threw stones at the police station before dawn.", "threw stones"),
    ("Stones were thrown at the convoy as it left the mine.", "stones were thrown"),
    ("Demonstrators set fire to tyres outside the governor's office.", "set fire to tyres"),
    ("Truck drivers blocked a highway north of the capital for six hours.", "blocked a highway"),
    ("The ports strike entered its second week on Monday.", "ports strike"),
])
def test_english_crowd_words_are_protest(text, term, nlp_en):
    assert term in _terms(nlp_en, text, "en", "PROTEST")


@pytest.mark.parametrize("text, term", [
    ("Des jeunes ont lancé des pierres sur les gendarmes.", "lancer des pierres"),
    ("La police a essuyé des jets de pierres près du marché central.", "jets de pierres"),
    ("Des commerçants ont mis le feu à des pneus devant la mairie.",
     "mettre le feu à des pneus"),
    ("Des chauffeurs de taxi ont bloqué l'autoroute pendant trois heures.",
     "bloquer l'autoroute"),
    ("La grève des dockers paralyse le port depuis lundi.", "grève des dockers"),
])
def test_french_crowd_words_are_protest(text, term, nlp_fr):
    assert term in _terms(nlp_fr, text, "fr", "PROTEST")


_MINE_STORY_FR = (
    "LUBUMBASHI (Vigie) - Le gouvernement congolais a signé jeudi avec un groupe minier "
    "australien un contrat d'exploitation du gisement de cuivre de Kambove, pour un "
    "investissement annoncé de 1,2 milliard de dollars sur dix ans.\n\n"
    "Le ministre des Mines a promis que la moitié des emplois iraient à des habitants de la "
    "province et que l'Etat toucherait 10 % des recettes de la mine.\n\n"
    "Des centaines d'habitants de Kambove se sont rassemblés vendredi devant les bureaux de la "
    "société pour réclamer des indemnisations. Certains ont lancé des pierres sur les véhicules "
    "de la mine et mis le feu à des pneus sur la route nationale, avant d'être dispersés par "
    "la police.\n\n"
    "La société a indiqué que les premières tonnes de cuivre devaient être exportées en 2028 "
    "par le port de Dar es Salaam.")


def test_a_protest_paragraph_of_a_mining_story_is_a_theme(nlp_fr):
    codes = {s.theme_code for s in score_themes(
        nlp_fr(_MINE_STORY_FR), "fr", title="RDC : contrat signé pour le cuivre de Kambove")}
    assert "PROTEST" in codes
