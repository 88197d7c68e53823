"""People displaced by fighting or disaster are MIGRATION as well as HUMANITARIAN when the
article gives them a paragraph (eval/README.md): beside a kept HUMANITARIAN, MIGRATION
needs a strong displacement term told in a paragraph, not in a context sentence
(themes._with_the_displaced)."""
from transforms.records import ThemeScore
from transforms.themes import _Evidence, _with_the_displaced, score_themes

FLOOD_STORY = """NIAMEY, 28 août (Vigie) - Les pluies torrentielles qui s'abattent sur le Niger depuis début juillet ont fait au moins 73 morts et touché plus de 180 000 personnes, ont annoncé mercredi les autorités, dans un bilan qui pourrait encore s'alourdir.

Les régions de Maradi, Zinder et Dosso sont les plus touchées, selon le ministère de l'Action humanitaire, qui fait état de plus de 12 000 maisons effondrées et de centaines d'hectares de champs submergés. A Niamey, plusieurs quartiers situés en bordure du fleuve étaient toujours sous les eaux mardi.

{displaced}

Le Programme alimentaire mondial a commencé la semaine dernière des distributions de vivres à Maradi, mais l'OCHA estime que moins d'un quart des besoins de la réponse humanitaire du pays est financé. Les organisations humanitaires réclament une aide d'urgence pour éviter une crise alimentaire à l'approche de la soudure.

Le chef de la junte a appelé mardi à la solidarité nationale et a débloqué un fonds d'urgence, sans en préciser le montant.
"""
# The displaced told in a paragraph of their own: one long sentence.
TOLD = ("Des dizaines de milliers de familles ont dû quitter leurs habitations pour s'installer "
        "dans des écoles et des bâtiments publics de la région de Maradi, ce qui risque de retarder "
        "la rentrée scolaire prévue en octobre dans une grande partie du pays.")
# ...or in one short sentence among others: a context line.
CONTEXT = ("Les écoles restent fermées dans une grande partie du pays. Des familles ont dû quitter "
           "leurs habitations. Le gouvernement a promis de rouvrir les classes avant la fin du mois "
           "et de reconstruire les salles détruites par les eaux dans toute la région de Maradi.")


def test_displaced_told_in_a_paragraph_of_a_humanitarian_story_are_migration(nlp_fr):
    codes = {s.theme_code for s in score_themes(nlp_fr(FLOOD_STORY.format(displaced=TOLD)), "fr")}
    assert {"HUMANITARIAN", "MIGRATION"} <= codes


def test_displaced_in_a_context_sentence_are_not(nlp_fr):
    codes = {s.theme_code for s in score_themes(nlp_fr(FLOOD_STORY.format(displaced=CONTEXT)), "fr")}
    assert "HUMANITARIAN" in codes
    assert "MIGRATION" not in codes


def _migration(term: str, weight: int, sentence_words: int) -> _Evidence:
    found = _Evidence()
    found.add(term, weight, paragraph=2, sentence=(5, sentence_words))
    return found


HUMANITARIAN = ThemeScore(theme_code="HUMANITARIAN", score=3.0, hits=6)


def test_only_beside_a_kept_humanitarian_theme():
    evidence = {"MIGRATION": _migration("fled their homes", 3, 40)}
    assert [s.theme_code for s in _with_the_displaced([HUMANITARIAN], evidence, {2: 1}, 300)] \
        == ["HUMANITARIAN", "MIGRATION"]
    assert _with_the_displaced([], evidence, {2: 1}, 300) == []


def test_a_weak_or_specific_word_alone_is_not_enough():
    evidence = {"MIGRATION": _migration("refugee", 2, 40)}
    assert _with_the_displaced([HUMANITARIAN], evidence, {2: 1}, 300) == [HUMANITARIAN]


def test_a_strong_term_of_border_or_rescue_policy_is_no_displacement():
    # "search and rescue" teams after an earthquake: no one displaced.
    evidence = {"MIGRATION": _migration("search and rescue", 3, 40)}
    assert _with_the_displaced([HUMANITARIAN], evidence, {2: 1}, 300) == [HUMANITARIAN]
