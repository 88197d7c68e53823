"""English theme words in a sense that is not their topic, and bodies named as a person's
affiliation (forty-second session). Sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights


@pytest.mark.parametrize("text", [
    "The state kept a minority holding in the port operator after the sale.",
    "A minority listing of the bank raised 3 billion pounds on Monday.",
    "The fund became a minority investor in the mining group last year.",
    "Minority whip Dana Cole said the bill would pass the Senate.",
])
def test_a_minority_of_shares_or_of_a_chamber_is_no_rights_story(nlp_en, text):
    assert not any(code == "HUMAN_RIGHTS" for code, _ in term_weights(nlp_en(text), "en"))


def test_minorities_persecuted_are_still_a_rights_story(nlp_en):
    assert any(code == "HUMAN_RIGHTS" for code, _ in term_weights(
        nlp_en("The report said the minority was denied schooling in its own language."), "en"))


@pytest.mark.parametrize("text, code, term", [
    ("Maria Lopez, the director general of the International Atomic Energy Agency, is a candidate.",
     "NUCLEAR", "International Atomic Energy Agency"),
    ("The vote left the head of the UN nuclear watchdog in front.", "NUCLEAR", "nuclear watchdog"),
])
def test_a_body_named_as_a_persons_affiliation_is_a_weak_word(nlp_en, text, code, term):
    assert term_weights(nlp_en(text), "en")[(code, term)] == 1


@pytest.mark.parametrize("text, code, term", [
    ("The International Atomic Energy Agency said its inspectors had left the site.",
     "NUCLEAR", "International Atomic Energy Agency"),
    ("The UN nuclear watchdog found traces of uranium at the site.", "NUCLEAR", "nuclear watchdog"),
])
def test_a_body_that_acts_keeps_its_weight(nlp_en, text, code, term):
    assert term_weights(nlp_en(text), "en")[(code, term)] == 3


def test_a_foreign_ministry_spokesman_still_tells_diplomacy(nlp_en):
    weights = term_weights(nlp_en("A Foreign Ministry spokesman said the envoy had been summoned."),
                           "en")
    assert weights.get(("DIPLOMACY", "foreign ministry"), 0) >= 2


def test_a_persons_name_is_no_nuclear_term(nlp_en):
    assert not any(code == "NUCLEAR" for code, _ in term_weights(
        nlp_en("Grossi led the straw poll for secretary-general on Wednesday."), "en"))


def _evidence_and_other_talks(doc, headline_themes=frozenset()):
    from transforms.themes import theme_evidence
    other_talks = []
    found = theme_evidence(doc, "en", headline_themes=headline_themes, other_talks=other_talks)
    return found, other_talks


ASIDE = "Separately, the foreign minister held talks with the U.N. envoy for Libya on Friday."


def test_talks_in_an_aside_on_other_news_tell_no_diplomacy(nlp_en):
    doc = nlp_en("The state sold a stake in the bottling company to investors on Monday. "
                 "Shares rose 5% on their first day of trading. " + ASIDE)
    found, other_talks = _evidence_and_other_talks(doc)
    assert "DIPLOMACY" not in found and other_talks


def test_talks_in_an_aside_count_beside_the_storys_own(nlp_en):
    doc = nlp_en("The two prime ministers held talks in Rome on Monday and agreed to reopen "
                 "their embassies. " + ASIDE)
    found, other_talks = _evidence_and_other_talks(doc)
    assert "foreign minister" in found["DIPLOMACY"].term_counts and not other_talks


def test_talks_in_an_aside_on_the_headlines_topic_count(nlp_en):
    doc = nlp_en("A panel ruled that the duties on canola broke global rules. "
                 "Separately, negotiators resumed talks in Ottawa on steel tariffs.")
    found, other_talks = _evidence_and_other_talks(doc, frozenset({"TRADE"}))
    assert "talks" in found["DIPLOMACY"].term_counts and not other_talks


def test_without_other_talks_the_evidence_keeps_the_asides_diplomacy(nlp_en):
    assert any(code == "DIPLOMACY" for code, _ in term_weights(nlp_en(ASIDE), "en"))


def test_a_privatisation_story_closing_on_talks_elsewhere_is_no_diplomacy_story(nlp_en):
    from transforms.themes import score_themes
    text = ("CAIRO, Nov 3 (Vigie) - Shares in a state-owned cement maker rose 8% on their debut on "
            "Sunday, the first sale in a privatisation drive the International Monetary Fund has "
            "urged the government to speed up.\n\n"
            "The finance ministry sold a 25% stake to local and foreign investors for 4 billion "
            "pounds, and said two more state firms would be listed next year. Investors welcomed "
            "the sale, but economists said the state still controlled most of the economy.\n\n"
            "Inflation eased to 12% in October, the central bank said, giving it room to cut "
            "interest rates in December.\n\n" + ASIDE)
    themes = {t.theme_code for t in score_themes(nlp_en(text), "en",
                                                 title="Cement maker's shares jump on debut")}
    assert "ECONOMY" in themes and "DIPLOMACY" not in themes


@pytest.mark.parametrize("text", [
    "Police raided 14 addresses on Tuesday and detained five people.",
    "Federal prosecutors raided the plant on Tuesday and seized its records.",
    "Officers arrested 41 people on Tuesday in raids against a smuggling network.",
    "The suspects were detained in raids in Spain, Germany and Latvia.",
    "Immigration raids have kept workers away from the building sites.",
    "Security forces raided three drug laboratories near the border on Tuesday.",
])
def test_a_police_raid_is_no_war(nlp_en, text):
    assert ("ARMED_CONFLICT", "raid") not in term_weights(nlp_en(text), "en")


@pytest.mark.parametrize("text", [
    "Militants killed at least nine civilians in two raids on villages.",
    "Fighters raided a U.N. compound in the capital and seized computers.",
])
def test_a_raid_by_fighters_is_still_a_war_word(nlp_en, text):
    assert ("ARMED_CONFLICT", "raid") in term_weights(nlp_en(text), "en")


@pytest.mark.parametrize("text", [
    "After the president fled to Moscow, the new authorities opened the palace to the press.",
    "Troops returned fire and the attackers fled south towards the border.",
    "Two gunmen opened fire on the bus and fled, police said.",
])
def test_those_who_flee_the_law_or_a_lost_throne_are_no_displaced(nlp_en, text):
    assert not any(code == "MIGRATION" and term.startswith("fle")
                   for code, term in term_weights(nlp_en(text), "en"))


@pytest.mark.parametrize("text", [
    "More than 60,000 people have fled to neighbouring towns since the fighting began.",
    "Amina Yusuf, 36, who fled to the camp with her four children, said food ran out.",
])
def test_people_who_flee_are_still_displaced(nlp_en, text):
    assert any(code == "MIGRATION" and term.startswith("fle")
               for code, term in term_weights(nlp_en(text), "en"))


def test_the_raids_told_again_after_a_police_raid_are_the_same(nlp_en):
    from transforms.theme_police_raids import police_raids
    doc = nlp_en("Police raided three laboratories on Tuesday. The raids bring to 14 the number "
                 "of sites shut this month.")
    assert len(police_raids(doc, "en")) == 2
    doc = nlp_en("Militants killed nine villagers. The raids have emptied the valley.")
    assert police_raids(doc, "en") == set()


QUAKE = (
    "SUVA, March 3 (Vigie) - A magnitude 7.1 earthquake struck off the island early on Tuesday, "
    "sending thousands of residents to higher ground and cutting power across the capital, the "
    "national disaster office said.\n\n"
    "Waves of about a metre flooded low-lying streets and damaged the main wharf. Two people were "
    "hurt and about 800 spent the night in evacuation centres, where aid workers handed out "
    "water, food and tarpaulins. The government appealed for emergency relief supplies.\n\n"
    "Engineers flown in by a neighbouring government inspected the power station on Wednesday, "
    "and the utility said electricity had returned to half of the capital and that the grid "
    "would be restored by the weekend. Generators were sent to the hospital.\n\n"
    "The Red Cross said it was sending relief teams and emergency shelter kits to the outer "
    "islands, where the humanitarian needs were not yet known. Schools stayed closed and "
    "officials warned of aftershocks in the coming days.\n\n"
    "Residents said the shaking lasted nearly a minute. Many of them remembered the deadly "
    "tsunami of 2009 and moved inland within minutes, a village chief said."
)


def test_the_power_a_disaster_cut_is_the_setting_of_an_aid_story(nlp_en):
    from transforms.themes import score_themes
    themes = {t.theme_code for t in score_themes(nlp_en(QUAKE), "en",
                                                 title="Quake cuts power in island capital")}
    assert "HUMANITARIAN" in themes and "ENERGY" not in themes


@pytest.mark.parametrize("text", [
    "Economists say each lost assembly-line job costs two more in the town's shops.",
    "The planemaker will set up a final assembly line near the airport.",
    "Assembly line workers voted to accept the offer.",
])
def test_an_assembly_line_as_a_workplace_is_no_supply_chain(nlp_en, text):
    assert not any(code == "SUPPLY_CHAIN" for code, _ in term_weights(nlp_en(text), "en"))


def test_assembly_lines_stopped_for_want_of_parts_are_still_a_supply_chain(nlp_en):
    weights = term_weights(nlp_en("Carmakers warned that assembly lines could stop within weeks "
                                  "without chips."), "en")
    assert weights[("SUPPLY_CHAIN", "assembly lines")] == 3
