"""In a long story a paragraph spreads a thread only when it tells the theme, not when it
mentions it (transforms/theme_threads.py, paragraphs_telling): one specific word in each of
five of a flood story's fifteen paragraphs ("budget", "bank", "economic", "investment",
"inflation") is no economy thread; two or three words of it in each are."""
import pytest

from tests.transforms.evidence import evidence_of
from tests.transforms.test_theme_weak_threads import FLOOD, MORE
from transforms.theme_layout import word_count
from transforms.theme_threads import (LONG_THREAD_WORDS, TOLD_PARAGRAPH_WEIGHT,
                                      paragraphs_telling)
from transforms.themes import RECURRING_PARAGRAPHS, _is_a_thread, score_themes, theme_evidence

# One specific ECONOMY word added to each of five paragraphs of the long flood story.
MENTIONS = {
    "en": [
        ('were being shipped from Manila.',
         'were being shipped from Manila, paid from the national budget.'),
        ('with her five grandchildren.',
         'with her five grandchildren, her savings lost with the house and her bank book.'),
        ('to be ready to leave again.',
         'to be ready to leave again, an economic blow the fishing towns can ill afford.'),
        ('had worsened the floods.',
         'had worsened the floods, after years of investment in roads on the hillsides.'),
        ('twice a day.',
         'twice a day despite the rising inflation.'),
    ],
    "fr": [
        ('étaient acheminés depuis Manille.',
         "étaient acheminés depuis Manille, sur le budget de l'Etat."),
        ('avec ses cinq petits-enfants.',
         'avec ses cinq petits-enfants, son livret de banque perdu avec la maison.'),
        ("à l'est de l'archipel la semaine prochaine.",
         "à l'est de l'archipel la semaine prochaine, un choc économique que les villages de pêcheurs peuvent mal supporter."),
        ('avait aggravé les crues.',
         "avait aggravé les crues, après des années d'investissement dans des routes à flanc de colline."),
        ('deux fois par jour du riz et du poisson pour plusieurs milliers de personnes.',
         "deux fois par jour du riz et du poisson pour plusieurs milliers de personnes malgré l'inflation."),
    ],
}

# ...and another one or two beside it in each.
TOLD = {
    "en": [
        ('paid from the national budget.',
         'paid from the national budget with a loan from the World Bank.'),
        ('and her bank book.',
         'and her bank book, and no pension to fall back on.'),
        ('an economic blow the',
         'an economic blow, with unemployment already high, the'),
        ('after years of investment in roads',
         'after years of public investment and tax breaks for builders of roads'),
        ('despite the rising inflation.',
         'despite the rising inflation and falling wages.'),
    ],
    "fr": [
        ("sur le budget de l'Etat.",
         "sur le budget de l'Etat et grâce à un prêt d'une banque de développement."),
        ('son livret de banque perdu avec la maison.',
         "son livret de banque perdu avec la maison, sans pension pour l'aider."),
        ('un choc économique que',
         'un choc économique, avec un chômage déjà élevé, que'),
        ("après des années d'investissement",
         "après des années d'investissement public et d'exonérations d'impôt accordées aux promoteurs"),
        ("malgré l'inflation.",
         "malgré l'inflation et la baisse des salaires."),
    ],
}


def _story(models, lang, *edits):
    text = FLOOD[lang] + MORE[lang]
    for edit in edits:
        for before, after in edit[lang]:
            assert before in text
            text = text.replace(before, after)
    doc = models[lang](text)
    return doc, {s.theme_code for s in score_themes(doc, lang)}


def test_single_mentions_in_a_long_story_do_not_spread_a_thread():
    spread = evidence_of([(term, 2, paragraph) for paragraph, term in
                          enumerate(["budget", "bank", "economic", "investment", "inflation"])])
    assert spread.strong_paragraphs() >= RECURRING_PARAGRAPHS and spread.has_substance()
    assert paragraphs_telling(spread, LONG_THREAD_WORDS) == set()
    assert not _is_a_thread(spread, top_weighted=spread.weighted, words=LONG_THREAD_WORDS)


def test_the_same_mentions_spread_a_thread_in_a_shorter_story():
    spread = evidence_of([(term, 2, paragraph) for paragraph, term in
                          enumerate(["budget", "bank", "economic", "investment", "inflation"])])
    assert paragraphs_telling(spread, LONG_THREAD_WORDS - 1) == spread.strong_paragraph_set
    assert _is_a_thread(spread, top_weighted=spread.weighted, words=LONG_THREAD_WORDS - 1)


def test_paragraphs_telling_the_theme_spread_a_long_story_s_thread():
    spread = evidence_of([hit for paragraph in range(3)
                          for hit in (("budget", 2, paragraph), ("price", 1, paragraph))])
    assert all(weight >= TOLD_PARAGRAPH_WEIGHT for weight in spread.paragraph_weight.values())
    assert paragraphs_telling(spread, LONG_THREAD_WORDS) == {0, 1, 2}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_economy_mentioned_across_a_long_flood_story_is_no_thread(lang, models):
    doc, codes = _story(models, lang, MENTIONS)
    words = word_count(doc)
    economy = theme_evidence(doc, lang)["ECONOMY"]
    assert words >= LONG_THREAD_WORDS
    # The spread rule alone would keep it: specific hits in five paragraphs.
    assert economy.strong_paragraphs() >= 5 and economy.has_substance()
    assert len(paragraphs_telling(economy, words)) < 2
    assert "HUMANITARIAN" in codes and "ECONOMY" not in codes


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_economy_told_across_a_long_flood_story_is_a_thread(lang, models):
    doc, codes = _story(models, lang, MENTIONS, TOLD)
    economy = theme_evidence(doc, lang)["ECONOMY"]
    assert len(paragraphs_telling(economy, word_count(doc))) >= RECURRING_PARAGRAPHS
    assert {"HUMANITARIAN", "ECONOMY"} <= codes
