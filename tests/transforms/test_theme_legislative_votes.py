"""'vote' is what senators and MPs do on a bill as much as what voters do: alone it only
corroborates ELECTIONS; an election is told with its own words."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.themes import score_themes

SENATE = ("WASHINGTON (AP) — The Senate voted 49-51 on Thursday against a resolution that "
          "would have required congressional approval for further strikes. The vote split "
          "largely along party lines, and a second vote on a similar measure is expected next "
          "week.\n\nSenators who voted for the measure said the administration had not "
          "explained the legal basis for the strikes. The House is due to vote on its own "
          "version later this month, and leaders said the votes would be close.")


@pytest.mark.parametrize("lang, text, term", [
    ("en", "The Senate voted 49-51 against the resolution.", "vote"),
    ("fr", "L'Assemblée nationale a voté le budget mardi.", "voter"),
])
def test_a_vote_is_weak_election_evidence(lang, text, term, nlp_fr, nlp_en):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert term_weights(nlp(text), lang).get(("ELECTIONS", term)) == 1


def test_a_senate_vote_is_no_election(nlp_en):
    assert "ELECTIONS" not in {s.theme_code for s in score_themes(nlp_en(SENATE), "en")}


def test_an_election_is_still_one(nlp_en):
    text = ("Voters in Moldova went to the polls on Sunday in a parliamentary election seen as "
            "a choice between Europe and Russia. Turnout was 52 percent, the electoral "
            "commission said, and the ruling party led the vote count with most ballots "
            "counted.\n\nThe opposition candidate said the vote had been marred by fraud.")
    assert "ELECTIONS" in {s.theme_code for s in score_themes(nlp_en(text), "en")}
