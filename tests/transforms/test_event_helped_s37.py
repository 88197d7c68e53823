"""Aid sent to a town "to help" a state: the state the purpose clause names is the one
aided, the town is only where the help went."""
from tests.transforms.mentions import coded_with_canonical as _coded


def test_aid_sent_to_a_town_to_help_a_state_targets_the_state(models):
    text = "Japan sent a team of engineers to Pokhara on Sunday to help Nepal after the quake."
    events = _coded(models, "en", text, [("Japan", "Japan", "COUNTRY"),
                                         ("Pokhara", "Pokhara", "LOCATION"),
                                         ("Nepal", "Nepal", "COUNTRY")])
    assert ("AID", "Japan", "Nepal") in events
    assert ("AID", "Japan", "Pokhara") not in events


def test_rescuers_sent_to_a_town_pour_aider_a_state_target_the_state(models):
    text = "L'Italie a envoyé des secouristes à Antakya pour aider la Turquie."
    events = _coded(models, "fr", text, [("Italie", "Italy", "COUNTRY"),
                                         ("Antakya", "Antakya", "LOCATION"),
                                         ("Turquie", "Turkey", "COUNTRY")])
    assert ("AID", "Italy", "Turkey") in events
    assert ("AID", "Italy", "Antakya") not in events
