"""An unknown acronym spelt out in the words before it names the body those words name
(transforms/actor_rules/acronyms.py, spelled_out_acronyms)."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def found(nlp, text, lang):
    return {(m.actor.name, m.actor.country_code) for m in find_actors(nlp(text), lang)}


@pytest.mark.parametrize("lang,text,body,code,acronym", [
    ("fr", "Le candidat du Front pour le salut national du Cameroun (FSNC) a dénoncé une fraude. "
           "Le FSNC a saisi la justice.", "Front pour le salut national du Cameroun", "CMR", "FSNC"),
    ("fr", "Le Rassemblement démocratique du peuple camerounais (RDPC), au pouvoir depuis 1985, "
           "a salué le scrutin.", "Rassemblement démocratique du peuple camerounais", "CMR", "RDPC"),
])
def test_the_spelt_out_words_are_the_body_and_the_acronym_is_it(models, lang, text, body, code,
                                                                 acronym):
    names = found(models[lang], text, lang)
    assert (body, code) in names and not any(n == acronym for n, _ in names)


@pytest.mark.parametrize("lang,text,name", [
    # a known acronym keeps the dictionary's name
    ("fr", "Le Groupe de soutien à l'islam et aux musulmans (JNIM) a revendiqué l'attaque.", "JNIM"),
    # initials that do not spell the acronym: the words are no name for it
    ("fr", "Le parti de l'opposition Union nationale (PXQZ) a protesté.", "PXQZ"),
])
def test_known_or_unspelt_acronyms_are_left_alone(models, lang, text, name):
    assert name in {n for n, _ in found(models[lang], text, lang)}


@pytest.mark.parametrize("lang,text,body,homonym", [
    ("fr", "La Coordination des mouvements de l'Azawad (CMA) a dénoncé l'attaque au Mali. "
           "La CMA réclame une enquête.", "Coordination des mouvements de l'Azawad",
     "Competition and Markets Authority"),
])
def test_the_texts_own_definition_beats_the_dictionarys_homonym(nlp_fr, nlp_en, lang, text,
                                                                 body, homonym):
    nlp = nlp_fr if lang == "fr" else nlp_en
    names = {m.actor.name: m.actor for m in find_actors(nlp(text), lang)}
    assert body in names and homonym not in names
    assert names[body].country_code != "GBR"


@pytest.mark.parametrize("lang,text,body", [
    ("en", "The Competition and Markets Authority (CMA) opened an inquiry. The CMA said it "
           "would report in June.", "Competition and Markets Authority"),
    ("fr", "La Cour pénale internationale (CPI) a émis un mandat.", "International Criminal Court"),
    # listed by its acronym only
    ("fr", "L'Agence nationale de la sécurité des systèmes d'information (ANSSI) a alerté.",
     "ANSSI"),
])
def test_the_dictionarys_own_name_spelled_out_keeps_its_entry(nlp_fr, nlp_en, lang, text, body):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert {m.actor.name for m in find_actors(nlp(text), lang)} == {body}
