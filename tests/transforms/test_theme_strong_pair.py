"""Two strong terms in one paragraph (PAIR_*): two distinct weight-3 terms of a theme,
weighing PAIR_WEIGHT and PAIR_SHARE of their paragraph, make the theme count even in a
paragraph another theme leads -- a secondary thread told in one place."""
from transforms.theme_paragraphs import (PAIR_SHARE, PAIR_WEIGHT, _carries_a_paragraph,
                                         _paragraph_weights)
from tests.transforms.evidence import evidence_of
from transforms.themes import score_themes


ELECTION_PARAGRAPH = [("élection présidentielle", 3, 2), ("second tour", 3, 2),
                      ("candidat", 2, 2), ("commission électorale", 3, 2), ("vote", 2, 2)]


def test_two_strong_terms_carry_a_paragraph_another_theme_leads():
    lies = evidence_of([("désinformation", 3, 2), ("faux comptes", 3, 2), ("réseau", 1, 2)])
    evidence = {"DISINFORMATION": lies, "ELECTIONS": evidence_of(ELECTION_PARAGRAPH)}
    paragraphs = _paragraph_weights(evidence)
    assert lies.weighted < 0.4 * paragraphs.total[2]  # neither half nor depth share
    assert lies.weighted >= max(PAIR_WEIGHT, PAIR_SHARE * paragraphs.total[2])
    assert _carries_a_paragraph(lies, paragraphs)


def test_one_strong_term_and_specific_words_do_not():
    lies = evidence_of([("désinformation", 3, 2), ("propagande", 2, 2), ("rumeur", 2, 2)])
    evidence = {"DISINFORMATION": lies, "ELECTIONS": evidence_of(ELECTION_PARAGRAPH)}
    assert not _carries_a_paragraph(lies, _paragraph_weights(evidence))


def test_two_strong_terms_in_different_paragraphs_do_not():
    lies = evidence_of([("désinformation", 3, 2), ("faux comptes", 3, 4), ("infox", 2, 4)])
    evidence = {"DISINFORMATION": lies, "ELECTIONS": evidence_of(ELECTION_PARAGRAPH)}
    assert not _carries_a_paragraph(lies, _paragraph_weights(evidence))


# A French wire story, machine-translation style, on a presidential run-off; its third
# paragraph also tells of a disinformation campaign.
STORY = """CHISINAU, 3 novembre (Vigie) - Les électeurs moldaves ont voté dimanche au second tour de l'élection présidentielle, qui oppose la présidente sortante Maia Sandu au candidat socialiste Alexandr Stoianoglo, selon la commission électorale centrale. Le taux de participation atteignait 41 % à la mi-journée,un chiffre proche de celui du premier tour.

Les bureaux de vote ouverts à l'étranger, notamment en Italie, en Allemagne et en France, ont enregistré une forte affluence. La diaspora avait largement soutenu Mme Sandu lors du premier tour et du référendum sur l'adhésion à l'Union européenne organisé le même jour.

{lies}

Les résultats provisoires sont attendus dans la nuit. Les observateurs de l'OSCE doivent présenter lundi leurs conclusions préliminaires sur le déroulement du scrutin, que l'opposition a dit vouloir contester devant la Cour constitutionnelle en cas de défaite.

Mme Sandu a voté à Chisinau en appelant les citoyens à « décider de l'avenir du pays ». M. Stoianoglo, ancien procureur général, a promis de rétablir des relations « équilibrées » avec Moscou et a dénoncé une campagne électorale menée selon lui dans un climat de peur.

Les deux candidats s'étaient affrontés dans un débat télévisé tendu la semaine dernière, au cours duquel le candidat socialiste a refusé de dire s'il soutenait l'adhésion de la Moldavie à l'UE.
"""
TWO_STRONG = ("La police a dénoncé dimanche matin une campagne de désinformation visant le "
              "scrutin : des centaines de faux comptes ont diffusé sur les réseaux sociaux des "
              "messages appelant les électeurs de la diaspora à rester chez eux, et des bureaux "
              "de vote ont reçu des alertes à la bombe, selon la commission électorale.")
ONE_WORD = ("La police a signalé dimanche matin des messages diffusés sur les réseaux sociaux "
            "appelant les électeurs de la diaspora à rester chez eux, une opération qualifiée "
            "de désinformation par la commission électorale, qui a porté plainte.")


def test_a_disinformation_paragraph_in_an_election_story_is_a_theme(nlp_fr):
    codes = {s.theme_code for s in score_themes(nlp_fr(STORY.format(lies=TWO_STRONG)), "fr")}
    assert {"ELECTIONS", "DISINFORMATION"} <= codes


def test_one_mention_of_disinformation_is_no_theme(nlp_fr):
    codes = {s.theme_code for s in score_themes(nlp_fr(STORY.format(lies=ONE_WORD)), "fr")}
    assert "ELECTIONS" in codes and "DISINFORMATION" not in codes
