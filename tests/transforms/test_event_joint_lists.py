"""Joint acts and lists of parties (transforms/events.py): "A, B, C et D ont mené une
patrouille conjointe" is the first named with each of the others (eval/README.md, joint
actions and several parties); a list the parse split into two subjects is still one list.
Each rule: positive and negative."""
import pytest

from tests.transforms.mentions import coded_with


def _events(models, lang, text, names):
    return sorted(coded_with(models, lang, text, names))


FOUR = [("Philippines", "COUNTRY"), ("Etats-Unis", "COUNTRY"), ("Japon", "COUNTRY"),
        ("Australie", "COUNTRY")]


def test_joint_act_of_four_is_the_first_with_each_other(models):
    text = ("Les Philippines, les Etats-Unis, le Japon et l'Australie ont mené la semaine "
            "dernière une « activité de coopération maritime » conjointe à l'ouest de Luçon.")
    assert _events(models, "fr", text, FOUR) == [
        ("COOPERATE", "Philippines", "Australie"), ("COOPERATE", "Philippines", "Etats-Unis"),
        ("COOPERATE", "Philippines", "Japon")]


def test_joint_act_of_three_in_english(models):
    text = "The Philippines, the United States and Japan held joint naval drills last week."
    names = [("Philippines", "COUNTRY"), ("United States", "COUNTRY"), ("Japan", "COUNTRY")]
    assert _events(models, "en", text, names) == [
        ("COOPERATE", "Philippines", "Japan"), ("COOPERATE", "Philippines", "United States")]


def test_joint_act_of_two_stays_one_event(models):
    text = "Le Japon et l'Australie ont mené un exercice naval conjoint au large de Darwin."
    found = _events(models, "fr", text, [("Japon", "COUNTRY"), ("Australie", "COUNTRY")])
    assert found == [("COOPERATE", "Japon", "Australie")]


def test_list_split_into_two_subjects_still_all_act(models):
    text = ("Le Mali, le Burkina Faso et le Niger ont rappelé leurs ambassadeurs en Algérie "
            "mardi.")
    names = [("Mali", "COUNTRY"), ("Burkina Faso", "COUNTRY"), ("Niger", "COUNTRY"),
             ("Algérie", "COUNTRY")]
    found = _events(models, "fr", text, names)
    assert {source for _, source, _ in found} == {"Mali", "Burkina Faso", "Niger"}


def test_list_of_actions_of_one_actor_is_no_list(models):
    text = "En Ukraine, la Russie a lancé 120 drones contre Kharkiv."
    found = _events(models, "fr", text, [("Ukraine", "COUNTRY"), ("Russie", "COUNTRY"),
                                          ("Kharkiv", "LOCATION")])
    assert ("ASSAULT", "Russie", "Kharkiv") in found
    assert all(source == "Russie" for _, source, _ in found)


def test_first_member_hung_under_the_second_still_acts(models):
    text = ("Grossi and Iranian Foreign Minister Abbas Araghchi signed an agreement in Cairo on "
            "Sept. 9 setting out how inspections would resume.")
    found = _events(models, "en", text, [("Grossi", "PERSON"), ("Abbas Araghchi", "PERSON")])
    assert found == [("AGREE", "Grossi", "Abbas Araghchi")]


def test_title_modifier_without_a_list_is_no_member(models):
    text = "Iranian Foreign Minister Abbas Araghchi signed an agreement with Oman in Muscat."
    found = _events(models, "en", text, [("Abbas Araghchi", "PERSON"), ("Oman", "COUNTRY")])
    assert found == [("AGREE", "Abbas Araghchi", "Oman")]


@pytest.mark.parametrize("lang, text, names, expected", [
    ("en", "Japanese and Philippine coast guards held a joint drill off Manila Bay on Friday.",
     [("Japanese", "COUNTRY"), ("Philippine", "COUNTRY")],
     [("COOPERATE", "Japanese", "Philippine")]),
    ("en", "Indian and Pakistani troops exchanged fire along the Line of Control on Monday.",
     [("Indian", "COUNTRY"), ("Pakistani", "COUNTRY")], [("ASSAULT", "Indian", "Pakistani")]),
    ("fr", "Les armées thaïlandaise et cambodgienne se sont affrontées lundi le long de la "
           "frontière.", [("thaïlandaise", "COUNTRY"), ("cambodgienne", "COUNTRY")],
     [("ASSAULT", "thaïlandaise", "cambodgienne")]),
])
def test_coordinated_demonyms_are_two_parties(models, lang, text, names, expected):
    assert _events(models, lang, text, names) == expected


def test_one_sided_act_of_two_demonyms_is_one_event_each(models):
    text = "Les armées thaïlandaise et cambodgienne se sont retirées lundi de la frontière."
    found = _events(models, "fr", text, [("thaïlandaise", "COUNTRY"),
                                          ("cambodgienne", "COUNTRY")])
    assert found == [("RETREAT", "cambodgienne", None), ("RETREAT", "thaïlandaise", None)]


def test_demonyms_on_two_nouns_stay_source_and_target(models):
    text = "Chinese warships fired water cannon at Philippine vessels on Tuesday."
    found = _events(models, "en", text, [("Chinese", "COUNTRY"), ("Philippine", "COUNTRY")])
    assert found == [("COERCE", "Chinese", "Philippine")]
