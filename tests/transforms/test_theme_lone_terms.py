"""Terms that never make their theme alone (taxonomy ``_NOT_ALONE``): a rescue's words
(rescuers, survivors, an emergency, a disaster) tell the response to an accident, not a
humanitarian crisis, which also names aid, its groups, camps, food, water or shelter."""
from transforms.theme_terms import lone_terms
from transforms.themes import score_themes

_COLLAPSE = ("Rescuers worked through the night at the collapsed mine, and survivors were pulled "
             "from the rubble on Tuesday. The governor called it a disaster and said rescuers "
             "needed help to reach the lower shafts.\n\n"
             "Rescuers said the survivors were taken to hospital. The rescue was slowed by rain, "
             "and the emergency services asked for more help with pumps.\n\n")


def _themes(nlp, text):
    return {s.theme_code for s in score_themes(nlp(text), "en")}


def test_a_rescue_alone_is_no_humanitarian_story(nlp_en):
    assert "HUMANITARIAN" not in _themes(nlp_en, _COLLAPSE)


def test_the_same_rescue_with_aid_is_one(nlp_en):
    aid = ("Aid groups set up a camp for the displaced families, and the World Food Programme "
           "sent food rations and clean water.\n\n")
    assert "HUMANITARIAN" in _themes(nlp_en, _COLLAPSE + aid)


def test_lone_terms_are_taxonomy_terms_of_their_theme():
    from transforms.theme_terms import taxonomy
    for lang in ("en", "fr"):
        for code, terms in lone_terms(lang).items():
            assert terms and terms <= set(taxonomy()[code].terms(lang)), (code, lang)


_FUND_FR = ("L'ancien ministre a été inculpé jeudi dans l'affaire des fonds Force Covid-19, "
            "destinés à soutenir les entreprises pendant la pandémie. Son avocat a dénoncé une "
            "enquête politique.\n\n"
            "Le rapport de la Cour des comptes sur les fonds Force Covid-19 avait relevé des "
            "marchés passés sans appel d'offres.\n\n")


def test_the_pandemic_naming_a_fund_is_no_health_story(nlp_fr):
    found = {s.theme_code for s in score_themes(nlp_fr(_FUND_FR), "fr")}
    assert "HEALTH" not in found


def test_the_pandemic_with_its_patients_is_one(nlp_fr):
    care = ("Les hôpitaux ont manqué de lits pendant la pandémie, et les patients atteints du "
            "Covid-19 ont été transférés vers les services de réanimation.\n\n")
    found = {s.theme_code for s in score_themes(nlp_fr(_FUND_FR + care), "fr")}
    assert "HEALTH" in found


def test_a_flood_of_videos_is_no_water(nlp_en):
    from transforms.themes import theme_evidence
    doc = nlp_en("The network flooded social media with a flood of fake videos before the vote.")
    assert "HUMANITARIAN" not in theme_evidence(doc, "en")
