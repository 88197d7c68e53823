"""Parties the parse hides in three common shapes of wire sentences: a reaction told in a
summing-up apposition (", une décision dénoncée par Alger", ", a move welcomed by Kyiv")
acts on who did the act summed up (transforms/event_summaries.py); a second person hung
on the first one's name rather than on the title ("le président X et son homologue Y")
is met as well (event_parties.conjunct_actors); a strike whose passive subject names no
actor ("hospitals in Khan Younis were struck") hit the place that subject is in
(event_objects.place_of_passive_subject)."""
from spacy.tokens import Doc

from transforms.event_parties import SentenceActors, conjunct_actors
from transforms.records import Actor, ActorMention
from tests.transforms.mentions import coded_with_canonical


# Events with the actors given as (text as written, canonical name, type).
_coded = coded_with_canonical


def test_french_reaction_in_a_summing_up_apposition_targets_the_actor(models):
    text = "Le Japon a levé ses sanctions contre la Russie, une décision saluée par Moscou."
    events = _coded(models, "fr", text, [("Japon", "Japan", "COUNTRY"),
                                         ("Russie", "Russia", "COUNTRY"),
                                         ("Moscou", "Russia", "COUNTRY")])
    assert ("SUPPORT", "Russia", "Japan") in events


def test_english_move_welcomed_by_targets_who_made_it(models):
    text = ("Germany agreed to send two more Patriot batteries to Ukraine, a move welcomed "
            "by Volodymyr Zelensky.")
    events = _coded(models, "en", text, [("Germany", "Germany", "COUNTRY"),
                                         ("Ukraine", "Ukraine", "COUNTRY"),
                                         ("Volodymyr Zelensky", "Volodymyr Zelensky", "PERSON")])
    assert ("SUPPORT", "Volodymyr Zelensky", "Germany") in events


def test_reaction_in_its_own_clause_borrows_no_target(models):
    text = ("Le Japon a levé ses sanctions contre la Russie mardi et la Chine a salué "
            "l'annonce.")
    events = _coded(models, "fr", text, [("Japon", "Japan", "COUNTRY"),
                                         ("Russie", "Russia", "COUNTRY"),
                                         ("Chine", "China", "COUNTRY")])
    assert not any(e[1] == "China" and e[2] == "Japan" for e in events)


def test_second_person_hung_on_the_first_name_is_met_too(models):
    text = ("Le chef de la diplomatie Jean-Noël Barrot a rencontré le président ukrainien "
            "Volodymyr Zelensky et son homologue Andrii Sybiha à Kiev.")
    events = _coded(models, "fr", text, [("Jean-Noël Barrot", "Jean-Noël Barrot", "PERSON"),
                                         ("Volodymyr Zelensky", "Volodymyr Zelensky", "PERSON"),
                                         ("Andrii Sybiha", "Andrii Sybiha", "PERSON")])
    assert ("CONSULT", "Jean-Noël Barrot", "Volodymyr Zelensky") in events
    assert ("CONSULT", "Jean-Noël Barrot", "Andrii Sybiha") in events


def _title_with_list(nlp, second: str, second_pos: str, second_dep: str):
    # "Rutte a rencontré le ministre Ishiba et <second> ...", parsed the way the small French
    # model parses it: the second member a conjunct of the name, not of the title.
    words = ["Rutte", "a", "rencontré", "le", "ministre", "Ishiba", "et", "son", second,
             "Marles" if second_pos == "NOUN" and second_dep == "appos" else "japonais", "."]
    heads = [2, 2, 2, 4, 2, 4, 8, 8, 5, 8, 2]
    deps = ["nsubj", "aux:tense", "ROOT", "det", "obj", "appos", "cc", "det", "conj",
            second_dep, "punct"]
    pos = ["PROPN", "AUX", "VERB", "DET", "NOUN", "PROPN", "CCONJ", "DET", "NOUN",
           "PROPN" if second_dep == "appos" else "ADJ", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    last = ("Richard Marles", "PERSON") if second_dep == "appos" else ("Japan", "COUNTRY")
    named = [("Mark Rutte", "PERSON", 0, 1), ("Ishiba Shigeru", "PERSON", 5, 6),
             (*last, 9, 10)]
    mentions = [ActorMention(Actor(name, kind), name, start, end, doc[start].idx,
                             doc[end - 1].idx + len(doc[end - 1]))
                for name, kind, start, end in named]
    return doc, SentenceActors(doc[:], mentions)


def test_counterpart_hung_on_the_name_is_a_list_member(models):
    doc, actors = _title_with_list(models["fr"], "homologue", "NOUN", "appos")
    assert [a.name for a in conjunct_actors(doc[4], actors)] == ["Ishiba Shigeru",
                                                                 "Richard Marles"]


def test_people_of_another_kind_hung_on_the_name_are_no_list_member(models):
    doc, actors = _title_with_list(models["fr"], "représentants", "NOUN", "amod")
    assert [a.name for a in conjunct_actors(doc[4], actors)] == ["Ishiba Shigeru"]


def test_strike_on_unnamed_buildings_in_a_place_targets_the_place(models):
    text = "Two hospitals in Khan Younis were shelled on Sunday, medics said."
    events = _coded(models, "en", text, [("Khan Younis", "Khan Younis", "LOCATION")])
    assert ("ASSAULT", None, "Khan Younis") in events


def test_person_cut_off_the_title_object_is_met(models):
    # The small French model makes "Ahn" a root of its own, the title the verb's object.
    text = ("Lundi, Kallas a rencontré le ministre sud-coréen de la Défense nationale "
            "Ahn Gyu-back et a visité un chantier naval à Ulsan.")
    events = _coded(models, "fr", text, [("Kallas", "Kaja Kallas", "PERSON"),
                                         ("Ahn Gyu-back", "Ahn Gyu-back", "PERSON")])
    assert ("CONSULT", "Kaja Kallas", "Ahn Gyu-back") in events


def test_a_pronoun_subject_keeps_its_person_at_the_centre(models):
    text = ("Le ministre Maxime Prévot est arrivé mardi à Varsovie. Il a rencontré le président "
            "Karol Nawrocki. Il a ensuite remercié la Pologne pour son aide.")
    events = _coded(models, "fr", text, [("Maxime Prévot", "Maxime Prévot", "PERSON"),
                                         ("Karol Nawrocki", "Karol Nawrocki", "PERSON"),
                                         ("Pologne", "Poland", "COUNTRY")])
    assert ("CONSULT", "Maxime Prévot", "Karol Nawrocki") in events
    assert ("SUPPORT", "Maxime Prévot", "Poland") in events


def test_speaker_after_the_quote_acts_not_a_name_inside_it(models):
    text = ("« C'est une capitulation imposée par Bruxelles », a fustigé sur Facebook le "
            "ministre slovaque des Affaires étrangères, Juraj Blanár.")
    events = _coded(models, "fr", text, [("Bruxelles", "European Union", "ORGANIZATION"),
                                         ("Facebook", "Facebook", "ORGANIZATION"),
                                         ("Juraj Blanár", "Juraj Blanár", "PERSON")])
    accusations = [e for e in events if e[0] == "ACCUSE"]
    assert accusations and all(e[1] == "Juraj Blanár" and e[2] != "Facebook"
                               for e in accusations)


def test_a_party_named_inside_a_promised_plan_was_promised_nothing(models):
    fr = _coded(models, "fr", "Varsovie a promis de soutenir la candidature de l'Ukraine.",
                [("Varsovie", "Poland", "COUNTRY"), ("Ukraine", "Ukraine", "COUNTRY")])
    en = _coded(models, "en", "Magyar promised to bring Hungary back to the European Union.",
                [("Magyar", "Péter Magyar", "PERSON"), ("Hungary", "Hungary", "COUNTRY"),
                 ("European Union", "European Union", "ORGANIZATION")])
    assert not [e for e in fr + en if e[0] == "AGREE"]


def test_a_promise_made_to_someone_stays_an_agreement(models):
    events = _coded(models, "fr", "La Pologne a promis à l'Ukraine de livrer des chars.",
                    [("Pologne", "Poland", "COUNTRY"), ("Ukraine", "Ukraine", "COUNTRY")])
    assert ("AGREE", "Poland", "Ukraine") in events


def test_funding_told_in_the_passive_describes_a_programme(models):
    described = _coded(models, "en", "Aid groups say the closure of clinics financed by the "
                       "World Bank has hurt villages.",
                       [("World Bank", "World Bank", "ORGANIZATION")])
    given = _coded(models, "en", "The World Bank financed three clinics in Kasai last year.",
                   [("World Bank", "World Bank", "ORGANIZATION")])
    assert not [e for e in described if e[0] == "AID"]
    assert ("AID", "World Bank", None) in given


def test_leaving_and_returning_are_withdrawals_only_as_moves_of_forces(models):
    named = [("Trump", "Donald Trump", "PERSON"), ("White House", "White House", "ORGANIZATION"),
             ("French", "France", "COUNTRY"), ("Niger", "Niger", "COUNTRY"),
             ("Mali", "Mali", "COUNTRY")]
    text = ("Trump returned to the White House in January. The closure of Mali's clinics has "
            "left villages without drugs. French troops returned from Niger last year.")
    events = _coded(models, "en", text, named)
    assert [e for e in events if e[0] == "RETREAT"] == [("RETREAT", "France", "Niger")]


def test_taking_in_people_by_the_number_is_no_support(models):
    en = _coded(models, "en", "Poland welcomed more than 1.5 million refugees in 2022.",
                [("Poland", "Poland", "COUNTRY")])
    fr = _coded(models, "fr", "Le Kenya a accueilli l'an dernier 200.000 réfugiés.",
                [("Kenya", "Kenya", "COUNTRY")])
    relies = _coded(models, "fr", "Manille s'appuie de plus en plus sur ses partenaires.",
                    [("Manille", "Philippines", "COUNTRY")])
    backs = _coded(models, "fr", "La France appuie la candidature de l'Ukraine.",
                   [("France", "France", "COUNTRY"), ("Ukraine", "Ukraine", "COUNTRY")])
    assert not [e for e in en + fr + relies if e[0] in ("SUPPORT", "CONSULT")]
    assert ("SUPPORT", "France", "Ukraine") in backs


def test_a_denied_charge_answers_the_accuser_and_a_demonym_compound_is_hit(models):
    text = ("Indian officials said that Pakistani drones had attacked an Indian army post "
            "overnight, a charge Pakistan denied.")
    events = _coded(models, "en", text, [("Indian", "India", "COUNTRY"),
                                         ("Pakistani", "Pakistan", "COUNTRY"),
                                         ("Pakistan", "Pakistan", "COUNTRY")])
    assert ("REJECT", "Pakistan", "India") in events


def test_a_denied_charge_by_an_unnamed_accuser_has_no_target(models):
    text = ("The government in Khartoum accused the Emirates of arming the RSF, a charge the "
            "Emirates deny.")
    events = _coded(models, "en", text, [("Khartoum", "Khartoum", "LOCATION"),
                                         ("Emirates", "United Arab Emirates", "COUNTRY"),
                                         ("RSF", "Rapid Support Forces", "GROUP")])
    assert ("REJECT", "United Arab Emirates", "Rapid Support Forces") not in events


def test_a_partys_own_members_called_out_are_no_other_group(models):
    text = ("Des militants de Boko Haram ont attaqué un village dimanche. Les Transformateurs "
            "ont appelé leurs militants à une nouvelle journée de mobilisation.")
    events = _coded(models, "fr", text, [("Boko Haram", "Boko Haram", "GROUP"),
                                         ("Transformateurs", "Les Transformateurs", "ORGANIZATION")])
    assert not [e for e in events if e[1] == "Les Transformateurs" and e[2] == "Boko Haram"]
