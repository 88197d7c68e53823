"""A French list of two subjects the parse cut in two: the verb hung as a conjunct on a noun
before the "et", with only the second member as its subject. The plural verb after a single
singular subject tells the list; the actor just before the "et" acted too."""
from datetime import date

from tests.transforms.mentions import coded_with_found_actors

PUBLISHED = date(2026, 11, 27)


def _coded(nlp, text):
    return coded_with_found_actors(nlp, "fr", text, PUBLISHED)


def test_the_first_of_two_coordinated_subjects_acts_too(nlp_fr):
    coded = _coded(nlp_fr, "L'armée malienne et l'armée nigérienne ont attaqué lundi les "
                           "positions du JNIM.")
    assert ("ASSAULT", "Mali", "JNIM") in coded
    assert ("ASSAULT", "Niger", "JNIM") in coded


def test_the_first_member_after_an_opening_phrase_acts_too(nlp_fr):
    for verb in ("appelé", "exhorté"):
        coded = _coded(nlp_fr, f"Dans un communiqué commun, Paris et Berlin ont {verb} "
                               "Washington à maintenir les sanctions.")
        assert {s for t, s, _ in coded if t == "REQUEST"} == {"France", "Germany"}, verb


def test_two_armies_coordinated_hold_one_joint_patrol(nlp_fr):
    assert ("COOPERATE", "Ghana", "Togo") in _coded(
        nlp_fr, "Le long de la frontière, l'armée ghanéenne et l'armée togolaise ont mené "
                "jeudi une patrouille conjointe.")


def test_a_second_clause_after_a_comma_is_no_list(nlp_fr):
    coded = _coded(nlp_fr, "Le Mali a fermé sa frontière, et les autorités nigériennes ont "
                           "arrêté dix contrebandiers.")
    assert not any(t == "COERCE" and s == "Mali" for t, s, _ in coded)
