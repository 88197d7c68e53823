"""Nominal acts (events.py, event_triggers.py): a noun ordered or announced by its subject is
that subject's act even when the sentence has another coded verb; deployment nouns are
MOBILIZE; French nouns are found without their accents (machine translation).
Each rule: positive and negative."""
import pytest

from tests.transforms.mentions import coded_with


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le président Gustavo Petro a suspendu les pourparlers de paix avec la guérilla et a "
           "ordonné le déploiement de 2.000 soldats supplémentaires dans la région."),
    ("fr", "Le president Gustavo Petro a suspendu les pourparlers de paix avec la guerilla et a "
           "ordonné le deploiement de 2.000 soldats supplementaires dans la region."),
    ("en", "President Gustavo Petro suspended peace talks with the guerrillas and ordered the "
           "deployment of 2,000 extra troops to the region."),
])
def test_ordered_deployment_next_to_another_act_is_coded(models, lang, text):
    found = coded_with(models, lang, text, [("Gustavo Petro", "PERSON")])
    assert ("MOBILIZE", "Gustavo Petro", None) in found
    assert any(t == "SANCTION" for t, _, _ in found)


def test_background_noun_next_to_a_coded_verb_stays_background(models):
    text = ("Après des mois de négociations, le président Gustavo Petro a signé un accord avec "
            "le Venezuela.")
    found = coded_with(models, "fr", text, [("Gustavo Petro", "PERSON"), ("Venezuela", "COUNTRY")])
    assert [t for t, _, _ in found] == ["AGREE"]


def test_deployment_discussed_is_no_act(models):
    text = "Le ministre Pedro Sanchez a évoqué le déploiement de soldats dans la région."
    found = coded_with(models, "fr", text, [("Pedro Sanchez", "PERSON")])
    assert not any(t == "MOBILIZE" for t, _, _ in found)


def test_bare_form_that_is_another_word_is_no_trigger(models):
    text = "Le ministre Pedro Sanchez a annoncé la traite des migrants comme priorité."
    found = coded_with(models, "fr", text, [("Pedro Sanchez", "PERSON")])
    assert not any(t == "AGREE" for t, _, _ in found)
