"""Readings found wrong in the bundled sample corpus (vigie/corpus), told in our own
sentences: who acted when the parse hangs a verb in the wrong place, and who was acted on."""
from datetime import date

from tests.transforms.mentions import coded_with_found_actors

PUBLISHED = date(2026, 3, 12)


def _coded(nlp, lang, text):
    return coded_with_found_actors(nlp, lang, text, PUBLISHED)


def test_a_tensed_verb_after_a_complement_is_a_statement_of_its_own(nlp_en):
    events = _coded(nlp_en, "en", "Russia denied targeting civilians and blamed Ukraine for "
                                  "the deaths.")
    assert ("ACCUSE", "Russia", "Ukraine") in events


def test_a_company_named_beside_its_demonym_acts(nlp_fr):
    events = _coded(nlp_fr, "fr", "Le groupe taïwanais TSMC, qui exploite une usine à Kumamoto, "
                                  "a salué l'accord.")
    assert ("SUPPORT", "TSMC", None) in events


def test_the_subject_of_an_absolute_clause_is_not_the_target(nlp_en):
    events = _coded(nlp_en, "en", "Russia condemned the sanctions, with Foreign Minister Sergei "
                                  "Lavrov calling them illegal.")
    assert ("ACCUSE", "Russia", None) in events


def test_a_reporter_s_own_request_hung_on_the_report(nlp_en, nlp_fr):
    events = _coded(nlp_en, "en", "GENEVA, Dec 3 (Global Wire) - The World Health Organization "
                                  "warned on Wednesday that a cholera outbreak in Sudan's Darfur "
                                  "region had spread into camps in Chad, and called on donors to "
                                  "fund a vaccination campaign.")
    assert ("REQUEST", "World Health Organization", None) in events
    events = _coded(nlp_en, "en", "The World Health Organization warned on Wednesday that a "
                                  "cholera outbreak had spread into camps in Chad, and called "
                                  "on donors to release funds.")
    assert ("REQUEST", "World Health Organization", None) in events
    events = _coded(nlp_en, "en", "Amnesty International said the Council had shown rare unity "
                                  "but criticised the absence of a resolution on Gaza.")
    assert ("ACCUSE", "Amnesty International", None) in events
    events = _coded(nlp_fr, "fr", "L'OMS a averti mercredi qu'une épidémie de choléra s'était "
                                  "propagée dans des camps au Tchad, et a appelé les donateurs à "
                                  "débloquer des fonds.")
    assert ("REQUEST", "World Health Organization", None) in events


def test_what_the_army_did_stays_the_army_s(nlp_en):
    events = _coded(nlp_en, "en", "Zelensky said Russian troops had shelled Kharkiv and "
                                  "accused civilians of spying.")
    assert not any(source == "Volodymyr Zelensky" and kind == "ASSAULT"
                   for kind, source, _ in events)


def test_verb_phrases_listed_after_a_comma_share_the_subject(nlp_fr):
    events = _coded(nlp_fr, "fr", "Le Japon a rejoint les sanctions internationales contre la "
                                  "Russie, a fourni un équipement de défense à l'Ukraine et a "
                                  "signé un accord de sécurité.")
    assert ("AID", "Japan", "Ukraine") in events
    assert any(kind == "AGREE" and source == "Japan" for kind, source, _ in events)


def test_a_verb_the_parse_hung_on_a_noun_keeps_its_own_act(nlp_fr):
    events = _coded(nlp_fr, "fr", "L'organisation Amnesty International a dénoncé l'usage "
                                  "« excessif » de la force et réclamé l’ouverture d’une enquête.")
    assert ("REQUEST", "Amnesty International", None) in events


def test_a_pronoun_inside_the_sentence_is_its_subject_named_before(nlp_en):
    text = ("European Commission President Ursula von der Leyen said on Thursday that the EU "
            "was preparing countermeasures. Donald Trump unveiled the tariffs on Wednesday, "
            "describing them as duties on trading partners that he accused of cheating.")
    events = _coded(nlp_en, "en", text)
    assert ("ACCUSE", "Donald Trump", None) in events
    events = _coded(nlp_en, "en", "Emmanuel Macron met Narendra Modi in Paris. He condemned "
                                  "the attack.")
    assert ("ACCUSE", "Emmanuel Macron", None) in events


def test_a_parse_run_across_a_line_break_lends_no_subject(nlp_fr):
    text = ("La Première ministre Sanae Takaichi a affirmé que le Japon défendrait « avec "
            "fermeté » son territoire.\nPékin, qui revendique l’archipel sous le nom de Diaoyu, a "
            "rejeté la protestation japonaise.")
    events = _coded(nlp_fr, "fr", text)
    assert any(kind == "REJECT" and source == "China" for kind, source, _ in events)
    assert not any(source == "Takaichi Sanae" for _, source, _ in events)


def test_a_phrase_listed_after_et_shares_the_subject(nlp_fr):
    text = ("Le ministre hongrois des Affaires étrangères, Péter Szijjártó, a accusé Bruxelles de "
            "« mettre en danger la sécurité d’approvisionnement » de son pays et a menacé de "
            "saisir la Cour de justice de l'UE.")
    events = _coded(nlp_fr, "fr", text)
    assert any(kind == "THREATEN" and source == "Péter Szijjártó" for kind, source, _ in events)


def test_two_givers_named_together_give_to_no_one_of_them(nlp_fr):
    text = ("L’Agence de l’Union africaine pour la santé, Africa CDC, a annoncé la livraison de "
            "500 000 doses supplémentaires fournies par le Japon et l’Union européenne.")
    events = _coded(nlp_fr, "fr", text)
    assert ("AID", "Japan", "European Union") not in events
    assert ("AID", "European Union", None) in events


def test_an_apposition_describing_a_party_lends_no_second_party(nlp_en):
    text = ("The United States, a treaty ally of Manila, condemned China's conduct and "
            "reaffirmed that its mutual defence commitments extend to Philippine vessels.")
    events = _coded(nlp_en, "en", text)
    assert not any(source == "Philippines" for _, source, _ in events)
    assert ("SUPPORT", "United States", "Philippines") in events


def test_who_names_the_act_is_no_party_to_it(nlp_en):
    events = _coded(nlp_en, "en", "The United States condemned what the State Department called "
                                  "China's reckless conduct.")
    assert events == [("ACCUSE", "United States", "China")]
    events = _coded(nlp_en, "en", "Kyiv rejected what Moscow described as a ceasefire offer.")
    assert events == [("REJECT", "Ukraine", "Russia")]


def test_an_accusation_targets_no_party_nested_in_what_it_is_about(nlp_fr, nlp_en):
    events = _coded(nlp_fr, "fr", "La Première ministre japonaise Sanae Takaichi a condamné « une "
                                  "violation flagrante des résolutions du Conseil de sécurité ».")
    assert events == [("ACCUSE", "Takaichi Sanae", None)]
    events = _coded(nlp_fr, "fr", "Vladimir Poutine a accusé les Européens de « saboter » les "
                                  "négociations menées sous l’égide des États-Unis.")
    assert events == [("ACCUSE", "Vladimir Putin", None)]
    assert _coded(nlp_fr, "fr", "Paris a condamné l'attaque de la Russie contre Kiev.") == \
        [("ACCUSE", "France", "Russia")]
    assert _coded(nlp_en, "en", "Emmanuel Macron condemned the attack by Russian forces on "
                                "Kyiv.") == [("ACCUSE", "Emmanuel Macron", "Russia")]
    assert _coded(nlp_en, "en", "Iraq has long accused the dams built by Turkey on the Tigris of "
                                "reducing the flow.") == [("ACCUSE", "Iraq", "Turkey")]


def test_them_after_a_first_verb_is_its_object(nlp_en):
    text = ("The European Union's special representative met Sudanese officials in Port Sudan "
            "on Monday and urged them to reopen the Adre border crossing with Chad.")
    events = _coded(nlp_en, "en", text)
    assert ("REQUEST", "European Union", "Sudan") in events


def test_a_phrase_listed_after_il_is_his_act_too(nlp_fr):
    # The shared sample's sentence, after one naming Rutte.
    text = ("Le secrétaire général de l'OTAN, Mark Rutte, est arrivé à Tokyo mardi. Le premier "
            "jour, il a rencontré le ministre japonais de la Défense Nakatani Gen et a visité la "
            "base navale de Yokosuka.")
    events = _coded(nlp_fr, "fr", text)
    assert ("CONSULT", "Mark Rutte", "Nakatani Gen") in events
    assert not any(source == "Nakatani Gen" for _, source, _ in events)
