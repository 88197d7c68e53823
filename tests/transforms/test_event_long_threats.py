"""Event recall on long online articles: warnings and diplomatic protests. A warning of
one's own hostile move ("warned it could suspend aid") or of consequences ("would be met
with countermeasures") is a threat, a forecast is not; a state summoning a diplomat "to
protest" accuses the diplomat's country, while crowds still protest."""
from tests.transforms.mentions import coded_with


def test_warning_of_own_move_is_a_threat(models):
    events = coded_with(models, "en", "UNICEF warned it could suspend vaccinations in two "
                                      "provinces of Yemen.", [("UNICEF", "ORGANIZATION")])
    assert ("THREATEN", "UNICEF", None) in events


def test_warning_of_countermeasures_is_a_threat(models):
    text = "A spokesman, Colonel Zhang Xiaogang, warned that any provocation would be met " \
           "with resolute countermeasures."
    events = coded_with(models, "en", text, [("Zhang Xiaogang", "PERSON")])
    assert ("THREATEN", "Zhang Xiaogang", None) in events


def test_french_warning_of_reprisals_is_a_threat(models):
    text = "Le général Assimi Goïta a averti que toute incursion entraînerait des représailles."
    events = coded_with(models, "fr", text, [("Assimi Goïta", "PERSON")])
    assert ("THREATEN", "Assimi Goïta", None) in events


def test_forecast_is_no_threat(models):
    events = coded_with(models, "en", "The Bank of Ghana warned that inflation would rise "
                                      "again in the spring.", [("Bank of Ghana", "ORGANIZATION")])
    assert not any(kind == "THREATEN" for kind, _, _ in events)


def test_state_summoning_a_diplomat_to_protest_accuses(models):
    text = "Hanoi's foreign ministry said it had summoned a diplomat from the Chinese " \
           "embassy to protest the seizure."
    events = coded_with(models, "en", text, [("Hanoi", "COUNTRY"), ("Chinese", "COUNTRY")])
    assert ("ACCUSE", "Hanoi", "Chinese") in events
    assert not any(kind == "PROTEST" for kind, _, _ in events)


def test_crowds_still_protest(models):
    events = coded_with(models, "en", "Thousands of farmers protested in Nairobi on Monday.",
                        [("Nairobi", "LOCATION")])
    assert any(kind == "PROTEST" for kind, _, _ in events)
