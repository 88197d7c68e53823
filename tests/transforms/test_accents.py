"""French copy that lost its accents gets them back before the parse (transforms/accents.py).
Sentences written for these tests."""
import pytest

from transforms.accents import has_lost_accents, restore_accents
from transforms.boilerplate import as_written, text_for_parsing

# Copy without accents, long enough to be known as such; the sentence under test follows.
_LEAD = ("Le depute a critique la securite de la region, et les negociations avec le "
         "ministere des Affaires etrangeres n'ont rien donne selon la presidente. ")


def restored(sentence: str) -> str:
    out = restore_accents(_LEAD + sentence)
    assert len(out) == len(_LEAD + sentence)
    return out[len(_LEAD):]


def test_copy_without_accents_is_told_from_copy_with_them_and_from_english():
    assert has_lost_accents(_LEAD)
    accented = ("Le député a critiqué la sécurité de la région, et les négociations avec le "
                "ministère des Affaires étrangères n'ont rien donné selon la présidente. ")
    assert not has_lost_accents(accented)
    assert restore_accents(accented) == accented
    english = ("The general said the president had returned to the capital after the "
               "negotiations on regional security, which were held in the city of Geneva. ")
    assert not has_lost_accents(english)
    assert restore_accents(english) == english


def test_copy_with_a_few_accents_left_counts_as_lost():
    mixed = ("Le president a limogé la presidente de la commission electorale apres la "
             "publication d'un rapport sur les irregularites du scrutin. ")
    assert has_lost_accents(mixed)


@pytest.mark.parametrize("bare, accented", [
    ("La securite du pays reste la priorite du gouvernement.",
     "La sécurité du pays reste la priorité du gouvernement."),
    ("Les deplacees etaient installees pres de l'ecole.",
     "Les déplacées étaient installées près de l'école."),
    ("Deux autres employes ont ete envoyes sur place.",
     "Deux autres employés ont été envoyés sur place."),
    ("Les Etats-Unis et l'Etat hebreu ont repris les echanges.",
     "Les États-Unis et l'État hébreu ont repris les échanges."),
    ("La Chine, qui a deja fait ses preuves, refuse.",
     "La Chine, qui a déjà fait ses preuves, refuse."),
])
def test_words_that_only_exist_with_accents_get_them(bare, accented):
    assert restored(bare) == accented


def test_capitals_keep_their_case():
    assert restored("TEHERAN, 3 fevrier (AFP) - Etat d'urgence.") == \
        "TÉHÉRAN, 3 février (AFP) - État d'urgence."


@pytest.mark.parametrize("bare, accented", [
    # avoir before a participle, behind an adverb, after a subject clitic
    ("Le maire a signe le decret et a deja nomme un adjoint.",
     "Le maire a signé le décret et a déjà nommé un adjoint."),
    ("Selon elle, il a les moyens d'agir et on a confiance.",
     "Selon elle, il a les moyens d'agir et on a confiance."),
    ("La reunion a lieu jeudi.", "La réunion a lieu jeudi."),
    # "à" before an infinitive, a determiner, a name, a figure
    ("Le syndicat a appele les salaries a cesser le travail a partir de lundi.",
     "Le syndicat a appelé les salariés à cesser le travail à partir de lundi."),
    ("Il s'est rendu a Lisbonne puis a la frontiere, a 40 km de la cote.",
     "Il s'est rendu à Lisbonne puis à la frontière, à 40 km de la cote."),
    ("A Madrid, le vote est reporte a une date ulterieure.",
     "À Madrid, le vote est reporté à une date ultérieure."),
    ("Face a la crise, l'armee est restee jusqu'a l'aube.",
     "Face à la crise, l'armée est restée jusqu'à l'aube."),
])
def test_a_is_read_from_its_neighbours(bare, accented):
    assert restored(bare) == accented


@pytest.mark.parametrize("bare, accented", [
    ("La ville ou il vit compte deux ecoles.", "La ville où il vit compte deux écoles."),
    ("Il partira mardi ou mercredi.", "Il partira mardi ou mercredi."),
    ("Ils ont rejoint Lomé, ou ils resteront a bord.", "Ils ont rejoint Lomé, où ils resteront à bord."),
    ("C'est la que tout a commence, d'ou la colere.",
     "C'est la que tout a commencé, d'où la colère."),
])
def test_ou_opens_a_clause_or_joins_two_words(bare, accented):
    assert restored(bare) == accented


@pytest.mark.parametrize("bare, accented", [
    # a word of its own ("accuse", "marche") takes the participle after an auxiliary only
    ("Le parti accuse le gouvernement, qu'il a accuse de fraude.",
     "Le parti accuse le gouvernement, qu'il a accusé de fraude."),
    # ("le marche" is "le marché": a masculine determiner wants the masculine twin)
    ("Le marche a ete ferme.", "Le marché a été fermé."),
    # ... or, used as a noun, after a determiner
    ("Selon un communique, les blesses ont ete evacues et 12 tues ont ete identifies.",
     "Selon un communiqué, les blessés ont été évacués et 12 tués ont été identifiés."),
    ("Il le condamne et les accuse de mentir.", "Il le condamne et les accuse de mentir."),
    ("Apres une rencontre avec un delegue, il signe.",
     "Après une rencontre avec un délégué, il signe."),
])
def test_participles_come_back_where_the_grammar_wants_them(bare, accented):
    assert restored(bare) == accented


@pytest.mark.parametrize("bare, accented", [
    # the agent of a passive follows the participle
    ("Le couvre-feu impose par le prefet a ete leve.",
     "Le couvre-feu imposé par le préfet a été levé."),
    ("Le Tchad organise par ailleurs une reunion.", "Le Tchad organise par ailleurs une réunion."),
    # words may stand between the auxiliary and its participle
    ("Kiev a par ailleurs denonce un crime et Minsk a de son cote rejete l'accusation.",
     "Kiev a par ailleurs dénoncé un crime et Minsk a de son côté rejeté l'accusation."),
    # a compound keeps its first word as it is; a name is no participle
    ("Il est porte-parole et a Chine comme client.", "Il est porte-parole et a Chine comme client."),
])
def test_participles_before_an_agent_or_behind_inserted_words(bare, accented):
    assert restored(bare) == accented


@pytest.mark.parametrize("bare, accented", [
    ("Ce jour-la, celui-la est parti la-bas.", "Ce jour-là, celui-là est parti là-bas."),
    ("Il la voit et la ville dort.", "Il la voit et la ville dort."),
    ("Des lundi, et des le debut, des soldats partiront des que possible.",
     "Dès lundi, et dès le début, des soldats partiront dès que possible."),
    ("Il a du fuir; la panne etait du a la chaleur et il veut du pain.",
     "Il a dû fuir; la panne était dû à la chaleur et il veut du pain."),
])
def test_small_words_read_from_their_neighbours(bare, accented):
    assert restored(bare) == accented


def test_english_words_in_french_copy_stay():
    assert restored("Il cite The Economist.") == "Il cite The Economist."


def test_parse_text_has_the_accents_and_names_read_as_written():
    text = ("Le ministre a appele a la reprise des negociations a Teheran, a declare le "
            "porte-parole du ministere des Affaires etrangeres.")
    parsed = text_for_parsing(text)
    assert parsed == ("Le ministre a appelé à la reprise des négociations à Téhéran, a déclaré le "
                      "porte-parole du ministère des Affaires étrangères.")
    start = parsed.index("Téhéran")
    assert as_written(parsed[start:start + 7], text[start:start + 7]) == "Teheran"
    assert as_written(parsed, text) == text


@pytest.mark.parametrize("accented", [
    "Le gouvernement a exhorté les deux camps à respecter la trêve conclue à Genève.",
    "Les États-Unis ont accusé Téhéran de préparer une opération contre leurs intérêts.",
    "L'armée a arrêté trois suspects à Kidal et a saisi des armes près de la frontière.",
])
def test_restored_copy_parses_like_the_accented_one(nlp_fr, accented):
    import unicodedata
    bare = "".join(c for c in unicodedata.normalize("NFD", accented)
                   if unicodedata.category(c) != "Mn")
    assert restored(bare) == accented

    def tree(text):
        return [(t.pos_, t.dep_, t.head.i) for t in nlp_fr(text)]
    assert tree(restored(bare)) == tree(accented)
    assert tree(bare) != tree(accented)
