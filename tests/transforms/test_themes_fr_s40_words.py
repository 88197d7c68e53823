"""French words any story on the topic uses, missing from the taxonomy (s40 vocabulary sweep):
each class below is the ordinary copy of one topic, in sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights


@pytest.mark.parametrize("text, term, weight", [
    # the sea rising into a delta's fields, the coast eaten away
    ("L'intrusion saline menace désormais les rizières du delta.", "intrusion saline", 3),
    ("La salinisation des terres réduit les récoltes chaque année.", "salinisation", 2),
    ("Les villages du littoral redoutent l'érosion côtière.", "érosion côtière", 3),
    # an oil spill and the damage done to nature
    ("Une marée noire a souillé quarante kilomètres de plages.", "marée noire", 3),
    ("Les ONG parlent d'une catastrophe écologique pour la lagune.", "catastrophe écologique", 3),
    # water a country has and shares
    ("Le ministre veut protéger les ressources en eau du pays.", "ressource en eau", 2),
    ("Le fleuve a atteint son plus bas étiage depuis trente ans.", "étiage", 2),
    ("Les zones humides abritent des centaines d'espèces d'oiseaux.", "zone humide", 2),
    # the bush and its wildlife
    ("Des feux de brousse ont ravagé l'ouest de l'État.", "feu de brousse", 3),
    ("Les gardes forestiers luttent contre le braconnage des éléphants.", "braconnage", 2),
])
def test_environment_words_are_climate(nlp_fr, text, term, weight):
    assert term_weights(nlp_fr(text), "fr").get(("CLIMATE", term)) == weight


def test_saline_intrusion_is_no_cyber_intrusion(nlp_fr):
    weights = term_weights(nlp_fr("Des écluses doivent empêcher toute intrusion saline."), "fr")
    assert ("CYBER", "intrusion") not in weights


@pytest.mark.parametrize("text, code, term, weight", [
    # offences any crime story names
    ("Le suspect avait été condamné pour violences conjugales en 2021.", "CRIME", "violences conjugales", 3),
    ("Les douanes ont saisi deux millions de comprimés de captagon.", "CRIME", "captagon", 3),
    ("La police a découvert un laboratoire de méthamphétamine.", "CRIME", "méthamphétamine", 2),
    ("Deux hommes ont assassiné le maire du village dimanche.", "CRIME", "assassiner", 2),
    ("Il est poursuivi pour viol sur une mineure.", "CRIME", "viol", 2),
    ("Les douaniers ont détruit des tonnes de sacs de contrefaçon.", "CRIME", "contrefaçon", 2),
    # protest told as its act, its form and who calls it
    ("Les chauffeurs de taxi ont mené une opération escargot sur le périphérique.", "PROTEST",
     "opération escargot", 3),
    ("Les élus ont quitté la salle en signe de protestation.", "PROTEST", "en signe de protestation", 3),
    ("Les protestations se sont étendues à trois autres villes.", "PROTEST", "protestation", 2),
    ("Les syndicalistes ont occupé le hall de la mairie.", "PROTEST", "syndicaliste", 2),
    ("Des échauffourées ont éclaté en fin de cortège.", "PROTEST", "échauffourée", 2),
    ("Les organisations syndicales appellent à une nouvelle journée d'action.", "PROTEST",
     "organisation syndicale", 2),
    ("Des barrages de pneus coupaient la route nationale.", "PROTEST", "barrage de pneus", 2),
    # jobs cut and a firm gone bust
    ("Le groupe annonce 400 suppressions de postes dans ses usines.", "ECONOMY", "suppression de poste", 3),
    ("L'entreprise a été placée en redressement judiciaire lundi.", "ECONOMY", "redressement judiciaire", 3),
    ("Le tribunal de commerce cherche un repreneur pour l'usine.", "ECONOMY", "repreneur", 2),
    ("L'endettement des ménages atteint un niveau record.", "ECONOMY", "endettement", 2),
    # an epidemic and its treatment
    ("La lutte contre le sida manque de financement.", "HEALTH", "sida", 3),
    ("Les patients reçoivent gratuitement des antirétroviraux.", "HEALTH", "antirétroviral", 2),
    ("Le laboratoire lance des essais cliniques sur mille patients.", "HEALTH", "essai clinique", 3),
])
def test_topic_words_count_for_their_theme(nlp_fr, text, code, term, weight):
    assert term_weights(nlp_fr(text), "fr").get((code, term)) == weight


def test_a_diplomatic_note_of_protest_is_no_protest(nlp_fr):
    doc = nlp_fr("Le ministère a remis une note de protestation à l'ambassadeur.")
    assert ("PROTEST", "protestation") not in term_weights(doc, "fr")


@pytest.mark.parametrize("text, code, term, weight", [
    # relief agencies and the aid handed out
    ("Action contre la faim a ouvert trois centres de nutrition.", "HUMANITARIAN", "Action contre la faim", 3),
    ("Les distributions d'aide ont repris dans le camp.", "HUMANITARIAN", "distribution d'aide", 3),
    ("Les familles manquent de produits de première nécessité.", "HUMANITARIAN",
     "produit de première nécessité", 2),
    # asylum law and the routes migrants take
    ("Les entrées irrégulières ont baissé de moitié cette année.", "MIGRATION", "entrée irrégulière", 3),
    ("La liste des pays tiers sûrs sera révisée.", "MIGRATION", "pays tiers sûr", 3),
    ("Le gouvernement veut régulariser les travailleurs agricoles.", "MIGRATION", "régulariser", 2),
    # an embargo kept, and who is listed
    ("La Havane dénonce le blocus américain depuis six décennies.", "SANCTIONS", "blocus américain", 3),
    ("Deux banques figurent désormais sur la liste des sanctions.", "SANCTIONS", "liste des sanctions", 3),
    # police and judges of several states on one case
    ("Les deux pays ont signé un accord d'entraide judiciaire.", "SECURITY_COOPERATION",
     "entraide judiciaire", 3),
    ("Les services ont partagé des renseignements avant l'arrestation.", "SECURITY_COOPERATION",
     "partager des renseignements", 2),
    # jails and hatred of groups
    ("La surpopulation carcérale atteint 160 % à la maison d'arrêt.", "HUMAN_RIGHTS",
     "surpopulation carcérale", 3),
    ("Les associations dénoncent une montée du racisme.", "HUMAN_RIGHTS", "racisme", 2),
    # trade in goods
    ("Le commerce mondial ralentit sous l'effet des tarifs.", "TRADE", "commerce mondial", 2),
])
def test_more_topic_words_count_for_their_theme(nlp_fr, text, code, term, weight):
    assert term_weights(nlp_fr(text), "fr").get((code, term)) == weight


def test_a_port_blockade_is_no_sanctions(nlp_fr):
    # 'blocus' alone stays ARMED_CONFLICT's; only the economic blockade is SANCTIONS
    weights = term_weights(nlp_fr("Le blocus du port dure depuis trois semaines."), "fr")
    assert ("SANCTIONS", "blocus économique") not in weights


@pytest.mark.parametrize("text, code, term, weight", [
    ("Les deux pays portent leur litige frontalier devant la Cour.", "TERRITORIAL_DISPUTE",
     "litige frontalier", 3),
    ("Le détenu a été privé du droit à un avocat pendant quatre jours.", "HUMAN_RIGHTS",
     "droit à un avocat", 2),
    ("Les Gafam devront payer une nouvelle taxe.", "TECHNOLOGY", "Gafam", 2),
    ("Les deux ministres ont signé un mémorandum d'entente.", "DIPLOMACY", "mémorandum d'entente", 1),
])
def test_words_of_other_topics_count_for_their_theme(nlp_fr, text, code, term, weight):
    assert term_weights(nlp_fr(text), "fr").get((code, term)) == weight


@pytest.mark.parametrize("text, term, weight", [
    ("Le ministère a adressé une note verbale à l'ambassade.", "note verbale", 3),
    ("Le ministre entame lundi une tournée régionale de cinq jours.", "tournée régionale", 2),
    ("Les chancelleries occidentales ont réagi avec prudence.", "chancellerie", 2),
    ("La Ligue arabe se réunira en session extraordinaire.", "Ligue arabe", 1),
    ("Le Parlement doit encore ratifier le texte.", "ratifier", 1),
])
def test_diplomacy_words(nlp_fr, text, term, weight):
    assert term_weights(nlp_fr(text), "fr").get(("DIPLOMACY", term)) == weight


@pytest.mark.parametrize("text, code, term, weight", [
    ("La coalition antijihadiste a mené de nouveaux raids.", "SECURITY_COOPERATION", "coalition antijihadiste", 3),
    ("Le contingent tchadien quittera la force régionale en mars.", "SECURITY_COOPERATION", "contingent", 1),
    ("Une loi interdit désormais les mutilations génitales féminines.", "HUMAN_RIGHTS", "mutilations génitales", 3),
    ("Les journalistes pratiquent l'autocensure depuis la loi.", "HUMAN_RIGHTS", "autocensure", 2),
    ("La période de soudure s'annonce plus longue que prévu.", "HUMANITARIAN", "période de soudure", 3),
    ("Les centres de nutrition accueillent des enfants malnutris.", "HUMANITARIAN", "malnutri", 2),
])
def test_rights_relief_and_alliance_words(nlp_fr, text, code, term, weight):
    assert term_weights(nlp_fr(text), "fr").get((code, term)) == weight


@pytest.mark.parametrize("text, code, term, weight", [
    # English words machine translation leaves in French copy
    ("Les nouveaux tariffs américains frappent l'acier canadien.", "TRADE", "tariff", 2),
    ("Le groupe a été visé par un malware dissimulé dans une mise à jour.", "CYBER", "malware", 3),
    ("Le shutdown prive 800 000 fonctionnaires de salaire.", "ECONOMY", "shutdown", 2),
    ("Les hedge funds parient sur une baisse du yen.", "ECONOMY", "hedge fund", 2),
    ("Le krach de mardi a effacé 9 % de la valeur de l'indice.", "ECONOMY", "krach", 3),
])
def test_words_of_machine_translated_copy(nlp_fr, text, code, term, weight):
    assert term_weights(nlp_fr(text), "fr").get((code, term)) == weight


@pytest.mark.parametrize("text, term, weight", [
    ("Les ventes de véhicules électriques ont doublé en un an.", "véhicule électrique", 2),
    ("Les élèves utilisent ChatGPT pour leurs devoirs.", "ChatGPT", 3),
    ("Huawei présente un nouveau processeur.", "Huawei", 2),
])
def test_technology_words(nlp_fr, text, term, weight):
    assert term_weights(nlp_fr(text), "fr").get(("TECHNOLOGY", term)) == weight
