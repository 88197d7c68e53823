"""Vocabulary classes added for short wire copy: AI-fabricated content and fact-checkers
(DISINFORMATION), student movements and marchers (PROTEST), people forced from their homes
(MIGRATION), named multinational exercises (SECURITY_COOPERATION). Table-driven: each
phrase is found as its theme's term, in both languages."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.themes import score_themes


@pytest.mark.parametrize("lang, text, code, term", [
    ("en", "At least 40 clips had been generated with artificial intelligence.", "DISINFORMATION", "generated with artificial intelligence"),
    ("en", "It is the most coordinated campaign of fabricated material we have seen.", "DISINFORMATION", "fabricated material"),
    ("en", "This is an industrial operation to deceive voters, he said.", "DISINFORMATION", "deceive voters"),
    ("en", "The fact-checking site Lead Stories traced the video.", "DISINFORMATION", "fact-checking site"),
    ("fr", "Une séquence fabriquée par intelligence artificielle a été vue deux millions de fois.", "DISINFORMATION", "fabriqué par intelligence artificielle"),
    ("fr", "Le clip a été généré par l'intelligence artificielle, selon les experts.", "DISINFORMATION", "généré par l'intelligence artificielle"),
    ("fr", "Le site de vérification Lakmusz a recensé 140 contenus.", "DISINFORMATION", "site de vérification"),
    ("fr", "Les plateformes ont retiré des contenus truqués avant le vote.", "DISINFORMATION", "contenu truqué"),
    ("en", "Student protests have shaken the government since November.", "PROTEST", "student protests"),
    ("en", "Taxi unions promised free rides to marchers on Saturday.", "PROTEST", "marcher"),
    ("fr", "Le mouvement étudiant réclame des élections anticipées.", "PROTEST", "mouvement étudiant"),
    ("fr", "Les manifestants ont défilé aux cris de « Démission ! ».", "PROTEST", "aux cris de"),
    ("fr", "Ils brandissaient des pancartes devant le Parlement.", "PROTEST", "pancarte"),
    ("en", "The floods have forced 1.8 million people from their homes; others were forced from their homes by landslides.", "MIGRATION", "forced from their homes"),
    ("en", "Thousands fled their villages as the river burst its banks.", "MIGRATION", "fled their villages"),
    ("fr", "Des milliers de familles ont été contraintes de quitter leurs foyers.", "MIGRATION", "contraindre de quitter leur foyer"),
    ("fr", "Les habitants ont dû fuir leurs foyers en pleine nuit.", "MIGRATION", "fuir leur foyer"),
    ("fr", "Des centaines de familles ont été chassées de leurs foyers par les combats.", "MIGRATION", "chasser de leur foyer"),
    ("en", "Japanese troops will take part in the Balikatan exercises next year.", "SECURITY_COOPERATION", "Balikatan"),
    ("en", "Warships of the four navies held a maritime cooperative activity west of Luzon.", "SECURITY_COOPERATION", "maritime cooperative activity"),
    ("en", "The destroyers began two days of joint naval drills.", "SECURITY_COOPERATION", "joint naval drills"),
    ("fr", "Des soldats japonais participeront aux exercices Balikatan.", "SECURITY_COOPERATION", "Balikatan"),
    ("fr", "La Pologne accueille l'exercice Steadfast Defender de l'OTAN.", "SECURITY_COOPERATION", "Steadfast Defender"),
    ("en", "Ukraine and the U.S. opened the Sea Breeze exercise in Odesa.", "SECURITY_COOPERATION", "Sea Breeze exercise"),
    ("fr", "Des pluies torrentielles ont provoqué la rupture d'un barrage.", "CLIMATE", "pluies torrentielles"),
    ("fr", "Le réchauffement rend les épisodes de pluies extrêmes plus fréquents.", "CLIMATE", "pluies extrêmes"),
    ("en", "Warming made the extreme rainfall 15 percent more intense.", "CLIMATE", "extreme rainfall"),
    ("fr", "Les urgences font face à un afflux de patients âgés.", "HEALTH", "les urgences"),
    ("fr", "Les deux pays se disputent la souveraineté sur ces îlots.", "TERRITORIAL_DISPUTE", "disputer la souveraineté"),
    ("en", "Both countries claim sovereignty over the reef.", "TERRITORIAL_DISPUTE", "claim sovereignty"),
    ("fr", "Les deux présidents se sont entretenus par téléphone.", "DIPLOMACY", "se sont entretenus"),
    ("fr", "Le président turc s'est longuement entretenu par téléphone avec son homologue.", "DIPLOMACY", "entretenir par téléphone"),
    ("en", "The two leaders spoke by phone on Monday.", "DIPLOMACY", "speak by phone"),
    ("fr", "L'opérateur va déployer la fibre optique dans les zones rurales.", "TECHNOLOGY", "fibre optique"),
    ("en", "The plan brings broadband to rural areas.", "TECHNOLOGY", "broadband"),
    ("en", "Millions face acute hunger, the U.N. said.", "HUMANITARIAN", "acute hunger"),
    ("fr", "Des millions de personnes souffrent de faim aiguë.", "HUMANITARIAN", "faim aiguë"),
    ("fr", "Les nappes phréatiques sont au plus bas.", "CLIMATE", "nappe phréatique"),
    ("en", "Army officers seized power in a coup and dissolved the government.", "MILITARY", "seized power"),
    ("fr", "Des militaires ont pris le pouvoir lors d'un coup d'État.", "MILITARY", "coup d'État"),
    ("fr", "Les putschistes ont suspendu la Constitution.", "MILITARY", "putschiste"),
    ("en", "Gen Z protesters stormed parliament in Kathmandu.", "PROTEST", "Gen Z protesters"),
    ("fr", "Des heurts ont opposé les protestataires aux forces de sécurité.", "PROTEST", "protestataire"),
    ("en", "Warsaw asked allies to invoke Article 4 after the incursion.", "SECURITY_COOPERATION", "invoke Article 4"),
    ("fr", "Varsovie a demandé d'activer l'article 4 après l'incursion.", "SECURITY_COOPERATION", "activer l'article 4"),
    ("en", "Armenia and Azerbaijan signed a peace deal at the White House.", "DIPLOMACY", "peace deal"),
    ("fr", "Les deux pays ont paraphé un accord de paix.", "DIPLOMACY", "accord de paix"),
    ("en", "Hyundai Rotem will build most of the tanks in Poland.", "DEFENSE_INDUSTRY", "Hyundai Rotem"),
    ("fr", "Le groupe public PGZ assemblera les chars sous licence, en production sous licence.", "DEFENSE_INDUSTRY", "production sous licence"),
    ("en", "Pro-Kremlin accounts amplified a doctored clip of the candidate.", "DISINFORMATION", "doctored clip"),
    ("fr", "Plus de 5 000 personnes ont fui la ville vers le sud.", "MIGRATION", "fuir"),
    ("fr", "Le pays compte plus d'un million de déplacés internes.", "HUMANITARIAN", "de déplacés internes"),
    ("fr", "Le pays compte plus d'un million de déplacés internes.", "MIGRATION", "de déplacés internes"),
    # Past participles the lemmatizer leaves as adjectives match their -er infinitive.
    ("fr", "L'administration Trump a expulsé plus de 200 Vénézuéliens.", "MIGRATION", "expulser"),
    ("fr", "Les villages bombardés la veille ont été évacués.", "ARMED_CONFLICT", "bombarder"),
    ("fr", "L'ONG Iran Human Rights a recensé 1 300 exécutions.", "HUMAN_RIGHTS", "Iran Human Rights"),
    ("fr", "Trump a imposé des tarifs réciproques à ses partenaires.", "TRADE", "tarif réciproque"),
    ("fr", "Une marche blanche a réuni 3 000 personnes.", "PROTEST", "marche blanche"),
    ("fr", "Les agriculteurs ont bloqué les autoroutes pour protester.", "PROTEST", "protester"),
    ("en", "Farmers set up roadblocks across the region.", "PROTEST", "roadblocks"),
    ("fr", "Des centaines de milliers de personnes risquent de mourir de faim.", "HUMANITARIAN", "mourir de faim"),
    # Stocks of tech companies are the markets' (ECONOMY), not TECHNOLOGY.
    ("en", "A sharp correction in technology stocks could hit spending.", "ECONOMY", "technology stocks"),
    ("fr", "Les valeurs technologiques ont reculé à Wall Street.", "ECONOMY", "valeurs technologiques"),
    # Fraud in an election story is the election's, not a crime story.
    ("en", "A network spread fake fraud claims before the vote.", "ELECTIONS", "fraud claims"),
    ("en", "Observers reported ballot stuffing in three provinces.", "ELECTIONS", "ballot stuffing"),
    ("fr", "L'opposition dénonce des fraudes massives.", "ELECTIONS", "fraudes massives"),
    ("fr", "Des observateurs ont relevé des cas de bourrage d'urnes.", "ELECTIONS", "bourrage d'urnes"),
    ("en", "Rights groups condemned the internet shutdown in the capital.", "HUMAN_RIGHTS", "internet shutdown"),
    ("fr", "Amnesty a dénoncé des coupures d'internet dans le nord.", "HUMAN_RIGHTS", "coupure d'internet"),
])
def test_class_phrase_is_its_themes_term(models, lang, text, code, term):
    weights = term_weights(models[lang](text), lang)
    assert (code, term) in weights, sorted(weights)


@pytest.mark.parametrize("lang, text, code", [
    # One phrase of a class is a passing mention, never a theme by itself.
    ("fr", "Les supporters ont accueilli l'équipe aux cris de joie, une pancarte à la main, au stade.", "PROTEST"),
    ("en", "A cool sea breeze kept the marathon runners fresh along the seafront on Sunday morning.", "SECURITY_COOPERATION"),
    ("en", "The museum's fact-checking site for its archive opened on Monday to researchers and students.", "DISINFORMATION"),
    ("fr", "Après l'incendie, la famille a dû quitter leur domicile pour une semaine chez des voisins.", "MIGRATION"),
    ("en", "Winning the contract was a coup for the small bakery, its owner said on Friday.", "MILITARY"),
    ("en", "The survey of Gen Z shoppers found they prefer buying clothes second-hand online.", "PROTEST"),
])
def test_one_class_phrase_alone_gives_no_theme(models, lang, text, code):
    assert code not in {s.theme_code for s in score_themes(models[lang](text), lang)}


@pytest.mark.parametrize("lang, text, code", [
    # "urgences" is the hospital's emergency ward only in its own phrases; an emergency
    # management agency is not HEALTH.
    ("fr", "L'Agence nationale de gestion des urgences a publié un bilan dimanche.", "HEALTH"),
])
def test_word_with_a_second_sense_is_no_term_outside_its_phrases(models, lang, text, code):
    assert code not in {found_code for found_code, _ in term_weights(models[lang](text), lang)}


@pytest.mark.parametrize("lang, text", [
    ("en", "The opposition denounced fraud claims and ballot stuffing after the vote."),
    ("fr", "L'opposition dénonce des fraudes massives et des accusations de fraude."),
])
def test_electoral_fraud_is_not_the_crime_theme(models, lang, text):
    assert "CRIME" not in {code for code, _ in term_weights(models[lang](text), lang)}


@pytest.mark.parametrize("lang, text", [
    # "escalation" is the trade war's or the tariff dispute's as often as a war's: weak.
    ("fr", "Bruxelles prépare des représailles ; les exportateurs craignent une escalade et une riposte américaine.", ),
    ("en", "Brussels is preparing retaliation, and exporters fear an escalation and a U.S. counterattack on tariffs.", ),
])
def test_escalation_in_a_trade_story_is_not_armed_conflict(models, lang, text):
    assert "ARMED_CONFLICT" not in {s.theme_code for s in score_themes(models[lang](text), lang)}


@pytest.mark.parametrize("lang, text", [
    # War words in their figurative sense are stop phrases: no theme evidence at all.
    ("en", "The legal battle and a war of words followed the charm offensive."),
    ("en", "A price war and a bidding war broke out in a key battleground state."),
    ("fr", "La bataille judiciaire et la guerre des mots ont suivi l'offensive de charme."),
    ("fr", "Une guerre des prix et une bataille politique ont éclaté."),
])
def test_figurative_war_words_are_no_armed_conflict_evidence(models, lang, text):
    assert "ARMED_CONFLICT" not in {code for code, _ in term_weights(models[lang](text), lang)}


def test_literal_battle_is_still_armed_conflict(nlp_en):
    weights = term_weights(nlp_en("The battle for the town killed dozens of soldiers."), "en")
    assert ("ARMED_CONFLICT", "battle") in weights


@pytest.mark.parametrize("lang, text, code", [
    ("en", "The security environment and the business environment have worsened.", "CLIMATE"),
    ("fr", "L'environnement sécuritaire et l'environnement des affaires se dégradent.", "CLIMATE"),
    ("en", "She was in poor health after the hunger strike, and the financial health of the firm is weak.", "HEALTH"),
    ("fr", "L'état de santé du président inquiète, comme la santé financière du groupe.", "HEALTH"),
])
def test_setting_phrases_are_no_evidence_for_the_theme_of_their_noun(models, lang, text, code):
    assert code not in {found_code for found_code, _ in term_weights(models[lang](text), lang)}


def test_storage_tanks_are_no_armour(nlp_en):
    weights = term_weights(nlp_en("Drones set two storage tanks on fire; smoke rose over the tank "
                                  "farm and a chemical tank exploded."), "en")
    assert ("MILITARY", "tank") not in weights
    weights = term_weights(nlp_en("The brigade will field 40 Leopard 2 tanks."), "en")
    assert ("MILITARY", "tank") in weights


def test_power_as_authority_states_or_chips_is_no_energy(nlp_en):
    for text in ["The Socialist leader came to power in 2018; the three European powers offered talks.",
                 "A war powers resolution failed; he acted within his constitutional powers.",
                 "The US moved a nuclear-powered submarine; the plant makes power semiconductors."]:
        assert not [term for code, term in term_weights(nlp_en(text), "en") if code == "ENERGY"], text
    weights = term_weights(nlp_en("Power was cut to 40,000 homes near the nuclear power plant."), "en")
    assert ("ENERGY", "power") in weights and ("ENERGY", "nuclear power plant") in weights


def test_ensemble_the_noun_is_no_cooperation_word(nlp_fr):
    # "l'ensemble des sanctions", "le secteur dans son ensemble": "all of", not "together".
    weights = term_weights(nlp_fr("L'Union a rétabli l'ensemble des sanctions et le secteur "
                                  "dans son ensemble en souffre."), "fr")
    assert ("SECURITY_COOPERATION", "ensemble") not in weights
    weights = term_weights(nlp_fr("Les deux marines ont navigué ensemble pendant trois jours."), "fr")
    assert ("SECURITY_COOPERATION", "ensemble") in weights


def test_nouns_in_e_acute_keep_their_own_sense(nlp_fr):
    # "santé", "société", "marché" are no participles: no -er verb term is found for them,
    # and "marché" (market) is not the protest "marche" its accent-free spelling looks like.
    weights = term_weights(nlp_fr("La santé de la société et le marché."), "fr")
    assert {code for code, _ in weights} <= {"HEALTH", "ECONOMY"}


@pytest.mark.parametrize("lang, text, code", [
    # Accent-free matching makes "fabrique" (factory) the DISINFORMATION "fabriqué" and
    # "jugé" (deemed) the CRIME "juge": both are now phrases only.
    ("fr", "L'usine fabrique des obus ; la fabrique d'Unterlüss tourne à plein.", "DISINFORMATION"),
    ("fr", "Le plan a été jugé insuffisant et le projet jugé trop coûteux.", "CRIME"),
])
def test_accent_free_lookalikes_are_not_the_theme(models, lang, text, code):
    assert code not in {found_code for found_code, _ in term_weights(models[lang](text), lang)}


@pytest.mark.parametrize("lang, text, code, term", [
    ("fr", "Une vidéo fabriquée circule depuis lundi.", "DISINFORMATION", "vidéo fabriquée"),
    ("fr", "Le juge a ordonné sa libération.", "CRIME", "le juge"),
])
def test_the_phrases_that_replace_them_are_found(models, lang, text, code, term):
    assert (code, term) in term_weights(models[lang](text), lang)


@pytest.mark.parametrize("lang, text, code", [
    # A diplomatic protest is a note, not a street protest (and too routine for DIPLOMACY).
    ("en", "Manila lodged a diplomatic protest over the water cannon attack.", "PROTEST"),
    ("fr", "Manille a adressé une protestation diplomatique à Pékin.", "PROTEST"),
    ("en", "A cool sea breeze and uprooted trees greeted the runners.", "SECURITY_COOPERATION"),
    ("en", "Storm Amy left uprooted trees across the region.", "MIGRATION"),
])
def test_lookalike_phrases_give_no_evidence(models, lang, text, code):
    assert code not in {found_code for found_code, _ in term_weights(models[lang](text), lang)}
