"""Event recall on new copy: a warning that one's own side will not bear something or will
take "all necessary measures" is a threat; a preposition that only dates a call ("called
his counterparts on Tuesday") does not make it "call on" (a request); chairing or attending
a meeting is a consultation."""
from tests.transforms.mentions import coded_with


def test_warning_that_ones_government_will_not_tolerate_is_a_threat(models):
    text = "On Wednesday, President Samia Hassan warned that her government would not " \
           "tolerate violence disguised as protest."
    events = coded_with(models, "en", text, [("Samia Hassan", "PERSON")])
    assert ("THREATEN", "Samia Hassan", None) in events


def test_french_warning_of_not_tolerating_is_a_threat(models):
    text = "Le président Bola Tinubu a averti que son gouvernement ne tolérerait pas de " \
           "nouvelles violences."
    events = coded_with(models, "fr", text, [("Bola Tinubu", "PERSON")])
    assert ("THREATEN", "Bola Tinubu", None) in events


def test_warning_of_necessary_measures_is_a_threat(models):
    text = "Lin Jian warned that Beijing would take all necessary measures to defend " \
           "its interests."
    events = coded_with(models, "en", text, [("Lin Jian", "PERSON")])
    assert ("THREATEN", "Lin Jian", None) in events


def test_warning_of_an_act_of_war_is_a_threat(models):
    text = "Abbas Araghchi warned that any attack on the port would be treated as an act " \
           "of war."
    events = coded_with(models, "en", text, [("Abbas Araghchi", "PERSON")])
    assert ("THREATEN", "Abbas Araghchi", None) in events


def test_warning_about_ones_staff_is_still_a_forecast(models):
    text = "Cindy McCain warned that her staff would not be able to reach the camps."
    events = coded_with(models, "en", text, [("Cindy McCain", "PERSON")])
    assert not any(kind == "THREATEN" for kind, _, _ in events)


def test_call_dated_on_a_weekday_is_a_consultation(models):
    text = "Secretary of State Marco Rubio called his counterparts in both capitals on Tuesday."
    events = coded_with(models, "en", text, [("Marco Rubio", "PERSON")])
    assert ("CONSULT", "Marco Rubio", None) in events
    assert not any(kind == "REQUEST" for kind, _, _ in events)


def test_call_on_a_country_stays_a_request(models):
    text = "Emmanuel Macron called on Israel on Monday to halt the offensive."
    events = coded_with(models, "en", text, [("Emmanuel Macron", "PERSON"),
                                             ("Israel", "COUNTRY")])
    assert ("REQUEST", "Emmanuel Macron", "Israel") in events


def test_chairing_a_meeting_is_a_consultation(models):
    text = "Defence Minister Rajnath Singh chaired a meeting of the three service chiefs."
    events = coded_with(models, "en", text, [("Rajnath Singh", "PERSON")])
    assert ("CONSULT", "Rajnath Singh", None) in events


def test_french_chairing_a_meeting_is_a_consultation(models):
    text = "Le ministre de la Défense, Israël Katz, a présidé une réunion du cabinet de " \
           "sécurité."
    events = coded_with(models, "fr", text, [("Israël Katz", "PERSON")])
    assert ("CONSULT", "Israël Katz", None) in events


def test_neither_nor_attending_is_no_consultation(models):
    text = "Neither Georgia nor Moldova attended the talks planned in Brussels."
    events = coded_with(models, "en", text, [("Georgia", "COUNTRY"), ("Moldova", "COUNTRY")])
    assert not any(kind == "CONSULT" for kind, _, _ in events)


def test_french_ni_ni_attending_is_no_consultation(models):
    text = "Ni la Géorgie ni la Moldavie n’ont participé aux pourparlers prévus à Bruxelles."
    events = coded_with(models, "fr", text, [("Géorgie", "COUNTRY"), ("Moldavie", "COUNTRY")])
    assert not any(kind == "CONSULT" for kind, _, _ in events)


def test_french_attending_talks_is_a_consultation(models):
    text = "Le président Ilham Aliev a participé aux pourparlers à Washington."
    events = coded_with(models, "fr", text, [("Ilham Aliev", "PERSON")])
    assert ("CONSULT", "Ilham Aliev", None) in events


def test_saying_ones_country_will_hit_back_is_a_threat(models):
    text = "Dmitry Peskov said Moscow would respond."
    events = coded_with(models, "en", text, [("Dmitry Peskov", "PERSON"), ("Moscow", "COUNTRY")])
    assert ("THREATEN", "Dmitry Peskov", None) in events


def test_french_saying_one_will_retaliate_is_a_threat(models):
    text = "Le Hamas a affirmé qu'il riposterait à toute attaque."
    events = coded_with(models, "fr", text, [("Hamas", "GROUP")])
    assert ("THREATEN", "Hamas", None) in events


def test_saying_one_will_answer_questions_is_no_threat(models):
    text = "The Home Office said it would respond to the questions next week."
    events = coded_with(models, "en", text, [("Home Office", "ORGANIZATION")])
    assert not any(kind == "THREATEN" for kind, _, _ in events)


def test_saying_one_will_not_retaliate_is_no_threat(models):
    text = "Dmitry Peskov said Moscow would not retaliate."
    events = coded_with(models, "en", text, [("Dmitry Peskov", "PERSON"), ("Moscow", "COUNTRY")])
    assert not any(kind == "THREATEN" for kind, _, _ in events)
