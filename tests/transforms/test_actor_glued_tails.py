"""Known names with a small word glued on by machine translation
(transforms/actor_rules/glued_tails.py)."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def found(nlp, text, lang):
    return {m.actor.name: (m.actor.actor_type, m.actor.country_code)
            for m in find_actors(nlp(text), lang)}


@pytest.mark.parametrize("lang,text,name", [
    ("fr", "Le président américain Donald Trumpa annoncé des droits de douane.", "Donald Trump"),
    ("fr", "Le président russe Vladimir Poutinemardi a rejeté l'offre.", "Vladimir Putin"),
    ("fr", "La haute représentante Kaja Kallasa salué la décision.", "Kaja Kallas"),
    ("fr", "Le président français Emmanuel Macronet le chancelier allemand ont parlé.", "Emmanuel Macron"),
    ("fr", "Le capitaine Ibrahim Traorea dénoncé l'impérialisme.", "Ibrahim Traoré"),
    ("fr", "Un porte-parole a dit que la Chinea rejeté ces propos.", "China"),
    ("fr", "Les Philippinesont déposé une protestation.", "Philippines"),
    ("fr", "Le Hezbollahet l'Iran ont dénoncé des frappes.", "Hezbollah"),
    ("fr", "Le virus se propage, a indiqué l'OMSlundi.", "World Health Organization"),
    ("fr", "Les sanctions de l'UEet des Etats-Unis restent en vigueur.", "European Union"),
    ("en", "Russian President Vladimir Putinon Tuesday rejected the offer.", "Vladimir Putin"),
    ("en", "The talks ended when Chinaand Japan walked out.", "China"),
    ("fr", "Le ministre Sebastien Lecornuà Kiev a déclaré que la France restera.", "Sébastien Lecornu"),
    ("fr", "Le PAMa averti que la famine menace.", "World Food Programme"),
    # a lowercase last word of a known name, glued: only the whole name is looked up
    ("fr", "Le Conseil constitutionnela validé les résultats.", "Constitutional Council"),
    ("fr", "La Société généraleet Crédit agricole ont publié leurs résultats.", "Société Générale"),
])
def test_a_known_name_with_a_glued_tail_is_the_known_actor(nlp_fr, nlp_en, lang, text, name):
    nlp = nlp_fr if lang == "fr" else nlp_en
    names = found(nlp, text, lang)
    assert name in names
    assert not any(n != name and n.startswith(name.split()[0]) and len(n) > len(name)
                   for n in names)  # no "Donald Trumpa" beside Donald Trump


@pytest.mark.parametrize("lang,text,word", [
    # real names that end like a tail stay whole (a known whole word, or an unknown head)
    ("fr", "Les garde-côtes ont patrouillé au large de Luzon.", "Luz"),
    ("fr", "Le dalaï-lama a quitté le Tibet en 1959.", "Tib"),
    ("fr", "Le Kenya a envoyé des policiers en Haïti.", "Keny"),
    ("en", "Talks were held in Budapest on Monday.", "Budap"),
    # a first name before a surname: "Roberta" is not Robert plus "a"
    ("fr", "La présidente du Parlement européen Roberta Metsola a parlé.", "Robert"),
    # an unknown head stays unknown: no person is made from "Dupontet"
    ("fr", "Le maire Jean Dupontet les élus ont voté.", "Jean Dupont"),
    # a lowercase word that ends like a tail, after no known name, is left alone
    ("fr", "Le Conseil municipalet le maire ont voté.", "Constitutional Council"),
])
def test_no_split_of_real_names_or_unknown_heads(nlp_fr, nlp_en, lang, text, word):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert word not in found(nlp, text, lang)


@pytest.mark.parametrize("text,acronym_body,name", [
    ("En présence du secrétaire général de l'OTANMark Rutte, le site a ouvert.", "NATO", "Mark Rutte"),
    ("Le chef de l'ONUAntonio Guterres a appelé au cessez-le-feu.", "United Nations",
     "António Guterres"),
])
def test_a_known_acronym_glued_to_a_name_gives_both(nlp_fr, text, acronym_body, name):
    names = found(nlp_fr, text, "fr")
    assert acronym_body in names and name in names


@pytest.mark.parametrize("lang,text,word", [
    # an unknown capital pair stays whole: "JP" is no known acronym
    ("en", "JPMorgan said profits rose.", "JP"),
    # a known acronym glued to an unknown word gives no person
    ("fr", "Le sommet de l'OTANZorblat a commencé.", "Zorblat"),
])
def test_no_acronym_split_without_known_parts(nlp_fr, nlp_en, lang, text, word):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert word not in found(nlp, text, lang)
