"""A closing line that tells a theme with a strong term is a line of other news: it does not
spread the theme's thread (transforms/theme_closing_news.py). Stories written for these tests:
a refugee story closing on a central bank's rate decision."""
from transforms.theme_closing_news import spread_without_closing_news, tells_other_news
from transforms.theme_layout import _closing_line, paragraph_index
from transforms.themes import score_themes, theme_evidence

EN_STORY = """Hundreds of migrants crossed the border into the northern province on Monday, fleeing fighting in the neighbouring region, the United Nations refugee agency said. Many of the refugees were women and children who had walked for days.

Aid groups set up tents at a school and handed out food and water, but the agency said the camp was already full and that asylum requests had doubled since January. Local officials said the border crossing would stay open until further notice, and that more teachers and volunteers would come from the capital next week.

The provincial governor said the region's budget could not cover the cost of sheltering the new arrivals for long, and asked the capital for emergency funds.

Refugees told reporters they had fled after armed men burned their villages. The agency said more than 12,000 people had been displaced in the past month alone, and called on donors to help the host communities.

The central bank raised its key interest rate by half a point on Tuesday to curb inflation."""

FR_STORY = """Des centaines de migrants ont franchi lundi la frontière de la province du nord, fuyant les combats dans la région voisine, a indiqué l'agence des Nations unies pour les réfugiés. Beaucoup de ces réfugiés sont des femmes et des enfants qui ont marché pendant des jours.

Des ONG ont installé des tentes dans une école et distribué de la nourriture et de l'eau, mais l'agence a averti que le camp était déjà plein et que les demandes d'asile avaient doublé depuis janvier. Les autorités locales ont assuré que le poste-frontière resterait ouvert.

Le gouverneur de la province a déclaré que le budget de la région ne suffirait pas longtemps à héberger les nouveaux arrivants, et a demandé des fonds d'urgence à la capitale.

Des réfugiés ont raconté avoir fui après que des hommes armés ont incendié leurs villages. L'agence a indiqué que plus de 12 000 personnes avaient été déplacées le mois dernier, et appelé les bailleurs à aider les communautés d'accueil.

La banque centrale a relevé mardi son taux directeur d'un demi-point pour freiner l'inflation."""


def _codes(nlp, text, lang):
    return {score.theme_code for score in score_themes(nlp(text), lang)}


def test_an_english_closing_rate_decision_makes_no_economy_story(nlp_en):
    assert _codes(nlp_en, EN_STORY, "en") == {"MIGRATION", "HUMANITARIAN"}


def test_a_french_closing_rate_decision_makes_no_economy_story(nlp_fr):
    assert _codes(nlp_fr, FR_STORY, "fr") == {"MIGRATION", "HUMANITARIAN"}


def test_the_closing_line_still_counts_as_evidence(nlp_en):
    doc = nlp_en(EN_STORY)
    found = theme_evidence(doc, "en")["ECONOMY"]
    closing = _closing_line(doc, paragraph_index(doc))
    assert closing in found.paragraph_weight and tells_other_news(found, closing)
    spread = spread_without_closing_news(found, closing)
    assert closing not in spread.strong_paragraph_set
    assert spread.weighted == found.weighted


def test_a_closing_line_without_a_strong_term_still_spreads_the_thread(nlp_en, nlp_fr):
    for nlp, lang, text, code in (
            (nlp_en, "en", EN_STORY.rsplit("\n", 1)[0]
             + "\nThe agency said more refugees were expected to arrive by the weekend.",
             "MIGRATION"),
            (nlp_fr, "fr", FR_STORY.rsplit("\n", 1)[0]
             + "\nL'agence s'attend à l'arrivée de nouveaux réfugiés d'ici la fin de la semaine.",
             "MIGRATION")):
        doc = nlp(text)
        found = theme_evidence(doc, lang)[code]
        closing = _closing_line(doc, paragraph_index(doc))
        assert closing in found.strong_paragraph_set
        assert not tells_other_news(found, closing)
        assert spread_without_closing_news(found, closing) is found


def test_a_story_without_a_closing_line_is_left_alone(nlp_en):
    doc = nlp_en(EN_STORY)
    found = theme_evidence(doc, "en")["ECONOMY"]
    assert spread_without_closing_news(found, None) is found


def test_a_closing_line_on_the_leads_topic_is_no_other_news(nlp_en, nlp_fr):
    english = EN_STORY.rsplit("\n", 1)[0] + (
        "\nThe agency said the refugee camp would need new funding from donors by the end of "
        "the month.")
    french = FR_STORY.rsplit("\n", 1)[0] + (
        "\nL'agence a indiqué que le camp de réfugiés aurait besoin de nouveaux fonds des "
        "bailleurs d'ici la fin du mois.")
    for nlp, lang, text in ((nlp_en, "en", english), (nlp_fr, "fr", french)):
        doc = nlp(text)
        found = theme_evidence(doc, lang)["MIGRATION"]
        closing = _closing_line(doc, paragraph_index(doc))
        assert closing in found.strong_paragraph_set
        assert not tells_other_news(found, closing)
