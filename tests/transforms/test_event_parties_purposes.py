"""What an act is for names no one it acted on: "hosted Nordic ministers to discuss aid
for Moldova", "a reçu les ministres pour discuter de l'aide à la Moldavie" have no target
(event_scope.in_purpose_clause, used by SentenceActors.first_after). A threat or a
request still acts on whom its infinitive names ("threatened to strike Moldova"), and an
object before the purpose stays the target."""
from tests.transforms.mentions import coded_with


def test_actor_in_a_purpose_infinitive_is_no_target(models):
    text = "Chancellor Olaf Scholz hosted Nordic ministers in Berlin on Friday to discuss aid " \
           "for Moldova."
    events = coded_with(models, "en", text, [("Olaf Scholz", "PERSON"), ("Berlin", "LOCATION"),
                                             ("Moldova", "COUNTRY")])
    assert events == [("CONSULT", "Olaf Scholz", None)]
    text = "Le président Olaf Scholz a reçu vendredi les ministres nordiques pour discuter de " \
           "l'aide à la Moldavie."
    events = coded_with(models, "fr", text, [("Olaf Scholz", "PERSON"), ("Moldavie", "COUNTRY")])
    assert events == [("CONSULT", "Olaf Scholz", None)]


def test_a_threat_acts_on_whom_its_infinitive_names(models):
    events = coded_with(models, "en", "Russia threatened to strike Moldova on Monday.",
                        [("Russia", "COUNTRY"), ("Moldova", "COUNTRY")])
    assert ("THREATEN", "Russia", "Moldova") in events
    events = coded_with(models, "fr", "La Russie a menacé lundi de frapper la Moldavie.",
                        [("Russie", "COUNTRY"), ("Moldavie", "COUNTRY")])
    assert ("THREATEN", "Russie", "Moldavie") in events


def test_object_before_a_purpose_stays_the_target(models):
    text = "Olaf Scholz met Moldova's president in Berlin to discuss aid."
    events = coded_with(models, "en", text, [("Olaf Scholz", "PERSON"), ("Moldova", "COUNTRY"),
                                             ("Berlin", "LOCATION")])
    assert ("CONSULT", "Olaf Scholz", "Moldova") in events
