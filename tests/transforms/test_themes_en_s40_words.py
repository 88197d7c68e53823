"""English words of a topic a reporter uses in any story (vocabulary sweep, fortieth session):
labour action (PROTEST), rival claims and a divided land (TERRITORIAL_DISPUTE), waste and
pollution (CLIMATE), company results, pay and the economy's gauges (ECONOMY), 3D printing (TECHNOLOGY), water
brought to people cut off (HUMANITARIAN), drug and arms smugglers (CRIME, not MIGRATION).
And the setting of a smuggling story: smugglers and the border they cross beside CRIME are
no MIGRATION story, nor a gang's bomb a war. Sentences written for these tests."""
import pytest

from tests.transforms.evidence import evidence_of, term_weights
from transforms.records import ThemeScore
from transforms.themes import _without_setting_only_themes


@pytest.mark.parametrize("text, code, term", [
    ("The government passed back-to-work legislation on Friday.", "PROTEST", "back-to-work legislation"),
    ("The union defied a back-to-work order from the labour board.", "PROTEST", "back-to-work order"),
    ("She said the government respected the right to strike.", "PROTEST", "right to strike"),
    ("Bus drivers walked out at dawn over unpaid overtime.", "PROTEST", "walk out"),
    ("Nurses stayed off the job for a second day.", "PROTEST", "off the job"),
    ("Dockers began a work-to-rule on Monday.", "PROTEST", "work-to-rule"),
    ("Hundreds of students chanted slogans outside the ministry.", "PROTEST", "chant slogan"),
    ("Police in riot gear lined the avenue.", "PROTEST", "riot gear"),
    ("The two countries have rival claims to the atoll.", "TERRITORIAL_DISPUTE", "rival claims"),
    ("Both governments lay claim to the river island.", "TERRITORIAL_DISPUTE", "lay claim"),
    ("Troops faced each other along the demarcation line.", "TERRITORIAL_DISPUTE", "demarcation line"),
    ("The leaders met to discuss the Cyprus problem.", "TERRITORIAL_DISPUTE", "Cyprus problem"),
    ("The Polisario Front rejected the plan.", "TERRITORIAL_DISPUTE", "Polisario Front"),
    ("The plant dumped toxic waste into the lake.", "CLIMATE", "toxic waste"),
    ("Runoff from the mine polluted the river.", "CLIMATE", "polluted"),
    ("Factories pollute the bay, fishermen say.", "CLIMATE", "pollute"),
    ("An oil slick reached the beaches; a second slick drifted north.", "CLIMATE", "slick"),
    ("Microplastics were found in the town's tap water.", "CLIMATE", "microplastics"),
    ("Net profit rose to $2 billion in the quarter.", "ECONOMY", "net profit"),
    ("Shareholders will vote on the merger next month.", "ECONOMY", "shareholder"),
    ("Teachers have not been paid their salaries since June.", "ECONOMY", "salary"),
    ("Economic activity slowed in October.", "ECONOMY", "economic activity"),
    ("Drivers' earnings fell after the app's pay cut.", "ECONOMY", "pay cut"),
    ("The gang made pistols on cheap 3D printers.", "TECHNOLOGY", "3D printer"),
    ("Police seized 40 3D-printed guns.", "TECHNOLOGY", "3D-printed"),
    ("The guns were 3D printed in a garage.", "TECHNOLOGY", "3D printed"),
    ("Shops began to use facial recognition cameras.", "TECHNOLOGY", "facial recognition"),
    ("The governor asked for bottled water for the villages.", "HUMANITARIAN", "bottled water"),
    ("Army drones tracked the drug smugglers across the desert.", "CRIME", "drug smugglers"),
    ("Customs officers found captagon pills in the truck.", "CRIME", "captagon"),
])
def test_words_of_a_topic(nlp_en, text, code, term):
    assert (code, term) in term_weights(nlp_en(text), "en")


def test_drug_smugglers_are_no_migrants(nlp_en):
    weights = term_weights(nlp_en("Soldiers killed three drug smugglers near the border."), "en")
    assert ("MIGRATION", "smuggler") not in weights
    weights = term_weights(nlp_en("Smugglers packed forty migrants into the boat."), "en")
    assert ("MIGRATION", "smuggler") in weights


def test_smugglers_and_a_border_beside_crime_are_no_migration_story():
    evidence = {"MIGRATION": evidence_of([("smuggler", 2, 0), ("border", 1, 0),
                                          ("border fence", 3, 1), ("smuggler", 2, 3)])}
    scores = [ThemeScore("CRIME", 9.0, 12), ThemeScore("MIGRATION", 5.0, 4)]
    assert [s.theme_code for s in _without_setting_only_themes(scores, evidence, "en")] == [
        "CRIME"]


def test_smugglers_of_migrants_beside_crime_stay_a_migration_story():
    evidence = {"MIGRATION": evidence_of([("smuggler", 2, 0), ("migrant", 2, 0),
                                          ("border", 1, 1)])}
    scores = [ThemeScore("CRIME", 9.0, 12), ThemeScore("MIGRATION", 5.0, 4)]
    assert {s.theme_code for s in _without_setting_only_themes(scores, evidence, "en")} == {
        "CRIME", "MIGRATION"}


def test_a_gangs_bomb_and_firefight_beside_crime_are_no_war():
    evidence = {"ARMED_CONFLICT": evidence_of([("bomb", 2, 0), ("firefight", 3, 2),
                                               ("killed", 1, 2)])}
    scores = [ThemeScore("CRIME", 9.0, 12), ThemeScore("ARMED_CONFLICT", 4.0, 4)]
    assert [s.theme_code for s in _without_setting_only_themes(scores, evidence, "en")] == [
        "CRIME"]


@pytest.mark.parametrize("text, code, term", [
    # a company's share move is told in every business story, no economy story (readable
    # sets: 2 wrong ECONOMY themes); wildlife and parks are the setting of poaching and
    # trafficking stories, which annotators tag CRIME only (2 wrong CLIMATE themes)
    ("The company's shares fell 8 percent in Tokyo.", "ECONOMY", "share fall"),
    ("Rangers say wildlife has returned to the national park.", "CLIMATE", "wildlife"),
    ("The app uses encrypted messaging.", "TECHNOLOGY", "encrypted messaging"),
])
def test_words_left_out(nlp_en, text, code, term):
    assert (code, term) not in term_weights(nlp_en(text), "en")


@pytest.mark.parametrize("text, code, term", [
    ("Life expectancy fell for a second year.", "HEALTH", "life expectancy"),
    ("The FDA approved the drug on Tuesday.", "HEALTH", "FDA"),
    ("Generic drugs cost a tenth of the branded pills.", "HEALTH", "generic drugs"),
    ("Children who vape are at risk, the ministry said, and it banned e-cigarettes.", "HEALTH", "e-cigarette"),
    ("The tax on tobacco doubled.", "HEALTH", "tobacco"),
    ("A ban on junk food ads begins in March.", "HEALTH", "junk food"),
    ("Cases of pneumonia rose in the camps.", "HEALTH", "pneumonia"),
    ("Staff at the care home tested every resident.", "HEALTH", "care home"),
    ("The law punishes domestic violence with prison.", "HUMAN_RIGHTS", "domestic violence"),
    ("Unaccompanied minors are housed in a school.", "MIGRATION", "unaccompanied minors"),
    ("A migrant caravan set off from Tapachula.", "MIGRATION", "migrant caravan"),
    ("The two states agreed to normalise relations.", "DIPLOMACY", "normalise relations"),
    ("Guerrillas attacked the pipeline.", "ARMED_CONFLICT", "guerrilla"),
    ("The militants beheaded two hostages.", "TERRORISM", "behead"),
])
def test_more_words_of_a_topic(nlp_en, text, code, term):
    assert (code, term) in term_weights(nlp_en(text), "en")


def test_a_navy_and_patrol_vessels_beside_a_coast_guard_standoff_are_no_military_story():
    evidence = {"MILITARY": evidence_of([("navy", 2, 0), ("patrol vessels", 2, 1),
                                         ("patrol", 1, 2)])}
    scores = [ThemeScore("TERRITORIAL_DISPUTE", 9.0, 12), ThemeScore("MILITARY", 4.0, 4)]
    assert [s.theme_code for s in _without_setting_only_themes(scores, evidence, "en")] == [
        "TERRITORIAL_DISPUTE"]
    evidence = {"MILITARY": evidence_of([("navy", 2, 0), ("warship", 3, 1)])}
    assert {s.theme_code for s in _without_setting_only_themes(scores, evidence, "en")} == {
        "TERRITORIAL_DISPUTE", "MILITARY"}


def test_soldiers_and_drones_on_a_migrant_border_are_no_military_story():
    evidence = {"MILITARY": evidence_of([("army", 1, 0), ("soldier", 1, 1), ("drone", 1, 2),
                                         ("patrol vessels", 2, 3)])}
    scores = [ThemeScore("MIGRATION", 9.0, 12), ThemeScore("MILITARY", 4.0, 4)]
    assert [s.theme_code for s in _without_setting_only_themes(scores, evidence, "en")] == [
        "MIGRATION"]


_SUIT = ("SEMARANG, Indonesia (Vigie) - A court on Friday annulled the permit of a cement plant "
         "after farmers argued that it would drain the springs their fields depend on.\n\n"
         "The judges said the permit had been granted without a hearing. Lawyers for the company "
         "said they would appeal the verdict, and a judge at the trial called the case a test for "
         "the region's quarries.\n\n"
         "The plant's owner said the ruling would delay 400 jobs.\n\n")


def test_a_lawsuit_over_a_permit_is_no_crime_story(nlp_en):
    from transforms.themes import score_themes
    assert "CRIME" not in {s.theme_code for s in score_themes(nlp_en(_SUIT), "en")}


def test_a_court_case_with_its_offence_stays_a_crime_story(nlp_en):
    from transforms.themes import score_themes
    fraud = ("Prosecutors said the owner had bribed officials and charged him with fraud; police "
             "arrested two of his managers on Thursday.\n\n")
    assert "CRIME" in {s.theme_code for s in score_themes(nlp_en(_SUIT + fraud), "en")}
