"""Event recall on long online articles: lists of actors before their verb. A list taken
up again by a pronoun ("ont, elles aussi, dénoncé", "have, they too, rejected") and a
name qualified by one word ("la CSC chrétienne et la CGSLB libérale") still act each."""
from tests.transforms.mentions import coded_with


def test_list_taken_up_by_a_pronoun_acts_each(models):
    text = "La FGTB socialiste et la CSC chrétienne ont, elles aussi, dénoncé la réforme."
    events = coded_with(models, "fr", text, [("FGTB", "ORGANIZATION"), ("CSC", "ORGANIZATION")])
    assert ("ACCUSE", "FGTB", None) in events
    assert ("ACCUSE", "CSC", None) in events


def test_single_name_with_a_qualifier_is_no_list(models):
    text = "La CSC chrétienne a dénoncé la réforme du ministre David Clarinval."
    events = coded_with(models, "fr", text, [("CSC", "ORGANIZATION"),
                                              ("David Clarinval", "PERSON")])
    assert [e for e in events if e[0] == "ACCUSE"] == [("ACCUSE", "CSC", "David Clarinval")]


def test_each_agent_of_a_passive_acts_on_the_person_the_pronoun_stands_for(models):
    text = ("Le ministre Hakan Fidan s'est rendu lundi à Damas, où il a été reçu par le "
            "président Ahmed al-Charaa et par son ministre Assaad al-Chaibani.")
    events = coded_with(models, "fr", text, [("Hakan Fidan", "PERSON"), ("Damas", "LOCATION"),
                                              ("Ahmed al-Charaa", "PERSON"),
                                              ("Assaad al-Chaibani", "PERSON")])
    assert ("CONSULT", "Ahmed al-Charaa", "Hakan Fidan") in events
    assert ("CONSULT", "Assaad al-Chaibani", "Hakan Fidan") in events


def test_unnamed_authorities_voicing_a_request_in_a_relative_clause(models):
    text = "Les centres d'Héraklion sont pleins, selon les autorités locales, qui réclament " \
           "des renforts."
    events = coded_with(models, "fr", text, [])
    assert ("REQUEST", None, None) in events


def test_a_relative_clause_on_a_thing_voices_nothing(models):
    text = "Le rapport, qui réclame des réformes, a été publié lundi."
    events = coded_with(models, "fr", text, [])
    assert not any(kind == "REQUEST" for kind, _, _ in events)


def test_relative_clause_on_a_list_acts_for_each_member(models):
    text = "Varsovie et Vilnius, qui ont voté contre, annoncent un recours devant la Cour."
    events = coded_with(models, "fr", text, [("Varsovie", "COUNTRY"), ("Vilnius", "COUNTRY")])
    assert ("REJECT", "Varsovie", None) in events
    assert ("REJECT", "Vilnius", None) in events
