"""A crosshead that names a theme in a strong (weight 3) term, with that term told again in its
section ("Un pacte de défense contesté" over a paragraph on the pact), titles a thread of its
own (theme_crossheads.told_under_a_crosshead): the editor gave the unambiguous topic a section,
though the section tells it in one word family. A weak head word still needs two families.
Stories written for these tests."""
from tests.transforms.evidence import evidence_of
from transforms.theme_crossheads import TITLED_HEAD_WEIGHT, told_under_a_crosshead
from transforms.themes import _families, score_themes

SECTIONS = {6: [7, 8]}


def test_a_strong_head_term_told_again_under_it_titles_the_section():
    told = evidence_of([("pacte de défense", 3, 6), ("pacte de défense", 3, 7)])
    assert told_under_a_crosshead(told, SECTIONS, _families, None, TITLED_HEAD_WEIGHT)


def test_a_strong_head_term_alone_titles_nothing():
    head_only = evidence_of([("pacte de défense", 3, 6), ("allié", 2, 2)])
    assert not told_under_a_crosshead(head_only, SECTIONS, _families, None, TITLED_HEAD_WEIGHT)


def test_a_weak_or_specific_head_word_still_needs_two_families():
    weak = evidence_of([("coopération", 1, 6), ("coopération", 1, 7)])
    assert not told_under_a_crosshead(weak, SECTIONS, _families)
    specific = evidence_of([("allié", 2, 6), ("allié", 2, 7)])
    assert not told_under_a_crosshead(specific, SECTIONS, _families, None, TITLED_HEAD_WEIGHT)


def test_the_closing_line_does_not_tell_the_section():
    closing = evidence_of([("pacte de défense", 3, 6), ("pacte de défense", 3, 8)])
    assert not told_under_a_crosshead(closing, SECTIONS, _families, 8, TITLED_HEAD_WEIGHT)


# A story on a river flood with a section on the defence pact that brought foreign soldiers in.
_FLOOD = (
    "NIAMEY (Vigie) - La crue du fleuve Niger a envahi cette semaine plusieurs quartiers de "
    "Niamey, où des milliers d'habitants ont dû quitter leurs maisons, ont indiqué jeudi les "
    "services de la protection civile, qui recensent au moins douze morts.\n\n"
    "Dans les quartiers bordant le fleuve, des familles se sont installées dans les écoles, et "
    "la société de distribution d'eau a annoncé des coupures tournantes jusqu'à la décrue. Les "
    "agronomes craignent une chute des récoltes de riz, qui font vivre des milliers de ménages "
    "de la région.\n\n"
    "Le gouvernement a demandé à la population de s'éloigner des berges et annoncé la "
    "distribution de vivres dans les sites d'accueil, où l'eau potable manque. Les ONG "
    "humanitaires réclament une aide d'urgence pour les sinistrés, dont beaucoup dorment sous "
    "des bâches, et le Programme alimentaire mondial a promis des rations alimentaires.\n\n"
    "Un pacte de défense contesté\n\n"
    "Plusieurs centaines de soldats tchadiens sont arrivés mercredi pour aider aux "
    "évacuations, au titre du pacte de défense signé l'an dernier entre Niamey et N'Djamena. "
    "L'opposition dénonce la présence de troupes étrangères dans la capitale et réclame un "
    "débat au Parlement.\n\n"
    "Les météorologues prévoient de nouvelles pluies la semaine prochaine, ce qui pourrait "
    "retarder la décrue jusqu'en octobre, selon l'agence régionale de prévision.\n"
)
_CROSSHEAD = "Un pacte de défense contesté"


def _themes(nlp, text):
    return {s.theme_code for s in score_themes(nlp(text), "fr")}


def test_a_strong_crosshead_keeps_its_theme_in_a_story(nlp_fr):
    assert "SECURITY_COOPERATION" in _themes(nlp_fr, _FLOOD)
    # The same paragraph without its crosshead: one line on the pact, in a flood story.
    without = _FLOOD.replace(_CROSSHEAD + "\n\n", "")
    assert "SECURITY_COOPERATION" not in _themes(nlp_fr, without)
