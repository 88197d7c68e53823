"""French words any story on the topic uses (s34): a hunger strike is a protest as well as a
rights story (eval/README.md, "a hunger strike HUMAN_RIGHTS and PROTEST"), and a jailbreak is
told with "évasion", "évadés", "s'évader". Sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights


@pytest.mark.parametrize("text", [
    "Une quarantaine de détenus ont entamé une grève de la faim pour dénoncer leurs conditions.",
    "Le militant écologiste poursuit sa grève de la faim devant le ministère.",
    "Les mineurs licenciés menacent d'une grève de la faim si l'usine ferme.",
])
def test_a_hunger_strike_is_a_protest_and_a_rights_story(nlp_fr, text):
    weights = term_weights(nlp_fr(text), "fr")
    assert weights.get(("PROTEST", "grève de la faim")) == 3
    assert weights.get(("HUMAN_RIGHTS", "grève de la faim")) == 2


@pytest.mark.parametrize("text", [
    "Une trentaine de prisonniers se sont évadés dans la nuit de la maison d'arrêt.",
    "La police recherche toujours une dizaine d'évadés.",
    "Cette évasion spectaculaire a révélé les failles du centre pénitentiaire.",
])
def test_a_jailbreak_is_a_crime_story(nlp_fr, text):
    weights = term_weights(nlp_fr(text), "fr")
    assert any(code == "CRIME" and weight == 2 for (code, _), weight in weights.items())


def test_a_labour_strike_is_still_a_strike(nlp_fr):
    weights = term_weights(nlp_fr("Les cheminots sont en grève depuis lundi."), "fr")
    assert ("PROTEST", "grève de la faim") not in weights
    assert any(code == "PROTEST" for code, _ in weights)


@pytest.mark.parametrize("text, term", [
    ("Le parlement de la province veut proclamer l'indépendance d'ici l'été.",
     "proclamer l'indépendance"),
    ("Les séparatistes ont lu une déclaration d'indépendance devant la foule.",
     "déclaration d'indépendance"),
    ("Le territoire organisera un référendum d'autodétermination en 2027.",
     "référendum d'autodétermination"),
])
def test_a_region_claiming_a_state_of_its_own(nlp_fr, text, term):
    assert term_weights(nlp_fr(text), "fr").get(("TERRITORIAL_DISPUTE", term)) == 2


def test_an_independent_inquiry_is_no_secession(nlp_fr):
    weights = term_weights(nlp_fr("L'ONG réclame une enquête indépendante sur les tirs."), "fr")
    assert not any(code == "TERRITORIAL_DISPUTE" for code, _ in weights)


@pytest.mark.parametrize("text, term", [
    ("Les terminaux à conteneurs du Havre tournent au ralenti depuis lundi.",
     "terminal à conteneurs"),
    ("La congestion portuaire s'aggrave à Durban, où trente navires attendent au large.",
     "congestion portuaire"),
])
def test_a_port_held_up(nlp_fr, text, term):
    assert term_weights(nlp_fr(text), "fr").get(("SUPPLY_CHAIN", term)) == 2
