"""A short closing paragraph (under CLOSING_LINE_WORDS words) is the wire story's line of
background and carries no theme by itself; a full last paragraph still does."""
from transforms.theme_layout import CLOSING_LINE_WORDS, _closing_line
from transforms.themes import score_themes

STORY = """BAMAKO, Sept 18 (Vigie) - Mali's military government on Thursday postponed the presidential election planned for next February, citing the security situation, and extended the transition led by General Assimi Goita by five years.

The decision was announced by the electoral authority after a cabinet meeting, weeks after the junta dissolved all political parties. The opposition, which had demanded a vote before the end of the year, said the move buried any return to constitutional order.

Goita came to power in a coup in 2020 and has since ruled by decree. A national consultation held in April recommended that he be named president without an election, a proposal the parties rejected before they were banned.

The West African bloc ECOWAS, which Mali left in January along with Burkina Faso and Niger, called for an inclusive timetable for elections and the release of detained politicians.

{closing}
"""
SHORT = ("The U.N. counts more than 400,000 internally displaced people in Mali, and aid "
         "organisations fear a hunger crisis.")
FULL = ("The U.N. counts more than 400,000 internally displaced people in Mali, where the "
        "World Food Programme has cut rations for lack of funding. Aid organisations say "
        "humanitarian access to the centre of the country is blocked by the fighting, and "
        "that acute malnutrition among children has doubled since last year.")


def test_a_closing_line_of_background_carries_no_theme(nlp_en):
    doc = nlp_en(STORY.format(closing=SHORT))
    assert _closing_line(doc) is not None
    codes = {s.theme_code for s in score_themes(doc, "en")}
    assert "ELECTIONS" in codes and "HUMANITARIAN" not in codes


def test_a_full_last_paragraph_still_carries_its_theme(nlp_en):
    doc = nlp_en(STORY.format(closing=FULL))
    assert len(FULL.split()) >= CLOSING_LINE_WORDS and _closing_line(doc) is None
    assert "HUMANITARIAN" in {s.theme_code for s in score_themes(doc, "en")}


def test_a_text_of_one_or_two_paragraphs_has_no_closing_line(nlp_en):
    assert _closing_line(nlp_en("One paragraph about the election.\n\nAnother one.")) is None


def test_a_background_coup_in_a_junta_story_is_not_the_military_theme(nlp_en):
    # "came to power in a coup in 2020" is the background of every Sahel story: the coup
    # words weigh little alone; a coup story has its own (see the Madagascar short story).
    codes = {s.theme_code for s in score_themes(nlp_en(STORY.format(closing=SHORT)), "en")}
    assert "MILITARY" not in codes


PROTEST_STORY = """NAIROBI, June 26 (Vigie) - Kenyan police fired tear gas at protesters in Nairobi on Thursday, as thousands of young Kenyans marched to mark the second anniversary of deadly demonstrations against a finance bill.

Crowds of mostly young protesters marched through the capital's business district chanting "Ruto must go" before riot police blocked the roads leading to parliament. Clashes were also reported in Mombasa and Kisumu.

Rights groups condemned the use of live ammunition and called for an independent inquiry into each death. They said at least 51 people had been injured and that several protesters had been detained by men in plain clothes in the days before the march.

The Interior Minister defended the police response, saying officers had faced violent groups who infiltrated peaceful protests. The National Police Service said it had arrested 312 people across the country.

The Communications Authority ordered television stations to stop live coverage of the protests, a move the Law Society said it would challenge.

President William Ruto said on Wednesday that his government would not tolerate "anarchy disguised as protest".

{closing}
"""
CENTRAL_BANK = "The central bank left its key lending rate unchanged on Tuesday."


def test_a_closing_lines_words_are_no_evidence_of_a_headline_theme(nlp_en):
    """The headline and the lead name the finance bill the protests were against; the
    closing line's central bank adds no weight to make it the ECONOMY theme."""
    title = "Kenyan police fire on protesters on anniversary of finance bill unrest"
    doc = nlp_en(PROTEST_STORY.format(closing=CENTRAL_BANK))
    assert _closing_line(doc) is not None
    codes = {s.theme_code for s in score_themes(doc, "en", title)}
    assert "PROTEST" in codes and "ECONOMY" not in codes
