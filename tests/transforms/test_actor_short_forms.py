"""Short forms of bodies named in full elsewhere (transforms/actor_rules/short_forms.py)."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def names(nlp, text, lang):
    return [m.actor.name for m in find_actors(nlp(text), lang)]


def nlp_for(lang, nlp_fr, nlp_en):
    return nlp_fr if lang == "fr" else nlp_en


@pytest.mark.parametrize("lang,text,body", [
    ("fr", "Le programme de l'Union européenne vise 20 %. La part de l'Union reste faible.",
     "European Union"),
    ("fr", "Le secrétaire général de l'OTAN a salué l'effort. L'Alliance veut plus d'obus.",
     "NATO"),
    ("en", "The European Commission fined Meta. Meta said the Commission was unfair.",
     "European Commission"),
])
def test_short_form_is_the_body_the_article_names(nlp_fr, nlp_en, lang, text, body):
    found = names(nlp_for(lang, nlp_fr, nlp_en), text, lang)
    assert found.count(body) == 2
    assert not {"Union", "Alliance", "Commission"} & set(found)


@pytest.mark.parametrize("lang,text,absent", [
    # the body is not named in the article: no guess
    ("fr", "La part de l'Union dans la production mondiale reste faible.", "European Union"),
    ("en", "The Alliance said it would expand the programme.", "NATO"),
    # lone generic words are no actors at all
    ("fr", "Le groupe envisage une introduction en Bourse en 2026.", "Bourse"),
    ("en", "Earth is on course to warm by 2.6 degrees, scientists said.", "Earth"),
    ("en", "The appeal goes to the Court in Luxembourg next year.", "Court"),
])
def test_unresolved_generic_words_are_dropped(nlp_fr, nlp_en, lang, text, absent):
    assert absent not in names(nlp_for(lang, nlp_fr, nlp_en), text, lang)


@pytest.mark.parametrize("lang,text,name", [
    # longer names keep their generic word
    ("fr", "Le Mali a rejoint l'Alliance des Etats du Sahel.", "Alliance of Sahel States"),
    ("en", "Germany's Federal Prosecutor's Office charged the man.", "Federal Prosecutor's Office"),
    ("fr", "L'Union africaine a condamné le coup d'Etat.", "African Union"),
])
def test_generic_words_inside_names_are_kept(nlp_fr, nlp_en, lang, text, name):
    assert name in names(nlp_for(lang, nlp_fr, nlp_en), text, lang)


def test_french_union_with_european_context_is_the_eu(nlp_fr):
    text = ("Les constructeurs européens s'inquiètent. Le règlement visait à porter à 20 % la part "
            "de l'Union dans la production mondiale.")
    assert "European Union" in names(nlp_fr, text, "fr")


@pytest.mark.parametrize("lang,text,found", [
    ("en", "Sudan accused the United Arab Emirates of arming the RSF, a charge the Emirates deny.",
     True),
    ("fr", "Le Soudan accuse les Emirats arabes unis. Les Emirats démentent.", True),
    # no full name in the article: the short form is not guessed
    ("en", "Passengers flew with the Emirates to Dubai.", False),
])
def test_emirates_short_form(nlp_fr, nlp_en, lang, text, found):
    found_names = names(nlp_for(lang, nlp_fr, nlp_en), text, lang)
    assert (found_names.count("United Arab Emirates") >= (2 if found else 0)) \
        and (found or "United Arab Emirates" not in found_names)
    assert "Emirates" not in found_names or not found


def test_the_end_of_a_known_body_name_is_that_body(nlp_en):
    from transforms.actors import find_actors
    text = ("Vucic said his Serbian Progressive Party would run on a single list. "
            "Recent polls put the Progressive Party at 45 percent.")
    names = {m.actor.name for m in find_actors(nlp_en(text), "en")}
    assert "Serbian Progressive Party" in names and "Progressive Party" not in names


def test_an_unknown_body_ending_no_known_name_stays(nlp_en):
    from transforms.actors import find_actors
    text = "The Serbian Progressive Party won. The Green Future Party protested in Belgrade."
    names = {m.actor.name for m in find_actors(nlp_en(text), "en")}
    assert "Serbian Progressive Party" in names and "Green Future Party" in names


def test_a_known_person_named_in_full_links_a_surname_kept_out_of_aliases(nlp_en):
    from transforms.actors import find_actors
    text = ("Mozambican President Daniel Chapo met Rwandan President Paul Kagame on Tuesday. "
            "Chapo defended him on Thursday.")
    mentions = [(m.mention_text, m.actor.name) for m in find_actors(nlp_en(text), "en")]
    assert ("Chapo", "Daniel Chapo") in mentions


def test_a_surname_kept_out_of_aliases_is_no_one_without_the_full_name(nlp_en):
    from transforms.actors import find_actors
    names = {m.actor.name for m in find_actors(nlp_en("El Chapo was extradited in 2017."), "en")}
    assert "Daniel Chapo" not in names
