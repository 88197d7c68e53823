"""Event recall on long online articles: phrasings the lexicon had no entry for. Votes
against a text, talks held or led as a dialogue or consultations, losses inflicted, prison
terms, encirclement, dismissals ("a balayé"), envoys dispatched, money released, lists of
banned entities, duties doubled. Each class: one positive, and a negative where the bare
verb means something else."""
import pytest

from tests.transforms.mentions import coded_with_entities


def _types(models, lang, text):
    return [kind for kind, _, _ in coded_with_entities(models[lang], lang, text)]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "La Pologne et l'Autriche ont voté contre la directive sur les semences.", "REJECT"),
    ("en", "Austria voted against the seed directive on Tuesday.", "REJECT"),
    ("fr", "Le Canada a tenu des consultations avec le Mexique sur l'acier.", "CONSULT"),
    ("fr", "La Norvège mène des discussions exploratoires avec l'Islande.", "CONSULT"),
    ("fr", "Le Chili a tenu à Lima un dialogue stratégique avec le Pérou.", "CONSULT"),
    ("fr", "Depuis, Ottawa a multiplié les contacts avec Mexico.", "CONSULT"),
    ("fr", "Les frégates de la Norvège ont participé à des exercices avec le Danemark.",
     "COOPERATE"),
    ("fr", "L'armée malienne affirme avoir infligé de lourdes pertes aux rebelles près de Kidal.",
     "ASSAULT"),
    ("fr", "Deux opposants guinéens ont été condamnés à douze ans de prison à Conakry.", "COERCE"),
    ("fr", "L'opposant guinéen Cellou Diallo a été condamné par contumace à Conakry.", "COERCE"),
    ("fr", "Goma est encerclée depuis des semaines par le M23.", "ASSAULT"),
    ("fr", "Le Kremlin a balayé les critiques de la Finlande.", "REJECT"),
    ("fr", "Le gouvernement italien a dépêché son ministre de l'Intérieur à Tunis.", "CONSULT"),
    ("en", "Kenya dispatched an envoy to Juba on Friday.", "CONSULT"),
    ("en", "Peru said the Chilean consul had been declared persona non grata.", "SANCTION"),
    ("en", "The World Bank released 20 million dollars for flood victims in Pakistan.", "AID"),
    ("en", "Canada added 12 Iranian firms to its trade blacklist on Monday.", "SANCTION"),
    ("en", "Mexico broadened its restrictions on steel imports from China.", "SANCTION"),
    ("en", "Washington doubled duties on Brazilian coffee on Friday.", "SANCTION"),
    ("en", "Brazil lodged stern representations with the U.S. embassy.", "ACCUSE"),
    ("en", "Kenyan police carried out 40 searches in Nairobi on Friday.", "COERCE"),
    ("en", "The European Union opened accession talks with Albania in 2022.", "CONSULT"),
    ("en", "Norway's foreign minister raised the matter with her Danish counterpart.", "CONSULT"),
    ("en", "Japan said it stood with Australia in the dispute.", "SUPPORT"),
    ("en", "A court in Minsk convicted the Polish journalist of espionage.", "COERCE"),
])
def test_long_article_phrasings_are_events(models, lang, text, expected):
    assert expected in _types(models, lang, text)


@pytest.mark.parametrize("lang, text, absent", [
    ("fr", "La tempête a balayé la côte bretonne dans la nuit.", "REJECT"),
    ("fr", "Le Japon a dépêché deux navires de secours vers la Turquie.", "CONSULT"),
    ("en", "The hostages were released in Doha on Sunday.", "AID"),
    ("fr", "Le traité permet aux troupes japonaises de participer à des exercices en Australie.",
     "MOBILIZE"),
    ("fr", "Le traité permet aux troupes japonaises de participer à des exercices en Australie.",
     "COOPERATE"),
])
def test_bare_verbs_keep_their_meaning(models, lang, text, absent):
    assert absent not in _types(models, lang, text)


def test_coming_under_attack_makes_the_subject_the_target(models):
    from tests.transforms.mentions import coded_with
    events = coded_with(models, "en", "The website of the Electoral Commission came under "
                                      "sustained attacks on Sunday.",
                        [("Electoral Commission", "ORGANIZATION")])
    assert ("ASSAULT", None, "Electoral Commission") in events


def test_patrols_carried_out_by_one_side_are_a_show_of_force(models):
    types = _types(models, "en", "China's Southern Theater Command carried out combat "
                                 "patrols around Taiwan on Tuesday.")
    assert "MOBILIZE" in types
