"""A clause of contrast or concession after a comma ("..., tandis que le M23 a attaqué",
"..., while", "..., malgré l'interdiction décidée par", "..., despite a ban ordered by")
names no party of the verb before it: the first-actor fallbacks stop there
(event_scope.side_clause_start). An actor in the verb's own phrase stays its target."""
from tests.transforms.mentions import coded_with


def test_actor_after_a_contrast_clause_is_no_target(models):
    text = "L'Union africaine a condamné les violences contre les civils à Bunia, tandis que " \
           "le M23 a attaqué l'aéroport."
    events = coded_with(models, "fr", text, [("Union africaine", "ORGANIZATION"),
                                             ("M23", "GROUP")])
    assert ("ACCUSE", "Union africaine", None) in events
    text = "The African Union condemned the violence against civilians in Bunia, while the " \
           "M23 attacked the airport."
    events = coded_with(models, "en", text, [("African Union", "ORGANIZATION"),
                                             ("M23", "GROUP")])
    assert ("ACCUSE", "African Union", None) in events


def test_actor_after_a_concession_is_no_target_of_a_request(models):
    text = "Le syndicat a appelé ses militants à manifester jeudi, malgré l'interdiction " \
           "décidée par le gouvernement du Tchad."
    assert all(e[2] != "Tchad" for e in coded_with(models, "fr", text, [("Tchad", "COUNTRY")]))
    text = "The union urged its members to march on Thursday, despite a ban ordered by " \
           "Chad's government."
    assert all(e[2] != "Chad" for e in coded_with(models, "en", text, [("Chad", "COUNTRY")]))


def test_actor_in_the_verb_s_own_phrase_stays_the_target(models):
    text = "The African Union condemned the attack on the M23 on Monday."
    events = coded_with(models, "en", text, [("African Union", "ORGANIZATION"),
                                             ("M23", "GROUP")])
    assert events == [("ACCUSE", "African Union", "M23")]
