"""English theme words in another sense or as the setting of another theme's story (s35).

* "camp" as a verb ("relatives camped outside the mine") is people waiting, no aid camp: the
  HUMANITARIAN word counts only as a noun (taxonomy ``_NOUN_ONLY``).
* Patrols are what the forces of a war do, as their drills and deployments are: beside
  ARMED_CONFLICT, a MILITARY theme told with soldiers, troops and patrols is its setting
  (taxonomy ``_SETTING_TERMS``).
"""
from transforms.theme_terms import setting_terms
from transforms.themes import score_themes, theme_evidence


def _terms(nlp, text, code):
    found = theme_evidence(nlp(text), "en").get(code)
    return set(found.term_counts) if found else set()


def test_camped_relatives_are_no_aid_camp(nlp_en):
    waiting = "Dozens of relatives camped outside the flooded quarry for a second night."
    assert "camp" not in _terms(nlp_en, waiting, "HUMANITARIAN")
    shelter = "About 4,000 displaced people now live in a camp on the edge of the town."
    assert "camp" in _terms(nlp_en, shelter, "HUMANITARIAN")


def test_patrols_are_the_setting_of_a_war():
    setting = setting_terms("en")["MILITARY"]
    assert setting.tell_only({"soldier", "troop", "patrol"}, {"ARMED_CONFLICT"})
    # alone, or beside no war, they still tell the forces' own story
    assert not setting.tell_only({"soldier", "troop", "patrol"}, set())


_HILL_AMBUSH_EN = (
    "Insurgents ambushed an army convoy in the northern hills on Saturday, killing four soldiers "
    "and wounding six, the military said on Monday.\n\n"
    "The rebels opened fire from the forest as the trucks slowed on a mountain road, a military "
    "spokesman said, and fled with rifles taken from the dead soldiers.\n\n"
    "The government sent 300 more troops to the district and ordered round-the-clock patrols "
    "along the road, where rebel attacks have killed dozens of soldiers this year.\n\n"
    "The insurgency has simmered for a decade, and fighting between rebel factions and the army "
    "has forced thousands of villagers into the towns.\n\n"
    "Local officials said the road was the only link between the district capital and the "
    "markets of the plain, and that traders had stopped using it after dark. Schools in three "
    "villages near the ambush site were closed until further notice, they said.\n\n"
    "A lawmaker from the region said families were afraid to travel to the clinics in the "
    "district capital and asked the government to reopen the old river crossing.\n\n")


def test_soldiers_and_patrols_of_a_war_story_are_no_military_thread(nlp_en):
    found = {s.theme_code for s in score_themes(nlp_en(_HILL_AMBUSH_EN), "en")}
    assert "ARMED_CONFLICT" in found
    assert "MILITARY" not in found
