"""The displaced of an aid story told in two displacement words of weight 2 ("les déplacés",
"fuir") rather than one strong phrase: MIGRATION beside HUMANITARIAN (themes._with_the_displaced).
Stories written for these tests."""
from transforms.themes import score_themes

_VOLCANO = (
    "GOMA, 3 juin (Vigie) - Le volcan Nyamulagira est entré en éruption dans la nuit de lundi, "
    "et plus de 25 000 habitants ont été évacués des villages situés sur son flanc sud, ont "
    "annoncé les autorités provinciales.\n\n"
    "Les déplacés s'entassent dans des écoles et des églises de Sake, où les organisations "
    "humanitaires distribuent des vivres, des bâches et de l'eau potable aux familles arrivées "
    "à pied dans la nuit avec leurs enfants et leurs chèvres. Le Programme "
    "alimentaire mondial dit manquer de stocks pour plus de dix jours.\n\n"
    "Beaucoup de ces familles avaient déjà dû fuir en 2021, lors de la précédente éruption, et "
    "avaient mis des années à reconstruire leurs maisons de planches dans les villages du flanc "
    "sud du volcan. « Nous avons tout laissé derrière nous, encore une fois », "
    "raconte Esther, mère de cinq enfants, assise sous une bâche.\n\n"
    "Dans les écoles transformées en abris, les équipes de Médecins sans frontières soignent "
    "des enfants souffrant de brûlures et d'infections respiratoires. Les autorités sanitaires "
    "craignent une épidémie de choléra faute de latrines, et l'Unicef a livré mardi des "
    "kits d'hygiène et des comprimés de purification de l'eau à 4 000 familles.\n\n"
    "Les volcanologues redoutent de nouvelles coulées de lave dans les prochains jours et "
    "recommandent de ne pas rentrer avant la fin de la semaine.")


def test_an_aid_story_whose_displaced_flee_is_also_migration(nlp_fr):
    codes = {s.theme_code for s in score_themes(nlp_fr(_VOLCANO), "fr",
                                                 title="RDC : éruption du Nyamulagira, "
                                                       "25 000 évacués")}
    assert {"HUMANITARIAN", "MIGRATION"} <= codes
