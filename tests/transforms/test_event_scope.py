"""How far a trigger reaches for its target (transforms/event_scope.py): not into a relative
clause or a clause with its own subject, never into "selon X" / "according to X".
Each rule: positive and negative."""
import pytest

from tests.transforms.mentions import coded_with


@pytest.mark.parametrize("lang, text, names, expected", [
    ("fr", "Le commissaire Andrius Kubilius plaide pour un fonds commun, une idée à laquelle "
           "l'Allemagne reste réticente.",
     [("Andrius Kubilius", "PERSON"), ("Allemagne", "COUNTRY")],
     ("REQUEST", "Andrius Kubilius", None)),
    ("fr", "Le ministre Jean-Noël Barrot a salué un accord historique, alors que son pays fait "
           "face aux menaces de la Russie.",
     [("Jean-Noël Barrot", "PERSON"), ("Russie", "COUNTRY")],
     ("SUPPORT", "Jean-Noël Barrot", None)),
    ("en", "Keir Starmer welcomed the agreement, while Reform UK has promised to deport "
           "every migrant arriving by boat.",
     [("Keir Starmer", "PERSON"), ("Reform UK", "ORGANIZATION")],
     ("SUPPORT", "Keir Starmer", None)),
])
def test_actor_of_another_clause_is_no_target(models, lang, text, names, expected):
    assert expected in coded_with(models, lang, text, names)


@pytest.mark.parametrize("lang, text, names, expected", [
    ("fr", "Le commissaire Andrius Kubilius a exhorté l'Allemagne à financer un fonds commun.",
     [("Andrius Kubilius", "PERSON"), ("Allemagne", "COUNTRY")],
     ("REQUEST", "Andrius Kubilius", "Allemagne")),
    ("fr", "Le ministre Jean-Noël Barrot a salué le courage de l'Ukraine.",
     [("Jean-Noël Barrot", "PERSON"), ("Ukraine", "COUNTRY")],
     ("SUPPORT", "Jean-Noël Barrot", "Ukraine")),
    # A request acts on the subject of its complement clause.
    ("en", "Aoun demanded that Israel withdraw from five hilltop positions.",
     [("Aoun", "PERSON"), ("Israel", "COUNTRY")], ("REQUEST", "Aoun", "Israel")),
])
def test_target_in_the_triggers_own_clause_stays(models, lang, text, names, expected):
    assert expected in coded_with(models, lang, text, names)


@pytest.mark.parametrize("lang, text, name", [
    ("fr", "Cinq personnes ont été placées en garde à vue, selon le parquet national "
           "antiterroriste (Pnat), qui a ouvert une enquête.", "Pnat"),
    ("en", "Five people were detained, according to the prosecutor's office in Hamburg "
           "(GStA), which opened an investigation.", "GStA"),
])
def test_informant_named_inside_its_phrase_is_no_target(models, lang, text, name):
    found = coded_with(models, lang, text, [(name, "ORGANIZATION")])
    assert ("COERCE", None, None) in found
    assert all(target != name for _, _, target in found)


def test_detained_group_members_stay_the_target(models):
    found = coded_with(models, "fr", "La police a interpellé cinq militants de Greenpeace devant "
                                     "le ministère.", [("Greenpeace", "ORGANIZATION")])
    assert ("COERCE", None, "Greenpeace") in found


def test_informant_acting_in_its_relative_clause_stays_its_source(models):
    text = ("Environ 900 tracteurs ont bloqué les axes, selon la police belge, qui a tiré "
            "des gaz lacrymogènes sur les manifestants de la FNSEA.")
    found = coded_with(models, "fr", text, [("belge", "COUNTRY"), ("FNSEA", "ORGANIZATION")])
    # Tear gas fired by police is crowd control, COERCE, as "fired tear gas" is in English
    # (the lexicon's "fire gas"; eval/README.md, gold of dev26 fr-t04).
    assert ("COERCE", "belge", "FNSEA") in found


@pytest.mark.parametrize("lang, text, names, expected", [
    ("en", "MANILA, Feb 18 (Vigie) - Chinese coast guard ships fired water cannon at two "
           "Philippine government vessels near Scarborough Shoal on Tuesday, damaging the mast "
           "of one of them, the Philippine Coast Guard said.",
     [("MANILA", "LOCATION"), ("Chinese", "COUNTRY"), ("Philippine government", "COUNTRY")],
     ("COERCE", "Chinese", "Philippine government")),
    ("fr", "KYIV, 12 mars (Vigie) - La Russie a lancé des dizaines de drones contre Kharkiv "
           "dans la nuit, selon l'armée de l'air ukrainienne.",
     [("KYIV", "LOCATION"), ("Russie", "COUNTRY"), ("Kharkiv", "LOCATION")],
     ("ASSAULT", "Russie", "Kharkiv")),
])
def test_dateline_city_is_no_party(models, lang, text, names, expected):
    found = coded_with(models, lang, text, names)
    assert expected in found
    assert all("MANILA" not in (s, t) and "KYIV" not in (s, t) for _, s, t in found)


@pytest.mark.parametrize("text, names, expected", [
    ("NATO warned Russia on Tuesday against any strike on Moldova.",
     [("NATO", "ORGANIZATION"), ("Russia", "COUNTRY")], ("THREATEN", "NATO", "Russia")),
    ("NATO - the Western alliance - condemned Russia on Monday.",
     [("NATO", "ORGANIZATION"), ("Russia", "COUNTRY")], ("ACCUSE", "NATO", "Russia")),
])
def test_capitalised_opening_actor_without_dateline_still_acts(models, text, names, expected):
    assert expected in coded_with(models, "en", text, names)


def test_title_naming_a_country_and_a_person_gives_the_person(models):
    text = "Narendra modi a rencontré jeudi le président de la france Emmanuel Macron a l'elysee ."
    found = coded_with(models, "fr", text, [("Narendra modi", "PERSON"), ("france", "COUNTRY"),
                                            ("Emmanuel Macron", "PERSON")])
    assert ("CONSULT", "Narendra modi", "Emmanuel Macron") in found


def test_officials_of_a_country_unnamed_give_the_country(models):
    text = "Narendra modi a rencontré jeudi des responsables de la france a Paris ."
    found = coded_with(models, "fr", text, [("Narendra modi", "PERSON"), ("france", "COUNTRY")])
    assert ("CONSULT", "Narendra modi", "france") in found


def test_what_a_person_is_suspected_of_is_no_target(models):
    text = "Iran executed a man accused of working for Israel on Sunday, the judiciary said."
    found = coded_with(models, "en", text, [("Iran", "COUNTRY"), ("Israel", "COUNTRY")])
    assert ("COERCE", "Iran", None) in found


def test_accusing_someone_keeps_the_accused_as_target(models):
    text = "Iran accused Israel on Sunday of spying on its nuclear programme."
    found = coded_with(models, "en", text, [("Iran", "COUNTRY"), ("Israel", "COUNTRY")])
    assert ("ACCUSE", "Iran", "Israel") in found


def test_him_object_wins_over_a_body_named_after(models):
    text = ("Zelensky said Turkish President Recep Tayyip Erdogan had received him on Monday on "
            "the sidelines of a NATO summit in Ankara.")
    found = coded_with(models, "en", text, [("Zelensky", "PERSON"),
                                            ("Recep Tayyip Erdogan", "PERSON"),
                                            ("NATO", "ORGANIZATION")])
    assert ("CONSULT", "Recep Tayyip Erdogan", "Zelensky") in found


def test_without_a_pronoun_object_the_body_stays(models):
    text = ("Turkish President Recep Tayyip Erdogan met NATO officials on Monday on the "
            "sidelines of a summit in Ankara.")
    found = coded_with(models, "en", text, [("Recep Tayyip Erdogan", "PERSON"),
                                            ("NATO", "ORGANIZATION")])
    assert ("CONSULT", "Recep Tayyip Erdogan", "NATO") in found


@pytest.mark.parametrize("lang, text, names, expected", [
    ("en", "Japanese Foreign Minister Iwaya Takeshi voiced support for Taiwan in its long "
           "dispute with China.", [("Iwaya Takeshi", "PERSON"), ("Taiwan", "COUNTRY"),
                                   ("China", "COUNTRY")],
     ("SUPPORT", "Iwaya Takeshi", "Taiwan")),
])
def test_support_for_someone_is_their_support(models, lang, text, names, expected):
    assert expected in coded_with(models, lang, text, names)


def test_support_for_a_thing_names_no_beneficiary(models):
    text = "Iwaya Takeshi voiced support for a ceasefire on Monday."
    found = coded_with(models, "en", text, [("Iwaya Takeshi", "PERSON")])
    assert found == [("SUPPORT", "Iwaya Takeshi", None)]
