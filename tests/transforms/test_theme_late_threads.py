"""A thread that opens only in the second half of a story, told without a strong term,
is background (transforms/theme_threads.py, starts_late): a wire story tells its threads
from the top and ends on the market's reaction and the budget figures."""
import pytest

from tests.transforms.evidence import evidence_of
from transforms.theme_threads import LATE_THREAD_SHARE, starts_late
from transforms.themes import _is_a_thread, score_themes, theme_evidence

# A snap election (six paragraphs): the markets' reaction and the budget promise, told in
# the fourth and fifth with "investors", "dollar", "tax", "budget" (no strong term).
ELECTION = {
    "en": [
        "LISBON, March 10 (Vigie) - Portugal's centre-right Democratic Alliance won Sunday's snap parliamentary election but fell short of a majority, official results showed, leaving Prime Minister Luis Montenegro to seek the support of smaller parties to govern.",
        'With all votes counted, the alliance had 32% of the vote and 91 of the 230 seats, ahead of the Socialists on 28%. The far-right Chega party came third with 22%, its best result, and its leader André Ventura said voters had ended the two-party system. Turnout was 64%, the highest since 1995.',
        'Montenegro told supporters in Lisbon that he would not govern with Chega and would talk to the Liberal Initiative, which won nine seats. The Socialist leader conceded defeat and said his party would lead the opposition. The snap vote was called after the government lost a confidence motion in parliament in February.',
        'Shares of Portuguese utilities fell on Monday as investors weighed the prospect of weeks of talks, and the euro slipped against the dollar. Analysts said the currency moves were small and that a minority government had been expected.',
        'The alliance campaigned on tax cuts for young workers and has promised to present its budget by the end of April, a plan that will need votes from other parties in parliament.',
        'President Marcelo Rebelo de Sousa is expected to start meeting party leaders on Tuesday before naming a prime minister. Portugal has held three parliamentary elections in three years.',
    ],
    "fr": [
        "LISBONNE, 10 mars (Vigie) - L'Alliance démocratique de centre droit a remporté dimanche les élections législatives anticipées au Portugal sans obtenir la majorité absolue, selon les résultats officiels, obligeant le Premier ministre Luis Montenegro à chercher le soutien de petits partis pour gouverner.",
        "Après dépouillement de tous les bulletins, l'alliance obtient 32% des voix et 91 des 230 sièges, devant les socialistes à 28%. Le parti d'extrême droite Chega arrive troisième avec 22%, son meilleur score, et son chef André Ventura a estimé que les électeurs avaient mis fin au bipartisme. La participation a atteint 64%, un record depuis 1995.",
        "Luis Montenegro a déclaré devant ses partisans à Lisbonne qu'il ne gouvernerait pas avec Chega et qu'il discuterait avec l'Initiative libérale, qui a remporté neuf sièges. Le chef des socialistes a reconnu sa défaite et a indiqué que son parti mènerait l'opposition. Le scrutin anticipé avait été convoqué après la chute du gouvernement lors d'un vote de confiance au Parlement en février.",
        "Les actions des services publics portugais ont reculé lundi, les investisseurs craignant des semaines de tractations, et l'euro a légèrement baissé face au dollar. Des économistes ont jugé ces mouvements limités, un gouvernement minoritaire étant attendu.",
        "L'alliance a fait campagne sur des baisses d'impôt pour les jeunes actifs et a promis de présenter son budget d'ici fin avril, un projet qui aura besoin des voix d'autres partis au Parlement.",
        'Le président Marcelo Rebelo de Sousa doit commencer mardi à recevoir les chefs de partis avant de nommer un Premier ministre. Le Portugal a organisé trois élections législatives en trois ans.',
    ],
}
LATE = [0, 1, 2, 3, 4, 5]
EARLY = [0, 3, 4, 1, 2, 5]  # the same paragraphs, the economy told second and third


def _story(models, lang, order):
    doc = models[lang]("\n\n".join(ELECTION[lang][i] for i in order) + "\n")
    return doc, {s.theme_code for s in score_themes(doc, lang)}


def test_a_thread_opening_in_the_second_half_is_late():
    spread = evidence_of([("investor", 2, 3), ("dollar", 1, 3), ("tax", 2, 4), ("budget", 2, 4)])
    assert 3 >= LATE_THREAD_SHARE * 5
    assert starts_late(spread, paragraph_count=6)
    assert not _is_a_thread(spread, top_weighted=spread.weighted, paragraph_count=6)


def test_a_thread_opening_in_the_first_half_is_not_late():
    spread = evidence_of([("investor", 2, 1), ("dollar", 1, 1), ("tax", 2, 4), ("budget", 2, 4)])
    assert not starts_late(spread, paragraph_count=6)


def test_a_late_thread_told_with_a_strong_term_is_a_topic_the_story_turns_to():
    spread = evidence_of([("snapback", 3, 4), ("sanction", 2, 4), ("sanction", 2, 5)])
    assert not starts_late(spread, paragraph_count=6)


def test_no_paragraph_count_no_late_rule():
    spread = evidence_of([("investor", 2, 3), ("tax", 2, 4)])
    assert not starts_late(spread, paragraph_count=0)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_markets_and_budget_closing_an_election_story_are_no_economy_thread(lang, models):
    doc, codes = _story(models, lang, LATE)
    assert starts_late(theme_evidence(doc, lang)["ECONOMY"], paragraph_count=6)
    assert "ELECTIONS" in codes and "ECONOMY" not in codes


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_same_paragraphs_told_second_and_third_are_an_economy_thread(lang, models):
    doc, codes = _story(models, lang, EARLY)
    assert not starts_late(theme_evidence(doc, lang)["ECONOMY"], paragraph_count=6)
    assert {"ELECTIONS", "ECONOMY"} <= codes


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_trailing_blank_lines_make_no_paragraph_of_the_story(lang, models):
    # Five paragraphs, the economy opening in the third: the second half. The half is
    # counted on the paragraphs that hold words: an empty last one (copy ending on line
    # breaks) would make it six and the third paragraph the first half.
    text = "\n\n".join(ELECTION[lang][i] for i in [0, 1, 3, 4, 2])
    for padding in ("", "\n\n\n\n"):
        doc = models[lang](text + padding)
        assert starts_late(theme_evidence(doc, lang)["ECONOMY"], paragraph_count=5)
        assert "ECONOMY" not in {s.theme_code for s in score_themes(doc, lang)}
