"""A vote in a chamber is no election (taxonomy ``_NOT_ALONE``, ELECTIONS): an impeachment, a
no-confidence motion or a bill passed is told with the words an election story also uses
("vote", "majority", "the opposition", "party", "seat", "an elected president"), but an
election story names the election, its ballots, voters, polls, candidates or results.
Stories written for these tests."""
from transforms.themes import score_themes

_MOTION = ("LIMA (Vigie) - Peru's Congress voted on Thursday to remove Interior Minister Jorge "
           "Salas over a contract for police cars, the third minister it has censured this year.\n\n"
           "The motion passed by 78 votes to 31, more than the majority needed, after the governing "
           "party split and a dozen of its members voted with the opposition. Opposition leaders "
           "said the vote showed the elected government had lost its majority in the chamber.\n\n"
           "Salas called the vote a political ambush and said he would keep his seat in the party's "
           "leadership. Party officials said they would meet on Monday to choose a new whip.\n\n"
           "Prosecutors are investigating the contract, which the comptroller's office said was "
           "signed without a tender at twice the market price.\n\n")


def _themes(nlp, text):
    return {s.theme_code for s in score_themes(nlp(text), "en")}


def test_a_censure_vote_in_congress_is_no_election(nlp_en):
    assert "ELECTIONS" not in _themes(nlp_en, _MOTION)


def test_the_same_words_with_an_election_are_one(nlp_en):
    election = ("The vote comes five months before a general election in which the party's "
                "candidate trails in every opinion poll, and electoral officials said voter "
                "registration would close in March.\n\n")
    assert "ELECTIONS" in _themes(nlp_en, _MOTION + election)


_MOTION_FR = ("DAKAR (Vigie) - L'Assemblée nationale a voté jeudi la destitution du ministre de "
              "l'Intérieur, mis en cause dans un marché de véhicules de police.\n\n"
              "La motion a été adoptée par 98 voix contre 51, au-delà de la majorité requise, "
              "après que des députés du parti au pouvoir ont rejoint l'opposition lors du vote. "
              "L'opposition estime que le gouvernement élu a perdu sa majorité.\n\n"
              "Le ministre a dénoncé un vote politique et dit qu'il garderait son siège à la "
              "direction du parti. Le parquet enquête sur le marché.\n\n")


def test_une_motion_votee_a_l_assemblee_n_est_pas_une_election(nlp_fr):
    assert "ELECTIONS" not in {s.theme_code for s in score_themes(nlp_fr(_MOTION_FR), "fr")}
