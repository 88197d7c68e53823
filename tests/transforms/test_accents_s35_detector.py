"""One test of whether French copy lost its accents, for the parse and the theme matcher
(accents.copy_lost_accents; theme_terms.unaccented_copy is a name for it), read from the
text it is given and nothing else: the same text always gets the same answer, whatever was
restored before it in the process. Sentences written for these tests."""
from transforms.accents import AUXILIARIES, copy_lost_accents, has_lost_accents, stands_between
from transforms.boilerplate import text_for_parsing
from transforms.theme_terms import unaccented_copy

_BARE = ("Le gouvernement a annonce jeudi la fermeture des ecoles de la region apres les "
         "inondations, et les habitants ont ete evacues vers des gymnases. Le prefet a precise "
         "que la securite des deplaces etait assuree par la gendarmerie. ")
_ACCENTED = ("Le préfet a annoncé vendredi la réouverture des écoles de la vallée après la "
             "décrue, et les habitants évacués ont regagné leurs maisons. Le maire a précisé que "
             "la sécurité des sinistrés était assurée par les pompiers. ")
_ENGLISH = ("The government said on Thursday that schools in the region would close after the "
            "floods, and residents were evacuated to gyms, where the police kept them safe. ")


def test_copy_that_lost_its_accents_is_known_as_written_not_once_restored():
    restored = text_for_parsing(_BARE)
    assert restored != _BARE and "évacués" in restored
    assert copy_lost_accents(_BARE) and unaccented_copy(_BARE) and has_lost_accents(_BARE)
    # the restored text has its accents: the theme matcher reads its words as written (its
    # unaccented twins found nothing more there over the readable sets, eighteenth session)
    assert not copy_lost_accents(restored) and not unaccented_copy(restored)


def test_the_answer_does_not_depend_on_what_was_restored_before():
    restored = text_for_parsing(_BARE)
    before = copy_lost_accents(restored)
    for k in range(300):  # more texts than any memo would keep
        text_for_parsing(_BARE.replace("jeudi", f"jeudi {k}"))
    assert copy_lost_accents(restored) == before


def test_accented_copy_and_english_are_not():
    for text in (_ACCENTED, _ENGLISH):
        assert text_for_parsing(text) == text
        assert not copy_lost_accents(text) and not unaccented_copy(text)


def test_the_matcher_and_the_restoration_share_their_auxiliaries():
    assert {"ont", "ete", "été", "ayons", "sera"} <= AUXILIARIES
    assert stands_between("deja") and stands_between("fermement") and stands_between("mardi")
    assert not stands_between("gouvernement"[:5])
