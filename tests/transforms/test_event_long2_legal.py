"""Event recall on long articles, second round: court and police acts told from the side
of the one who undergoes them (transforms/event_legal.py): a passive condemnation or
prosecution of a person, "fait l'objet d'une enquête", "écope de", "a vu sa peine
confirmée", "visés par des enquêtes". Each is a COERCE on the person."""
from tests.transforms.mentions import coded_with


def test_passive_condemnation_of_a_person_is_coerce(models):
    text = "Le blogueur Samir Haddad a été condamné mercredi pour ses publications sur la crise."
    events = coded_with(models, "fr", text, [("Samir Haddad", "PERSON")])
    assert ("COERCE", None, "Samir Haddad") in events
    assert not any(kind == "ACCUSE" for kind, _, _ in events)


def test_unnamed_person_condemned_is_coerce_without_parties(models):
    text = "« Mon frère a été condamné pour avoir écrit un article », a raconté sa soeur."
    assert ("COERCE", None, None) in coded_with(models, "fr", text, [])


def test_passive_condemnation_of_an_act_stays_accuse(models):
    text = "L'attentat a été fermement condamné par la Tunisie."
    events = coded_with(models, "fr", text, [("Tunisie", "COUNTRY")])
    assert not any(kind == "COERCE" for kind, _, _ in events)


def test_prosecuted_people_are_coerced(models):
    text = "Une dizaine de journalistes ont été poursuivis depuis janvier au titre de la loi."
    assert ("COERCE", None, None) in coded_with(models, "fr", text, [])


def test_continued_talks_are_no_prosecution(models):
    text = "Les discussions ont été poursuivies toute la nuit à Genève."
    assert not any(kind == "COERCE" for kind, _, _ in coded_with(models, "fr", text, []))


def test_subject_of_proceedings_is_the_target(models):
    text = "Karim Sassi fait l'objet d'une nouvelle enquête pour diffamation."
    assert ("COERCE", None, "Karim Sassi") in coded_with(models, "fr", text,
                                                         [("Karim Sassi", "PERSON")])


def test_ecoper_de_names_the_sentenced(models):
    text = "Nadia Ferchichi, 54 ans, poursuivie en liberté, écope de trois ans de prison."
    assert ("COERCE", None, "Nadia Ferchichi") in coded_with(models, "fr", text,
                                                             [("Nadia Ferchichi", "PERSON")])


def test_sentence_seen_confirmed_is_coerce(models):
    text = "Le syndicaliste Hedi Mansour a vu sa peine de dix ans confirmée en appel."
    assert ("COERCE", None, "Hedi Mansour") in coded_with(models, "fr", text,
                                                          [("Hedi Mansour", "PERSON")])


def test_people_targeted_by_investigations(models):
    text = ("Le parti Ennahdha a vu plusieurs de ses dirigeants visés par des enquêtes cette "
            "année.")
    events = coded_with(models, "fr", text, [("Ennahdha", "ORGANIZATION")])
    assert ("COERCE", None, "Ennahdha") in events
    assert not any(kind == "ASSAULT" for kind, _, _ in events)


def test_two_passive_subjects_are_two_targets(models):
    text = ("Walid Ayari, porte-parole du mouvement, et l'ancien ministre Fethi Jlassi ont été "
            "condamnés à dix ans chacun.")
    events = coded_with(models, "fr", text, [("Walid Ayari", "PERSON"),
                                             ("Fethi Jlassi", "PERSON")])
    assert ("COERCE", None, "Walid Ayari") in events
    assert ("COERCE", None, "Fethi Jlassi") in events
