"""The navy that orders submarines or frigates, and a general quoted on the order, are the
setting of a defence-industry story, as the goods and the ministers who buy them are (taxonomy
_SETTING_TERMS: MILITARY's terms beside a kept DEFENSE_INDUSTRY). Exercises, deployments or a
defence budget keep MILITARY. Written for these tests."""
from transforms.theme_terms import setting_terms


def test_the_navy_buying_submarines_is_the_order_s_setting():
    setting = setting_terms("en")["MILITARY"]
    assert setting.tell_only({"submarine", "navy", "naval", "frigate", "defence minister",
                              "general"}, {"DEFENSE_INDUSTRY"})


def test_naval_exercises_beside_an_order_stay_military():
    setting = setting_terms("en")["MILITARY"]
    assert not setting.tell_only({"submarine", "navy", "naval drills"}, {"DEFENSE_INDUSTRY"})
    assert not setting.tell_only({"navy", "troop deployment"}, {"DEFENSE_INDUSTRY"})


def test_a_navy_beside_a_trade_story_stays_military():
    setting = setting_terms("en")["MILITARY"]
    assert not setting.tell_only({"navy", "frigate", "general"}, {"TRADE"})
