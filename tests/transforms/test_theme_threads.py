"""A theme spread over paragraphs is a thread only with substance somewhere: a body
paragraph weighing more than THREAD_PARAGRAPH_WEIGHT, a strong term, or
THREAD_TOTAL_WEIGHT in all."""
from tests.transforms.evidence import evidence_of
from transforms.themes import (THREAD_PARAGRAPH_WEIGHT, THREAD_TOTAL_WEIGHT, TITLE_PARAGRAPH,
                               _is_a_thread, score_themes, theme_evidence)


def test_one_specific_word_per_paragraph_is_no_thread():
    scatter = evidence_of([("war", 2, 1), ("clash", 2, 3), ("attack", 1, 3), ("bomb", 2, 6)])
    assert scatter.strong_paragraphs() >= 3 and not scatter.has_substance()
    assert not _is_a_thread(scatter, top_weighted=scatter.weighted)


def test_a_paragraph_of_substance_makes_the_spread_a_thread():
    spread = evidence_of([("war", 2, 1), ("clash", 2, 3), ("ambush", 2, 3), ("siege", 2, 3), ("bomb", 2, 6)])
    assert spread.paragraph_weight[3] > THREAD_PARAGRAPH_WEIGHT
    assert _is_a_thread(spread, top_weighted=spread.weighted)


def test_a_strong_term_makes_the_spread_a_thread():
    spread = evidence_of([("war", 2, 1), ("ceasefire", 3, 3), ("bomb", 2, 6)])
    assert _is_a_thread(spread, top_weighted=spread.weighted)


def test_a_theme_told_a_little_in_every_paragraph_is_a_thread():
    # A drone shot down: "drone", "army", "military" in each of five paragraphs.
    terms = [("drone", 1), ("military", 2), ("army", 1), ("air base", 2), ("troop", 1)]
    spread = evidence_of([(term, weight, paragraph) for paragraph in range(5)
                        for term, weight in terms[paragraph:paragraph + 2]])
    assert max(spread.paragraph_weight.values()) <= THREAD_PARAGRAPH_WEIGHT
    assert spread.weighted >= THREAD_TOTAL_WEIGHT
    assert _is_a_thread(spread, top_weighted=spread.weighted)


def test_headline_weight_is_not_body_substance():
    scatter = evidence_of([("war", 2, TITLE_PARAGRAPH), ("war", 2, TITLE_PARAGRAPH),
                         ("war", 2, 1), ("clash", 2, 3), ("bomb", 2, 6)])
    assert not scatter.has_substance()


# A 300-word nuclear inspection story; the war that damaged the sites is background,
# told in a few words in three paragraphs.
IAEA_STORY = """VIENNA, Nov 19 (Vigie) - The U.N. nuclear watchdog said on Wednesday it still had no access to Iran's main enrichment sites and could not say where the country's stock of uranium enriched to 60% was, five months after the sites were damaged in the war with Israel.

In a confidential report to its 35-nation Board of Governors, seen by Vigie, the International Atomic Energy Agency said its inspectors had visited only facilities that were not hit, including the Bushehr nuclear power plant, and that Tehran had not filed the special report the agency requested on Fordow and Natanz.

The agency estimates that Iran held about 440 kg of uranium enriched to 60% purity before the bombing, enough, if enriched further, for around ten nuclear weapons by the IAEA's yardstick. "The loss of continuity of knowledge is a matter of serious concern," Director General Rafael Grossi wrote.

Iran's foreign ministry said cooperation with the agency would depend on guarantees that inspectors' findings would not be used to justify new attacks, and accused Western powers of politicising the file. Parliament passed a law in July suspending cooperation with the IAEA, and an agreement reached in Cairo in September to resume inspections has largely stalled.

Britain, France and Germany are expected to table a resolution at next week's board meeting demanding that Iran provide the information without delay, diplomats said. U.N. sanctions on Tehran were reimposed at the end of September under the "snapback" mechanism of the 2015 nuclear deal, which Russia and China reject as illegal.

Grossi said he hoped to travel to Tehran before the end of the year to discuss a way to verify the enrichment programme after the clash.
"""


def test_background_war_in_a_nuclear_story_is_not_armed_conflict(nlp_en):
    doc = nlp_en(IAEA_STORY)
    war = theme_evidence(doc, "en")["ARMED_CONFLICT"]
    assert war.strong_paragraphs() >= 3 and not war.has_substance()
    codes = {s.theme_code for s in score_themes(doc, "en")}
    assert "NUCLEAR" in codes and "ARMED_CONFLICT" not in codes


def test_the_same_story_with_a_paragraph_on_the_fighting_keeps_armed_conflict(nlp_en):
    fighting = ("Israeli air strikes and Iranian missile barrages killed more than a thousand "
                "people during the twelve-day war, and a ceasefire has held since June 24.")
    doc = nlp_en(IAEA_STORY.replace("Grossi said he hoped", fighting + "\n\nGrossi said he hoped"))
    assert "ARMED_CONFLICT" in {s.theme_code for s in score_themes(doc, "en")}


def test_specific_words_in_five_paragraphs_are_a_thread():
    # Rescued migrants, an NGO, the displaced: a little in each of five paragraphs, none
    # weighing more than THREAD_PARAGRAPH_WEIGHT, no strong term, under THREAD_TOTAL_WEIGHT.
    from transforms.themes import THREAD_SPREAD_PARAGRAPHS
    spread = evidence_of([("rescapé", 2, 2), ("aider", 1, 2), ("rescapé", 2, 4), ("ONG", 2, 5),
                        ("logements de fortune", 2, 7), ("déplacé", 2, 8)])
    assert spread.strong_paragraphs() == THREAD_SPREAD_PARAGRAPHS
    assert max(spread.paragraph_weight.values()) <= THREAD_PARAGRAPH_WEIGHT
    assert spread.weighted < THREAD_TOTAL_WEIGHT
    assert _is_a_thread(spread, top_weighted=spread.weighted)


def test_specific_words_in_four_paragraphs_are_not():
    scatter = evidence_of([("rescapé", 2, 2), ("aider", 1, 2), ("ONG", 2, 5),
                         ("logements de fortune", 2, 7), ("déplacé", 2, 8)])
    assert scatter.strong_paragraphs() == 4 and not scatter.has_substance()
