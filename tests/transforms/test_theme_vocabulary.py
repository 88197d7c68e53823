"""Term weights chosen for a word's sense in wire copy (table-driven): words shared
by several themes only corroborate, class vocabulary counts as evidence."""
import pytest

from tests.transforms.evidence import term_weights, terms_found
from transforms.theme_terms import token_keys
from transforms.themes import _is_word_hyphen


@pytest.mark.parametrize("lang, text, code, term, weight", [
    # French wire copy negotiates trade deals and wages, holds EU and COP summits, sends
    # farmers' delegations and quotes "un diplomate" as a source in any story: these
    # words only corroborate diplomacy...
    ("fr", "L'accord a été négocié pendant vingt-cinq ans.", "DIPLOMACY", "négocier", 1),
    ("fr", "Les négociations salariales reprennent lundi.", "DIPLOMACY", "négociation", 1),
    ("fr", "Les agriculteurs manifestent devant le sommet européen.", "DIPLOMACY", "sommet", 1),
    ("fr", "Des délégations de la Confédération paysanne ont fait le déplacement.",
     "DIPLOMACY", "délégation", 1),
    ("fr", "« Nous ne céderons pas », a déclaré un diplomate.", "DIPLOMACY", "diplomate", 1),
    # ...while the words of state-to-state diplomacy still count.
    ("fr", "Les pourparlers ont repris sous médiation qatarie.", "DIPLOMACY", "pourparlers", 2),
    ("fr", "Le ministre s'est entretenu avec son homologue.", "DIPLOMACY", "homologue", 2),
    ("fr", "Les deux pays ont rétabli leurs relations diplomatiques.", "DIPLOMACY",
     "relations diplomatiques", 3),
    # A sum in dollars or the price of one input is every business story's detail, not an
    # economy story; the macro words still are.
    ("en", "The group signed contracts worth 60 million dollars.", "ECONOMY", "dollar", 1),
    ("fr", "Le contrat est estimé à 60 millions de dollars.", "ECONOMY", "dollar", 1),
    ("en", "Nitrocellulose prices tripled in 2023.", "ECONOMY", "prices", 1),
    ("en", "Consumer prices rose 3 percent in May.", "ECONOMY", "consumer prices", 3),
    ("fr", "L'inflation a ralenti en mai.", "ECONOMY", "inflation", 2),
    # A French "équipementier" is first a car-parts maker: it only corroborates the
    # defence industry, and a car-parts maker is a supply-chain link.
    ("fr", "Les équipementiers comptent leurs stocks.", "DEFENSE_INDUSTRY", "équipementier", 1),
    ("fr", "Les équipementiers automobiles comptent leurs stocks.", "SUPPLY_CHAIN",
     "équipementier automobile", 2),
    # A shortage of gas, dollars, food or staff is each its own theme's; only a shortage
    # of parts or chips (listed as phrases) is a supply-chain one.
    ("en", "A shortage of imported gas left plants idle.", "SUPPLY_CHAIN", "shortage", 1),
    ("fr", "La pénurie de dollars pèse sur la croissance.", "SUPPLY_CHAIN", "pénurie", 1),
    ("en", "Carmakers face a shortage of chips.", "SUPPLY_CHAIN", "shortage of chips", 3),
    # "The world's two largest economies" is a phrase of any US-China story.
    ("en", "Trade between the world's two largest economies slowed.", "ECONOMY", "economy", 1),
    ("en", "Beijing called it economic coercion.", "SANCTIONS", "economic coercion", 3),
    ("fr", "Pékin dénonce une coercition économique.", "SANCTIONS", "coercition économique", 3),
    # The French of "capital punishment" and of "detention without trial" are rights terms.
    ("fr", "L'ONU a rappelé son opposition à la peine capitale.", "HUMAN_RIGHTS",
     "peine capitale", 3),
    ("fr", "L'ONG dénonce la détention sans procès de centaines de militants.", "HUMAN_RIGHTS",
     "détention sans procès", 3),
    ("en", "The group denounced the detention without trial of hundreds of activists.",
     "HUMAN_RIGHTS", "detention without trial", 3),
])
def test_a_term_weighs_what_its_sense_in_wire_copy_warrants(models, lang, text, code, term, weight):
    assert term_weights(models[lang](text), lang)[(code, term)] == weight


@pytest.mark.parametrize("lang, text, code, term", [
    # Groups, agencies and programmes a 2024-2026 wire story names instead of the topic.
    ("en", "The LockBit gang and Scattered Spider were blamed.", "CYBER", "LockBit"),
    ("fr", "Le groupe Salt Typhoon a visé les opérateurs.", "CYBER", "Salt Typhoon"),
    ("en", "Police linked the killing to Tren de Aragua.", "CRIME", "Tren de Aragua"),
    ("fr", "La DZ Mafia contrôle plusieurs points de deal.", "CRIME", "DZ Mafia"),
    ("en", "Fighters of the Islamic State Sahel attacked the post.", "TERRORISM",
     "Islamic State Sahel"),
    ("fr", "AQMI a revendiqué l'enlèvement.", "TERRORISM", "AQMI"),
    ("en", "Eskom cut power to three provinces.", "ENERGY", "Eskom"),
    ("fr", "Sonatrach a relevé ses livraisons à l'Italie.", "ENERGY", "Sonatrach"),
    ("en", "Gavi will fund the campaign.", "HEALTH", "Gavi"),
    ("fr", "La Haute Autorité de santé a rendu son avis.", "HEALTH", "Haute Autorité de santé"),
    ("fr", "Les Amis de la Terre ont saisi la justice.", "CLIMATE", "Amis de la Terre"),
    ("en", "The DFRLab found the network.", "DISINFORMATION", "DFRLab"),
    ("fr", "Le programme SAFE financera les achats.", "SECURITY_COOPERATION", "programme SAFE"),
    ("fr", "L'OTAN lance la mission Baltic Sentry.", "SECURITY_COOPERATION", "Baltic Sentry"),
    ("en", "The Joint Expeditionary Force will patrol the area.", "SECURITY_COOPERATION",
     "Joint Expeditionary Force"),
    # Concrete facts that tell the topic.
    ("en", "Britain imposed entry bans on the officials.", "SANCTIONS", "entry ban"),
    ("fr", "Une interdiction d'entrée vise le ministre.", "SANCTIONS", "interdiction d'entrée"),
    ("fr", "L'ONG cite des passages à tabac dans des cellules surpeuplées.", "HUMAN_RIGHTS",
     "passages à tabac"),
    ("en", "Detainees described beatings in overcrowded cells.", "HUMAN_RIGHTS",
     "overcrowded cells"),
    ("fr", "Au moins quatorze montages générés par intelligence artificielle circulent.",
     "DISINFORMATION", "générés par intelligence artificielle"),
    ("fr", "Meta a retiré 38 pages pour comportement inauthentique coordonné.", "DISINFORMATION",
     "comportement inauthentique coordonné"),
    ("fr", "Les deux pays ont signé un accord de coopération policière.", "SECURITY_COOPERATION",
     "coopération policière"),
    ("en", "They agreed to expand the sharing of data through Europol.", "SECURITY_COOPERATION",
     "sharing of data"),
    ("en", "Shell production depends on a thin chain of suppliers.", "SUPPLY_CHAIN",
     "chain of suppliers"),
    ("fr", "Les éleveurs vendent à perte depuis des mois.", "ECONOMY", "vendre à perte"),
    ("en", "Brussels opened accession talks with Moldova.", "DIPLOMACY", "accession talks"),
    ("fr", "Une pirogue a chaviré au large de Saint-Louis.", "MIGRATION", "pirogue"),
    ("en", "ICE agents detained dozens at the site.", "MIGRATION", "ICE agents"),
    ("fr", "La couverture vaccinale contre la rougeole recule.", "HEALTH", "couverture vaccinale"),
    # Everyday wire phrasings that had no specific term.
    ("fr", "Les troupes russes avancent dans la région de Donetsk.", "ARMED_CONFLICT",
     "troupes russes"),
    ("en", "Ukrainian troops retook the village.", "ARMED_CONFLICT", "Ukrainian troops"),
    ("en", "Thousands of families lost their homes in the cyclone.", "HUMANITARIAN",
     "lost their homes"),
    ("fr", "Des milliers de familles sinistrées après le cyclone.", "HUMANITARIAN", "sinistrée"),
    ("fr", "Le gouvernement durcit le regroupement familial.", "MIGRATION", "regroupement familial"),
    ("en", "Brussels opened an anti-subsidy investigation.", "TRADE", "anti-subsidy"),
    ("fr", "Les agences de notation ont dégradé la note de la France.", "ECONOMY",
     "agence de notation"),
    ("en", "Moody's cut France's credit rating.", "ECONOMY", "credit rating"),
    ("fr", "Trump veut acheter le Groenland.", "TERRITORIAL_DISPUTE", "acheter le Groenland"),
    ("fr", "L'armée a mené des exercices à balles réelles.", "MILITARY",
     "exercices à balles réelles"),
    ("fr", "Il a été réélu avec 58% des suffrages.", "ELECTIONS", "suffrage"),
    ("en", "Washington wants the EU to remove non-tariff barriers.", "TRADE", "non-tariff barriers"),
    ("fr", "La Mission multinationale d'appui à la sécurité manque de policiers.",
     "SECURITY_COOPERATION", "Mission multinationale d'appui à la sécurité"),
    ("en", "The Commission is investigating X over illegal content.", "DISINFORMATION",
     "illegal content"),
])
def test_class_vocabulary_is_recognised(models, lang, text, code, term):
    assert (code, term) in term_weights(models[lang](text), lang)


@pytest.mark.parametrize("lang, text, code, term, weight", [
    # A call for restraint corroborates diplomacy; alone in a story it is no theme.
    ("en", "The minister urged restraint on both sides.", "DIPLOMACY", "urge restraint", 2),
    ("fr", "Kuala Lumpur a appelé à la retenue.", "DIPLOMACY", "appeler à la retenue", 2),
])
def test_corroborating_phrases_weigh_two(models, lang, text, code, term, weight):
    assert term_weights(models[lang](text), lang)[(code, term)] == weight


@pytest.mark.parametrize("lang, text, code", [
    # Protesters and opponents are held in custody: rights, not crime, stories.
    ("en", "Two protesters remain in custody.", "CRIME"),
    # Ice is no immigration agency; a prosecutor "émet" an opinion, not emissions.
    ("en", "The ice on the river broke up.", "MIGRATION"),
    ("fr", "Le parquet a émis un avis.", "CLIMATE"),
    # Marburg is also a university town; a "single source" is also a journalist's.
    ("en", "She studied law in Marburg.", "HEALTH"),
    ("en", "A single source confirmed the meeting.", "SUPPLY_CHAIN"),
])
def test_words_of_another_sense_give_no_evidence(models, lang, text, code):
    assert code not in {c for c, _ in term_weights(models[lang](text), lang)}


@pytest.mark.parametrize("lang, text, code, term, weight", [
    # Words with a common figurative or second sense only corroborate their theme.
    ("en", "Election fever gripped the capital.", "HEALTH", "fever", 1),
    ("fr", "Le naufrage du gouvernement était annoncé.", "MIGRATION", "naufrage", 1),
    ("en", "The sensors emit a signal every minute.", "CLIMATE", "emit", 1),
    # Troops stationed abroad may be an occupier's (Transnistria), not an ally's.
    ("en", "Some 1,500 troops stationed in Transnistria.", "SECURITY_COOPERATION",
     "troops stationed", 2),
])
def test_second_sense_words_weigh_one_or_two(models, lang, text, code, term, weight):
    assert term_weights(models[lang](text), lang)[(code, term)] == weight


@pytest.mark.parametrize("lang, text, term", [
    ("en", "Teams work on artificial-intelligence tools.", "artificial intelligence"),
    ("en", "They plan joint air-defence exercises.", "air defence"),
    ("fr", "Les usages de l'intelligence-artificielle se multiplient.", "intelligence artificielle"),
])
def test_a_hyphenated_compound_matches_the_spaced_term(models, lang, text, term):
    assert term in terms_found(models[lang](text), lang)


@pytest.mark.parametrize("lang, text, term", [
    # Front-line workers are health staff, not a front line.
    ("en", "Front-line workers were vaccinated first.", "front line"),
    ("en", "Frontline workers were vaccinated first.", "frontline"),
])
def test_a_dash_or_an_adjectival_compound_is_not_the_term(models, lang, text, term):
    assert term not in terms_found(models[lang](text), lang)


def test_only_a_hyphen_inside_a_word_may_be_stepped_over(nlp_en):
    doc = nlp_en("air-defence units, LONDON (Vigie) - Defence")
    hyphens = [t.i for t in doc if t.text == "-"]
    assert [_is_word_hyphen(doc, i) for i in hyphens] == [True, False]


@pytest.mark.parametrize("lang, text, term", [
    ("fr", "La 2025cyberattaque a paralysé l'hôpital.", "cyberattaque"),
    ("fr", "Les sanctions2025 visent les banques.", "sanction"),
])
def test_a_year_glued_to_a_word_by_translation_is_split_off(models, lang, text, term):
    assert term in terms_found(models[lang](text), lang)


@pytest.mark.parametrize("lang, text, term", [
    # Designations keep their digits: IP4 stays the Indo-Pacific four, COP30 the summit.
    ("fr", "Les partenaires IP4 se réunissent.", "IP4"),
    ("fr", "La COP30 s'ouvre à Belém.", "COP30"),
])
def test_names_with_digits_are_not_split(models, lang, text, term):
    assert term in terms_found(models[lang](text), lang)


@pytest.mark.parametrize("text, code, term", [
    # A woman or a feminine noun takes the feminine participle; the taxonomy lists the
    # masculine and spaCy's lemma is the infinitive.
    ("L'ancienne ministre a été condamnée à cinq ans de prison.", "CRIME", "condamné à"),
    ("Elle a été mise en examen pour corruption.", "CRIME", "mis en examen"),
    ("L'ex-directrice a été reconnue coupable de fraude.", "CRIME", "reconnu coupable"),
    ("Des populations entières ont été déplacées.", "MIGRATION", "déplacé"),
])
def test_french_feminine_forms_match_the_masculine_term(nlp_fr, text, code, term):
    assert (code, term) in term_weights(nlp_fr(text), "fr")


def test_feminine_endings_are_only_undone_in_french(nlp_en):
    # English "issue", "revenue" or "league" are no feminine forms of anything.
    assert "revenu" not in token_keys("revenue", "revenue", "en")
    assert "revenu" in token_keys("revenue", "revenue", "fr")  # "elle est revenue"
