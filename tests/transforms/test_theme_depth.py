"""A paragraph told in depth (DEPTH_*): three distinct terms of a theme, one strong,
weighing DEPTH_WEIGHT and DEPTH_SHARE of the paragraph, make the theme count even when
it shares the paragraph with a heavier one."""
from transforms.theme_paragraphs import (DEPTH_SHARE, DEPTH_WEIGHT, _carries_a_paragraph,
                                         _paragraph_weights, _told_in_depth)
from tests.transforms.evidence import evidence_of
from transforms.themes import score_themes


SANCTIONS_PARAGRAPH = [("sanction", 2, 3), ("asset freeze", 3, 3), ("embargo", 2, 3),
                       ("travel ban", 3, 3)]


def test_three_terms_with_a_strong_one_carry_a_shared_paragraph():
    rights = evidence_of([("Amnesty International", 3, 3), ("execution", 2, 3), ("torture", 3, 3)])
    evidence = {"HUMAN_RIGHTS": rights, "SANCTIONS": evidence_of(SANCTIONS_PARAGRAPH)}
    paragraphs = _paragraph_weights(evidence)
    assert rights.weighted < 0.5 * paragraphs.total[3]  # not half of the paragraph
    assert rights.weighted >= max(DEPTH_WEIGHT, DEPTH_SHARE * paragraphs.total[3])
    assert _carries_a_paragraph(rights, paragraphs)


def test_three_weak_and_specific_words_do_not_carry_a_shared_paragraph():
    rights = evidence_of([("freedom", 1, 3), ("execution", 2, 3), ("detained", 2, 3),
                        ("minority", 2, 3)])
    evidence = {"HUMAN_RIGHTS": rights, "SANCTIONS": evidence_of(SANCTIONS_PARAGRAPH)}
    assert not _carries_a_paragraph(rights, _paragraph_weights(evidence))


def test_two_terms_are_no_depth_however_strong():
    # (Two strong terms carry the paragraph by another rule: test_theme_strong_pair.py.)
    rights = evidence_of([("Amnesty International", 3, 3), ("torture", 3, 3), ("torture", 3, 3)])
    evidence = {"HUMAN_RIGHTS": rights, "SANCTIONS": evidence_of(SANCTIONS_PARAGRAPH)}
    paragraphs = _paragraph_weights(evidence)
    assert not _told_in_depth(rights, 3, rights.paragraph_weight[3], paragraphs)


# A 300-word sanctions story whose fourth paragraph also tells of executions.
STORY = """BRUSSELS, Oct 20 (Vigie) - European Union foreign ministers on Monday added eight Iranian officials and two prison administrations to the bloc's sanctions list, freezing their assets in the EU and banning them from travel, the Council said in a statement.

The listings follow the reimposition of U.N. sanctions on Tehran at the end of September and extend the EU regime adopted in 2022. Ministers also renewed the arms embargo and the ban on exports of drone components for a further year.

Diplomats said Germany and the Netherlands had pushed for the move since the summer, while Italy and Hungary had asked for more time to assess the impact on their remaining companies in Iran. The decision needed unanimity.

{rights}

Iran's foreign ministry summoned the ambassadors of Germany and France and said the measures were "illegal and unilateral". Tehran has retaliated against previous listings by placing EU officials on its own sanctions list.

EU foreign policy chief Kaja Kallas said the bloc remained open to talks on the nuclear file but would "not look away" from what happened in Iranian prisons.
"""
DEPTH = ("Amnesty International says Iran carried out more than 1,000 executions this year, "
         "and the listed prison chiefs are accused of torture, a sanctions regime built on "
         "asset freezes and travel bans.")
PASSING = "The listed officials include two prison chiefs, a sanctions decision built on asset freezes."


def test_a_rights_paragraph_told_in_depth_is_a_theme(nlp_en):
    codes = {s.theme_code for s in score_themes(nlp_en(STORY.format(rights=DEPTH)), "en")}
    assert {"SANCTIONS", "HUMAN_RIGHTS"} <= codes


def test_the_same_story_without_it_has_no_rights_theme(nlp_en):
    codes = {s.theme_code for s in score_themes(nlp_en(STORY.format(rights=PASSING)), "en")}
    assert "SANCTIONS" in codes and "HUMAN_RIGHTS" not in codes
