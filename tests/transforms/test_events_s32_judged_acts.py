"""An act named as the subject of a judgement is a kind of act, not one that happened
('"Harassing a coast guard ship on a lawful patrol is unacceptable," she said', "Revoking a
licence is legitimate if ..."). Seen twice in dev38; checked on sentences of our own."""
from datetime import date

from tests.transforms.mentions import coded_with_found_actors

PUBLISHED = date(2026, 11, 27)


def test_a_gerund_judged_is_no_event(nlp_en):
    coded = coded_with_found_actors(
        nlp_en, "en", "Attacking civilians is a war crime, the minister said.", PUBLISHED)
    assert "ASSAULT" not in [c[0] for c in coded], coded
    coded = coded_with_found_actors(
        nlp_en, "en", '"Expelling journalists is never acceptable," said Anna Lindqvist.',
        PUBLISHED)
    assert "COERCE" not in [c[0] for c in coded], coded


def test_an_infinitive_judged_is_no_event(nlp_fr):
    coded = coded_with_found_actors(
        nlp_fr, "fr", "Bombarder des hôpitaux est un crime de guerre, a déclaré le ministre.",
        PUBLISHED)
    assert "ASSAULT" not in [c[0] for c in coded], coded


def test_the_act_itself_is_still_coded(nlp_en, nlp_fr):
    coded = coded_with_found_actors(
        nlp_en, "en", "Russia shelled Kharkiv on Monday.", PUBLISHED)
    assert ("ASSAULT", "Russia", "Kharkiv") in coded, coded
    coded = coded_with_found_actors(
        nlp_fr, "fr", "La Russie a bombardé Kharkiv lundi.", PUBLISHED)
    assert ("ASSAULT", "Russia", "Kharkiv") in coded, coded
