"""An arms purchase told as a contract, an order, a sale or a purchase of military hardware,
without the defence industry's own words (transforms/theme_procurement.py). Sentences and
story written for these tests."""
import pytest

from transforms.theme_procurement import purchase_tokens
from transforms.themes import score_themes, theme_evidence


def _bought(nlp, text, lang):
    doc = nlp(text)
    return [doc[i].text for i in purchase_tokens(doc, lang)]


@pytest.mark.parametrize("text, hardware", [
    ("Chile signed a contract with a Swedish yard for three frigates on Monday.", "frigates"),
    ("The ministry plans to buy 40 howitzers and spare barrels from Seoul.", "howitzers"),
    ("Egypt has bought most of its military equipment from France since 2015.", "equipment"),
    ("The air force placed an order for 24 fighter jets last year.", "jets"),
])
def test_english_purchases_of_hardware(text, hardware, nlp_en):
    assert _bought(nlp_en, text, "en") == [hardware]


@pytest.mark.parametrize("text, hardware", [
    ("Le Maroc a signé un contrat pour l'achat de six hélicoptères de transport.",
     "hélicoptères"),
    ("Athènes a confirmé la commande de trois frégates à Naval Group.", "frégates"),
    ("La Pologne veut acheter des chars et des obusiers à la Corée du Sud.", "chars"),
])
def test_french_purchases_of_hardware(text, hardware, nlp_fr):
    assert _bought(nlp_fr, text, "fr") == [hardware]


@pytest.mark.parametrize("lang, text, hardware", [
    ("en", "The plant near Kazan now produces about 300 attack drones a month.", "drones"),
    ("en", "A German group will build armoured vehicles at a site near Kyiv.", "vehicles"),
    ("fr", "Le groupe va fabriquer 60 000 obus par an dans son usine de Bourges.", "obus"),
])
def test_arms_made_are_the_industry_too(lang, text, hardware, nlp_en, nlp_fr):
    nlp = nlp_en if lang == "en" else nlp_fr
    assert _bought(nlp, text, lang) == [hardware]


@pytest.mark.parametrize("lang, text", [
    ("en", "Inspectors fear Tehran could build a nuclear weapon within months."),
    ("fr", "Les inspecteurs craignent que Téhéran puisse fabriquer une arme nucléaire."),
    ("en", "The commander ordered an inquiry into abuses by his fighters."),
    ("en", "The destroyer was ordered to sail toward the strait."),
    ("en", "Police said the gang sold stolen cars and phones across the border."),
    ("fr", "Le général a commandé des troupes au Sahel pendant dix ans."),
    ("fr", "L'entreprise a signé un contrat pour la construction d'un hôpital."),
])
def test_commands_and_other_goods_are_no_arms_purchase(lang, text, nlp_en, nlp_fr):
    nlp = nlp_en if lang == "en" else nlp_fr
    assert _bought(nlp, text, lang) == []


def test_one_hit_per_sentence(nlp_en):
    doc = nlp_en("The navy will buy two submarines and four frigates under the plan.")
    found = theme_evidence(doc, "en")["DEFENSE_INDUSTRY"]
    assert found.term_counts == {"arms purchase": 1} and found.weighted == 3


_DEAL_STORY = (
    "SANTIAGO, June 2 (Vigie) - Chile on Monday signed a $1.1 billion contract with a "
    "Swedish shipyard for three frigates to replace ships bought from Britain in the 2000s, "
    "the defence ministry said.\n\n"
    "The first ship is due in 2031. The yard will train Chilean engineers and build the "
    "last of the three at the navy's base in Talcahuano, the ministry said.\n\n"
    "Opposition lawmakers asked why the navy had not chosen a cheaper offer from a Spanish "
    "group, and said they would call the minister to explain the choice.\n\n"
    "Chile has also bought most of its military equipment from European suppliers over the "
    "past two decades, and is weighing an order for new patrol aircraft.")


def test_a_frigate_deal_told_without_industry_words_is_defense_industry(nlp_en):
    codes = {s.theme_code for s in score_themes(nlp_en(_DEAL_STORY), "en",
                                                 title="Chile signs $1.1 billion frigate deal")}
    assert "DEFENSE_INDUSTRY" in codes


@pytest.mark.parametrize("lang, text", [
    ("en", "Aid agencies will build water tanks and latrines in the camps this month."),
    ("en", "The company sells delivery drones to farmers and retailers."),
    ("en", "The province bought two rescue helicopters after the floods."),
    ("fr", "L'ONG va acheter des drones de livraison pour les villages isolés."),
])
def test_civilian_tanks_drones_and_helicopters_are_no_arms(lang, text, nlp_en, nlp_fr):
    assert _bought(nlp_en if lang == "en" else nlp_fr, text, lang) == []
