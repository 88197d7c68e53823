"""Readings found wrong in the bundled sample corpus (vigie/corpus), told in our own
sentences: what a request, a duty, a report or a name says is not an act; which verb
and companion word tell the act."""
from datetime import date

from tests.transforms.mentions import coded_with_found_actors

PUBLISHED = date(2026, 3, 12)


def _coded(nlp, lang, text):
    return coded_with_found_actors(nlp, lang, text, PUBLISHED)


def test_a_second_requested_act_is_requested_too(nlp_en, nlp_fr):
    for lang, nlp, text in [
        ("en", nlp_en, "Guterres urged the M23 to stop its offensive and withdraw from the "
                       "occupied areas."),
        ("en", nlp_en, "Guterres urged the M23 to withdraw from the occupied areas and release "
                       "its prisoners."),
        ("fr", nlp_fr, "Guterres a appelé le M23 à « cesser son offensive » et à se retirer des "
                       "zones occupées."),
        ("fr", nlp_fr, "Paris exige que Moscou retire ses troupes et libère les prisonniers."),
    ]:
        kinds = [kind for kind, _, _ in _coded(nlp, lang, text)]
        assert kinds == ["REQUEST"], (text, kinds)


def test_a_duty_in_the_passive_is_no_act(nlp_fr):
    text = "Les installations nucléaires ne doivent jamais être attaquées, a souligné Grossi."
    assert not any(kind == "ASSAULT" for kind, _, _ in _coded(nlp_fr, "fr", text))
    text = "Les responsables pourraient être sanctionnés par l'Union européenne."
    assert not any(kind == "SANCTION" for kind, _, _ in _coded(nlp_fr, "fr", text))


def test_back_from_a_trip_is_no_withdrawal(nlp_en):
    text = "The drills began two days after Taiwanese President Lai Ching-te returned from a " \
           "trip to Paraguay."
    assert not any(kind == "RETREAT" for kind, _, _ in _coded(nlp_en, "en", text))
    text = "French troops returned from Mali last year."
    assert any(kind == "RETREAT" for kind, _, _ in _coded(nlp_en, "en", text))


def test_receiving_a_sum_is_no_meeting(nlp_en, nlp_fr):
    text = "The UN has received less than a quarter of the 4.2 billion dollars it needs."
    assert not any(kind == "CONSULT" for kind, _, _ in _coded(nlp_en, "en", text))
    text = "Le Kenya a reçu 300 millions de dollars du FMI."
    assert not any(kind == "CONSULT" for kind, _, _ in _coded(nlp_fr, "fr", text))
    events = _coded(nlp_fr, "fr", "Emmanuel Macron a reçu Volodymyr Zelensky à l'Elysée lundi.")
    assert ("CONSULT", "Emmanuel Macron", "Volodymyr Zelensky") in events


def test_sanctions_that_target_ships_are_no_attack(nlp_en):
    text = ("European Union governments adopted on Tuesday a new package of sanctions against "
            "Russia that targets more than 100 tankers of its shadow fleet.")
    kinds = [kind for kind, _, _ in _coded(nlp_en, "en", text)]
    assert "SANCTION" in kinds and "ASSAULT" not in kinds


def test_welcoming_leaders_is_hosting_them(nlp_en, nlp_fr):
    events = _coded(nlp_fr, "fr", "Le président Volodymyr Zelensky a accueilli à Kiev plusieurs "
                                  "dirigeants européens.")
    assert [kind for kind, _, _ in events] == ["CONSULT"]
    events = _coded(nlp_en, "en", "Zelensky welcomed several European leaders to Kyiv.")
    assert [kind for kind, _, _ in events] == ["CONSULT"]
    events = _coded(nlp_en, "en", "Zelensky welcomed the decision.")
    assert [kind for kind, _, _ in events] == ["SUPPORT"]


def test_a_phrase_s_companion_comes_from_its_own_clause(nlp_en):
    events = _coded(nlp_en, "en", "Japanese Prime Minister Shigeru Ishiba called the measures "
                                  "\"extremely regrettable\" and said Tokyo would press for an "
                                  "exemption.")
    assert not any(kind in ("REQUEST", "CONSULT") for kind, _, _ in events)
    events = _coded(nlp_en, "en", "Emmanuel Macron called for a ceasefire and urged Israel to "
                                  "let aid in.")
    assert [kind for kind, _, _ in events] == ["REQUEST", "REQUEST"]


def test_calling_a_measure_regrettable_is_criticism(nlp_en, nlp_fr):
    events = _coded(nlp_en, "en", "Ishiba called the measures \"extremely regrettable\".")
    assert [kind for kind, _, _ in events] == ["ACCUSE"]
    events = _coded(nlp_fr, "fr", "Tokyo a jugé la décision « extrêmement regrettable ».")
    assert [kind for kind, _, _ in events] == ["ACCUSE"]


def test_a_coordinated_noun_is_still_the_companion(nlp_en):
    events = _coded(nlp_en, "en", "China's military launched large-scale air and naval drills "
                                  "around Taiwan on Monday.")
    assert any(kind == "MOBILIZE" and source == "China" for kind, source, _ in events)


def test_what_an_accusation_says_is_no_act(nlp_en):
    events = _coded(nlp_en, "en", "Wang Yi rejected accusations that China supplied components "
                                  "for Russian drones.")
    assert [kind for kind, _, _ in events] == ["REJECT"]
    events = _coded(nlp_en, "en", "Beijing denied reports that its navy had fired on a "
                                  "Philippine vessel.")
    assert [kind for kind, _, _ in events] == ["REJECT"]


def test_naming_is_no_phone_call(nlp_en):
    events = _coded(nlp_en, "en", "China deployed 70 aircraft in what the Eastern Theater "
                                  "Command called a stern warning.")
    assert not any(kind == "CONSULT" for kind, _, _ in events)
    events = _coded(nlp_en, "en", "Emmanuel Macron called Volodymyr Zelensky on Tuesday.")
    assert ("CONSULT", "Emmanuel Macron", "Volodymyr Zelensky") in events


def test_helping_to_do_a_requested_act_is_requested(nlp_en):
    events = _coded(nlp_en, "en", "Ecuadorian President Daniel Noboa urged European countries "
                                  "to help finance scanners for his country's ports.")
    assert [kind for kind, _, _ in events] == ["REQUEST"]
    events = _coded(nlp_en, "en", "Germany helped finance the new port in Gdansk.")
    assert [kind for kind, _, _ in events] == ["AID"]


def test_receiving_supplies_is_no_meeting(nlp_fr):
    text = ("Selon les services de renseignement sud-coréens, la Corée du Nord aurait reçu de la "
            "Russie une assistance technique.")
    assert not any(kind == "CONSULT" for kind, _, _ in _coded(nlp_fr, "fr", text))


def test_praising_what_one_calls_a_leap_is_no_call_for_it(nlp_en):
    events = _coded(nlp_en, "en", "NATO Secretary General Mark Rutte praised what he called "
                                  "\"a quantum leap\" for the alliance.")
    assert events == [("SUPPORT", "Mark Rutte", None)]


def test_a_denial_the_tagger_read_as_an_adverb_still_governs(nlp_fr):
    events = _coded(nlp_fr, "fr", "Le gouvernement rwandais dément soutenir le M23.")
    assert [kind for kind, _, _ in events] == ["REJECT"]
