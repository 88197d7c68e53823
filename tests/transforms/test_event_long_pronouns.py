"""Event recall on long online articles: bodies and states as "it"/"they". A pronoun in a
clause reported by a named body is that body ("Interpol said it had arrested ..."); a
pronoun opening a sentence is the body or state named as the subject of the sentence
before ("The IMF said ... It urged"). A passive pronoun is acted on, and a source's wish
not to be named is no request."""
from tests.transforms.mentions import coded_with


def test_pronoun_in_a_reported_clause_is_the_reporting_body(models):
    text = "U.S. Central Command said it had carried out 20 airstrikes against the Houthis."
    events = coded_with(models, "en", text, [("U.S. Central Command", "ORGANIZATION"),
                                              ("Houthis", "GROUP")])
    assert ("ASSAULT", "U.S. Central Command", "Houthis") in events


def test_pronoun_opening_a_sentence_is_the_previous_subject_body(models):
    text = ("The International Monetary Fund said it was worried about the debt of Zambia. "
            "It urged creditors to agree on a restructuring quickly.")
    events = coded_with(models, "en", text, [("International Monetary Fund", "ORGANIZATION"),
                                              ("Zambia", "COUNTRY")])
    assert ("REQUEST", "International Monetary Fund", None) in events


def test_they_after_observers_of_a_body_is_that_body(models):
    text = ("Observers from the African Union said the vote had been calm. "
            "They also criticised the late closure of polling stations.")
    events = coded_with(models, "en", text, [("African Union", "ORGANIZATION")])
    assert ("ACCUSE", "African Union", None) in events


def test_passive_pronoun_is_not_the_actor(models):
    text = "The Belgian government said it had been consulted before the decision."
    events = coded_with(models, "en", text, [("Belgian government", "COUNTRY")])
    assert not any(source == "Belgian government" for _, source, _ in events)


def test_asking_not_to_be_named_is_no_request(models):
    text = ('"The camps are full," said a UNHCR official, who asked not to be named.')
    events = coded_with(models, "en", text, [("UNHCR", "ORGANIZATION")])
    assert not any(kind == "REQUEST" for kind, _, _ in events)
