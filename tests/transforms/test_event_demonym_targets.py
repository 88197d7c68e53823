"""A target named only by a demonym on what was acted on ("raised tariffs on Australian
wine", "a bombardé des villes ukrainiennes"): the state the article names elsewhere
(transforms/event_demonym_targets.py). Not when the article never names that state, and
never for the actor's own forces or what it gives."""
from tests.transforms.mentions import coded_with_canonical


# Events with the actors given as (text as written, canonical name, type).
_coded = coded_with_canonical


def test_demonym_on_an_english_object_is_the_target(models):
    text = "Beijing raised tariffs on Australian wine in May. Australia protested."
    events = _coded(models, "en", text, [("Beijing", "China", "COUNTRY"),
                                         ("Australia", "Australia", "COUNTRY")])
    assert ("SANCTION", "China", "Australia") in events


def test_demonym_after_at_names_the_state_struck(models):
    text = "Moscow fired missiles at Ukrainian power plants overnight. Ukraine asked for help."
    events = _coded(models, "en", text, [("Moscow", "Russia", "COUNTRY"),
                                         ("Ukraine", "Ukraine", "COUNTRY")])
    assert ("ASSAULT", "Russia", "Ukraine") in events


def test_french_demonym_on_the_object_is_the_target(models):
    text = "La Russie a bombardé des villes ukrainiennes pendant la nuit. L'Ukraine a riposté."
    events = _coded(models, "fr", text, [("Russie", "Russia", "COUNTRY"),
                                         ("Ukraine", "Ukraine", "COUNTRY")])
    assert ("ASSAULT", "Russia", "Ukraine") in events


def test_demonym_of_a_state_the_article_never_names_is_no_target(models):
    en = _coded(models, "en", "Canada criticised the Indian decision on Monday.",
                [("Canada", "Canada", "COUNTRY")])
    assert en == [("ACCUSE", "Canada", None)]
    fr = _coded(models, "fr", "Le Canada a critiqué la décision indienne lundi.",
                [("Canada", "Canada", "COUNTRY")])
    assert fr == [("ACCUSE", "Canada", None)]


def test_own_forces_and_gifts_are_no_target(models):
    text = "Germany sent French tanks on Monday. France and Ukraine welcomed it."
    events = _coded(models, "en", text, [("Germany", "Germany", "COUNTRY"),
                                         ("France", "France", "COUNTRY"),
                                         ("Ukraine", "Ukraine", "COUNTRY")])
    assert ("AID", "Germany", "France") not in events
    text = "La Turquie a déployé des soldats turcs lundi. La Syrie a protesté."
    events = _coded(models, "fr", text, [("Turquie", "Turkey", "COUNTRY"),
                                         ("Syrie", "Syria", "COUNTRY")])
    assert ("MOBILIZE", "Turkey", "Turkey") not in events
    assert all(e[2] != "Turkey" for e in events)


def test_demonym_on_a_nominal_trigger_s_complement_is_the_target(models):
    text = "Exporters braced for losses after a 40% Canadian tariff on Mexican steel came into " \
           "force. Mexico protested."
    events = _coded(models, "en", text, [("Canadian", "Canada", "COUNTRY"),
                                         ("Mexico", "Mexico", "COUNTRY")])
    assert ("SANCTION", "Canada", "Mexico") in events
    text = "Les exportateurs redoutent des pertes après l'entrée en vigueur des sanctions " \
           "canadiennes contre les banques mexicaines. Le Mexique a protesté."
    events = _coded(models, "fr", text, [("canadiennes", "Canada", "COUNTRY"),
                                         ("Mexique", "Mexico", "COUNTRY")])
    assert ("SANCTION", "Canada", "Mexico") in events


def test_nominal_trigger_without_the_state_named_keeps_no_target(models):
    text = "Exporters braced for losses after a 40% Canadian tariff on Mexican steel came into " \
           "force."
    events = _coded(models, "en", text, [("Canadian", "Canada", "COUNTRY")])
    assert events == [("SANCTION", "Canada", None)]
