"""Definite descriptions and pronouns as event sources (transforms/event_anaphora.py),
on real spaCy parses with hand-listed actors."""
from datetime import date

from tests.transforms.mentions import coded_with_every_mention
from transforms.records import Actor

PUBLISHED = date(2026, 1, 28)


def parties(models, lang, text, actors):
    return coded_with_every_mention(models[lang], lang, text, actors, PUBLISHED)


BARROT = Actor("Jean-Noël Barrot", "PERSON", "FRA")
ZELENSKY = Actor("Volodymyr Zelensky", "PERSON", "UKR")
LAVROV = Actor("Sergei Lavrov", "PERSON", "RUS")
UKRAINE = Actor("Ukraine", "COUNTRY", "UKR")
FRANCE = Actor("France", "COUNTRY", "FRA")
RSF = Actor("Rapid Support Forces", "GROUP", "SDN")
SUDAN = Actor("Sudan", "COUNTRY", "SDN")


def test_office_subject_is_the_person_named_first_before(models):
    text = ("Jean-Noël Barrot a rencontré mardi Volodymyr Zelensky à Kiev. "
            "Le chef de la diplomatie française a annoncé une aide de 200 millions d'euros à l'Ukraine.")
    events = parties(models, "fr", text, {"Jean-Noël Barrot": BARROT, "Volodymyr Zelensky": ZELENSKY,
                                          "française": FRANCE, "Ukraine": UKRAINE})
    assert ("AID", "Jean-Noël Barrot", "Ukraine") in events, events


def test_office_of_another_country_is_not_the_previous_person(models):
    text = ("Sergei Lavrov a rencontré mardi Volodymyr Zelensky. "
            "Le chef de la diplomatie française a annoncé une aide de 200 millions d'euros à l'Ukraine.")
    events = parties(models, "fr", text, {"Sergei Lavrov": LAVROV, "Volodymyr Zelensky": ZELENSKY,
                                          "française": FRANCE, "Ukraine": UKRAINE})
    assert ("AID", "Sergei Lavrov", "Ukraine") not in events, events


def test_group_subject_is_the_group_named_before(models):
    text = ("The Rapid Support Forces shelled El Fasher on Wednesday. "
            "The paramilitary group blamed Sudan for the deaths.")
    events = parties(models, "en", text, {"Rapid Support Forces": RSF, "Sudan": SUDAN})
    assert ("ACCUSE", "Rapid Support Forces", "Sudan") in events, events


def test_group_subject_without_a_group_before_stays_unnamed(models):
    text = "Sudan held talks on Monday. The paramilitary group blamed Sudan for the deaths."
    events = parties(models, "en", text, {"Sudan": SUDAN})
    assert ("ACCUSE", None, "Sudan") in events or not any(e[0] == "ACCUSE" and e[1] for e in events), events


def test_named_subject_wins_over_the_antecedent(models):
    text = ("Jean-Noël Barrot met Volodymyr Zelensky on Tuesday. "
            "The Ukrainian president accused Russia of war crimes.")
    events = parties(models, "en", text, {"Jean-Noël Barrot": BARROT, "Volodymyr Zelensky": ZELENSKY,
                                          "Ukrainian": UKRAINE, "Russia": Actor("Russia", "COUNTRY", "RUS")})
    accuse = [e for e in events if e[0] == "ACCUSE"]
    assert accuse and accuse[0][1] != "Jean-Noël Barrot", events


def test_group_object_is_the_group_named_before(models):
    text = ("The Rapid Support Forces shelled El Fasher on Wednesday. "
            "Sudan urged the group to lift the siege.")
    events = parties(models, "en", text, {"Rapid Support Forces": RSF, "Sudan": SUDAN})
    assert ("REQUEST", "Sudan", "Rapid Support Forces") in events, events


def test_office_object_is_not_the_person_named_before(models):
    text = "Jean-Noël Barrot arrived in Kyiv on Tuesday. Ukraine welcomed the minister."
    events = parties(models, "en", text, {"Jean-Noël Barrot": BARROT, "Ukraine": UKRAINE})
    assert not any(e[2] == "Jean-Noël Barrot" for e in events), events


JNIM = Actor("JNIM", "GROUP", "MLI")


def test_spokesman_of_the_group_is_the_group_named_before(models):
    text = ("Le JNIM impose un blocus sur le carburant. Dans une vidéo, un porte-parole du groupe "
            "a menacé de frapper tout convoi.")
    events = parties(models, "fr", text, {"JNIM": JNIM})
    assert ("THREATEN", "JNIM", None) in events, events


def test_spokesman_of_the_government_is_not_the_group(models):
    text = ("Le JNIM impose un blocus sur le carburant. Le porte-parole du gouvernement a menacé "
            "de frapper tout convoi.")
    events = parties(models, "fr", text, {"JNIM": JNIM})
    assert ("THREATEN", "JNIM", None) not in events, events


def test_its_fighters_are_the_group_named_before(models):
    text = "Le JNIM contrôle la route de Kayes. Ses combattants ont attaqué un convoi mardi."
    events = parties(models, "fr", text, {"JNIM": JNIM})
    assert ("ASSAULT", "JNIM", None) in events, events


def test_its_fighters_without_a_group_before_stay_unnamed(models):
    text = "La France contrôle la route de Kayes. Ses combattants ont attaqué un convoi mardi."
    events = parties(models, "fr", text, {"France": FRANCE})
    assert not any(e[0] == "ASSAULT" and e[1] == "France" for e in events), events
