"""Acronyms defined after a treaty's or a law's name are no actors
(transforms/actor_rules/document_acronyms.py); those defined after a body's name are."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def names(models, lang, text):
    """Every actor name and mention text found in the text."""
    mentions = find_actors(models[lang](text), lang)
    return {m.actor.name for m in mentions} | {m.mention_text for m in mentions}


@pytest.mark.parametrize("lang,text,document", [
    ("fr", "Le Chili et l'Inde ont conclu jeudi leur accord de partenariat économique global "
           "(APEG), qui réduira les droits de douane. L'APEG doit encore être ratifié.", "APEG"),
    ("fr", "Téhéran menace de se retirer du traité de non-prolifération (TNP), a averti mardi "
           "le porte-parole du gouvernement iranien.", "TNP"),
    ("fr", "La Commission a ouvert une enquête au titre du Digital Markets Act (DMA) contre "
           "la plateforme.", "DMA"),
    ("en", "Canada and Ecuador signed a Comprehensive Economic Partnership Agreement (CEPA) on "
           "Monday. The CEPA cuts tariffs on shrimp.", "CEPA"),
    ("en", "North Korea quit the Treaty on the Non-Proliferation of Nuclear Weapons (NPT) in "
           "2003, officials said.", "NPT"),
    ("en", "Brussels fined the company under the Digital Markets Act (DMA) on Friday.", "DMA"),
])
def test_an_acronym_defined_after_a_document_is_no_actor(models, lang, text, document):
    found = names(models, lang, text)
    assert document not in found
    assert not any(word in name for name in found
                   for word in ("Treaty", "Agreement", "Act", "traité", "accord"))


@pytest.mark.parametrize("lang,text,body", [
    # the document noun is a complement of the body's own noun
    ("fr", "L'Organisation du traité de sécurité collective (OTSC) a tenu un sommet à Minsk.",
     "OTSC"),
    ("en", "Armenia froze its membership of the Collective Security Treaty Organization (CSTO) "
           "last year. The CSTO did not respond.", "CSTO"),
    # an agreement *with* a body: the bracket defines the body
    ("fr", "Le gouvernement a signé un accord avec l'Autorité régionale des transports (ART) "
           "mardi.", "ART"),
    ("fr", "Le Rassemblement démocratique du peuple camerounais (RDPC) a remporté les élections.",
     "RDPC"),
])
def test_an_acronym_defined_after_a_body_stays_an_actor(models, lang, text, body):
    assert body in names(models, lang, text)
