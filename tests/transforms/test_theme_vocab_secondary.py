"""Vocabulary for secondary threads in French wire copy (s12 round 2), found with probe
sentences written in wire and machine-translation style: the refugee agencies' French
names and arrivals by sea (MIGRATION), overnight drone and missile attacks on Ukraine,
gunmen and exchanges of fire (ARMED_CONFLICT), false claims (DISINFORMATION), contested
reefs (TERRITORIAL_DISPUTE), production stopped for want of parts (SUPPLY_CHAIN); each
with its English counterpart. Table-driven, plus the words' other senses."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.themes import theme_evidence


@pytest.mark.parametrize("lang, text, code, term", [
    ("fr", "Selon le Haut-Commissariat aux réfugiés, 40 000 personnes ont fui.", "MIGRATION", "Haut-Commissariat aux réfugiés"),
    ("fr", "Plus de 2 000 migrants ont débarqué à Lampedusa en deux jours.", "MIGRATION", "Lampedusa"),
    ("fr", "300 000 personnes ont été déplacées à l'intérieur du pays.", "MIGRATION", "déplacés à l'intérieur du pays"),
    ("fr", "Des milliers de familles ont cherché refuge au Tchad.", "MIGRATION", "chercher refuge"),
    ("en", "The UN refugee agency said 40,000 people had fled.", "MIGRATION", "UN refugee agency"),
    ("en", "Thousands sought refuge in Chad, aid groups said.", "MIGRATION", "sought refuge"),
    ("fr", "La Russie a lancé 400 drones et une quarantaine de missiles contre l'Ukraine dans la nuit.", "ARMED_CONFLICT", "missiles contre l'Ukraine"),
    ("fr", "Des échanges de tirs ont eu lieu près de la frontière.", "ARMED_CONFLICT", "échanges de tirs"),
    ("fr", "Des hommes armés ont attaqué le village.", "ARMED_CONFLICT", "hommes armés"),
    ("en", "Gunmen attacked the village overnight.", "ARMED_CONFLICT", "gunmen"),
    ("en", "Russia fired 400 drones at Ukraine overnight.", "ARMED_CONFLICT", "drones at Ukraine"),
    ("fr", "Des vidéos accusaient faussement le candidat de fraude.", "DISINFORMATION", "accuser faussement"),
    ("fr", "Le ministère dénonce une campagne de manipulation venue de l'étranger.", "DISINFORMATION", "campagne de manipulation"),
    ("en", "The posts falsely claimed that ballots had been destroyed.", "DISINFORMATION", "falsely claimed"),
    ("fr", "Un navire philippin a été visé près d'un récif contesté.", "TERRITORIAL_DISPUTE", "récif contesté"),
    ("en", "A Philippine boat was hit near a disputed shoal.", "TERRITORIAL_DISPUTE", "disputed shoal"),
    ("fr", "Les usines ont dû s'arrêter faute de puces.", "SUPPLY_CHAIN", "faute de puces"),
    ("fr", "Plus de 40 000 personnes ont fui les environs de Kadougli.", "MIGRATION", "fuir"),
    ("fr", "1,3 million de Haïtiens ont été déplacés par les violences.", "MIGRATION", "déplacés par les violences"),
    ("en", "1.3 million Haitians have been displaced by the violence.", "MIGRATION", "displaced by the violence"),
    ("fr", "Les camps de fortune sont déjà saturés.", "HUMANITARIAN", "camps de fortune"),
    ("en", "Families sleep in makeshift shelters along the road.", "HUMANITARIAN", "makeshift shelters"),
    # Verbs of themes whose nouns the taxonomy lists (French tells with verbs).
    ("fr", "Des opposants ont été emprisonnés et torturés.", "HUMAN_RIGHTS", "torturer"),
    ("fr", "Le pouvoir a réprimé toute contestation.", "HUMAN_RIGHTS", "réprimer"),
    ("fr", "L'ancien ministre a été inculpé de corruption.", "CRIME", "inculper"),
    ("fr", "Les autorités ont refoulé 300 personnes à la frontière.", "MIGRATION", "refouler"),
    ("fr", "Le président sortant a été réélu avec 61 % des voix.", "ELECTIONS", "réélu"),
    ("fr", "Des photos ont circulé pour désinformer les électeurs.", "DISINFORMATION", "désinformer"),
    ("fr", "Une centaine de personnes ont été hospitalisées.", "HEALTH", "hospitalisé"),
    ("fr", "L'Iran continue d'enrichir de l'uranium à 60 %.", "NUCLEAR", "enrichir de l'uranium"),
    ("en", "The former minister was indicted on bribery charges.", "CRIME", "indicted"),
    ("en", "Critics say the government continues to repress dissent.", "HUMAN_RIGHTS", "repress"),
    ("fr", "Les ravisseurs ont emmené les élèves vers la forêt.", "CRIME", "ravisseur"),
    ("fr", "Les enlèvements contre rançon sont devenus une industrie lucrative.", "CRIME", "enlèvements contre rançon"),
    ("fr", "Orano a saisi la justice française d'une plainte pour vol.", "CRIME", "plainte pour vol"),
    ("en", "The kidnappers took the pupils into the forest.", "CRIME", "kidnappers"),
    ("fr", "La cyberattaque a interrompu la production dans trois usines.", "SUPPLY_CHAIN", "interrompre la production"),
    ("fr", "Il s'est rendu à Washington pour des discussions avec son homologue.", "DIPLOMACY", "pour des discussions"),
    ("fr", "Beaucoup dorment sous des bâches en attendant d'être enregistrés.", "HUMANITARIAN", "sous des bâches"),
    ("fr", "Les troupes se sont massées le long de la ligne de contact.", "ARMED_CONFLICT", "ligne de contact"),
    ("fr", "Washington a imposé des sanctions au secteur bancaire iranien.", "SANCTIONS", "imposer des sanctions"),
    ("en", "Washington imposed sanctions on Iran's banking sector.", "SANCTIONS", "impose sanctions"),
    ("fr", "Le président a décrété la loi martiale.", "MILITARY", "loi martiale"),
    ("en", "Washington granted export licences for 35,000 chips.", "TRADE", "export licences"),
    ("fr", "Pékin a imposé des licences d'exportation sur sept terres rares.", "TRADE", "licences d'exportation"),
    ("en", "Aid groups said food stocks would last barely two weeks.", "HUMANITARIAN", "food stocks"),
    ("fr", "Les sites de transit sont saturés, selon le HCR.", "HUMANITARIAN", "sites de transit"),
    ("en", "Thousands gathered in front of the parliament building.", "PROTEST", "gathered in front of"),
    ("en", "Moscow has never interfered in Moldova's internal affairs, Peskov said.", "DIPLOMACY", "internal affairs"),
    ("en", "Von der Leyen congratulated Sandu on her party's victory.", "DIPLOMACY", "congratulated"),
    ("fr", "Le président a félicité son homologue pour sa réélection.", "DIPLOMACY", "féliciter"),
    # the reflexive verb read whole over its auxiliary (themes._reflexive_auxiliary), as in the
    # present ("se rassemblent devant"); "rassemblés devant" when no "se" comes before it
    ("fr", "Des milliers de personnes se sont rassemblées devant le Parlement.", "PROTEST", "se rassembler devant"),
    ("fr", "Des milliers de personnes, rassemblées devant le Parlement, ont scandé des slogans.", "PROTEST", "rassemblés devant"),
    ("fr", "Pyongyang a testé un missile balistique intercontinental.", "NUCLEAR", "missile intercontinental"),
    ("en", "Plants halted production because of a shortage of chips.", "SUPPLY_CHAIN", "shortage of chips"),
])
def test_secondary_thread_phrase_is_its_themes_term(models, lang, text, code, term):
    assert term_weights(models[lang](text), lang).get((code, term), 0) >= 2


@pytest.mark.parametrize("lang, text, code", [
    # Other senses and look-alikes: no evidence, or only weak evidence, for the theme.
    ("fr", "Le récif corallien attire chaque année des milliers de plongeurs.", "TERRITORIAL_DISPUTE"),
    ("en", "The reef attracts thousands of divers every year.", "TERRITORIAL_DISPUTE"),
    ("fr", "Le festival de Lampedusa a accueilli des cinéastes italiens.", "ARMED_CONFLICT"),
    ("fr", "Le ministre s'est rendu en Ukraine pour signer un accord gazier.", "ARMED_CONFLICT"),
    ("en", "The plant expects delivery of the new machines next week.", "SUPPLY_CHAIN"),
    ("fr", "Le gouvernement veut taxer davantage les superprofits des banques.", "TRADE"),
    ("fr", "Le vol Paris-Dakar a été annulé après une plainte des passagers.", "CRIME"),
    ("fr", "Les discussions au sein du conseil municipal ont duré trois heures.", "DIPLOMACY"),
    ("fr", "Le sportif a écopé de nouvelles sanctions disciplinaires.", "NUCLEAR"),
    ("en", "The driving licence of the minister was suspended.", "TRADE"),
    ("en", "Shares rallied after the central bank cut rates in March.", "PROTEST"),
    ("en", "Georgia's Ministry of Internal Affairs said five organisers were detained.", "DIPLOMACY"),
    ("fr", "Le ministère des Affaires intérieures a annoncé cinq interpellations.", "DIPLOMACY"),
])
def test_other_senses_are_no_specific_evidence(models, lang, text, code):
    found = theme_evidence(models[lang](text), lang).get(code)
    assert found is None or max(found.term_weights.values()) < 2


def test_people_fleeing_are_a_migration_thread_in_french(nlp_fr):
    # "fuir" weighs 2 in French (as the usual verb of displacement: "ont fui les combats",
    # "ont fui vers El Obeid"); with the camps it makes a MIGRATION paragraph.
    text = ("Selon les autorités locales, plus de 40 000 personnes ont fui les environs de "
            "Kadougli depuis la mi-novembre, la plupart vers El Obeid, et des milliers d'autres "
            "ont fui vers le Soudan du Sud, où les camps de fortune sont saturés.")
    assert theme_evidence(nlp_fr(text), "fr")["MIGRATION"].weighted >= 4


def test_a_suspect_who_fled_is_no_migration_theme(nlp_fr):
    from transforms.themes import score_themes
    text = ("Les cambrioleurs ont fui avant l'arrivée de la police, qui a ouvert une enquête "
            "pour vol aggravé. Le butin est estimé à deux millions d'euros.")
    assert "MIGRATION" not in {s.theme_code for s in score_themes(nlp_fr(text), "fr")}
