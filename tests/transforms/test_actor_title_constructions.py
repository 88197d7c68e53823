"""People the dictionary does not know, introduced the way news copy introduces them: a
title and a nationality before or after the name, feminine French titles, an age between
the name and its apposition, "of <country>" after the name. Our own sentences and invented
names, so the rules are tested, not the dictionary."""
from __future__ import annotations

from datetime import datetime

import pytest

from transforms.extract import extract
from transforms.records import Article


def actors(nlp, lang, text):
    article = Article(external_id="t", text=text, source_ref="t", title="", language=lang,
                      published_at=datetime(2026, 11, 20))
    return {(m.actor.name, m.actor.country_code) for m in extract(article, nlp(text)).mentions}


@pytest.mark.parametrize("text, person", [
    # feminine titles and demonyms; the parse cuts "La députée péruvienne | Rosa ..."
    ("La députée péruvienne Rosa Quispe Mamani a porté plainte.", ("Rosa Quispe Mamani", "PER")),
    ("La procureure chilienne Marta Herrera a ouvert une enquête.", ("Marta Herrera", "CHL")),
    ("La médecin soudanaise Hiba Osman a déclaré que l'hôpital avait été touché.", ("Hiba Osman", "SDN")),
    ("La vice-ministre brésilienne des Affaires étrangères, Luiza Andrade Costa, est arrivée à Lisbonne.",
     ("Luiza Andrade Costa", "BRA")),
    ("La Première ministre congolaise Judith Suminwa a reçu les bailleurs.", ("Judith Suminwa", "COD")),
    ("Le vice-Premier ministre vietnamien Nguyen Van Long est arrivé à Séoul.", ("Nguyen Van Long", "VNM")),
    ("L'opposant kényan Wafula Mbogo a pris la parole à Nairobi.", ("Wafula Mbogo", "KEN")),
    ("La journaliste burkinabè Awa Ouédraogo a été libérée lundi.", ("Awa Ouédraogo", "BFA")),
    ("L'ancien ministre zambien des Finances Chanda Mwale a été inculpé.", ("Chanda Mwale", "ZMB")),
    ("Nikolaï Vassiliev, 45 ans, homme d'affaires russe, a été interpellé.", ("Nikolaï Vassiliev", "RUS")),
])
def test_french_titles(nlp_fr, text, person):
    assert person in actors(nlp_fr, "fr", text)


@pytest.mark.parametrize("text, person", [
    ("Deputy Prime Minister Nguyen Van Long of Vietnam arrived in Seoul.", ("Nguyen Van Long", "VNM")),
    ("Nikolai Vasiliev, 45, a Russian businessman, was detained.", ("Nikolai Vasiliev", "RUS")),
    ("Burkinabe journalist Awa Ouedraogo was freed on Monday.", ("Awa Ouedraogo", "BFA")),
    ("Peruvian lawmaker Rosa Quispe Mamani filed a complaint.", ("Rosa Quispe Mamani", "PER")),
])
def test_english_titles(nlp_en, text, person):
    assert person in actors(nlp_en, "en", text)


def test_a_full_stop_still_ends_the_title_reach(nlp_fr):
    # a sentence that ends on a demonym does not lend it to the next sentence's name
    found = actors(nlp_fr, "fr", "Le navire était péruvien. Rosa Quispe Mamani a porté plainte.")
    assert ("Rosa Quispe Mamani", "PER") not in found
