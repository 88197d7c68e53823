"""Parties named inside the phrase: a joint act "entre X et Y" / "between X and Y" (X source,
Y target) and the place a seizing verb's object names ("la base militaire d'El Facher").
Each rule: positive and negative."""
import pytest

from tests.transforms.mentions import coded_with
from transforms.event_objects import seized_place
from transforms.event_parties import SentenceActors
from transforms.event_triggers import Code, Trigger
from transforms.records import Actor, ActorMention


def test_joint_act_between_two_named_parties(models):
    text = "L'accord signé entre Kinshasa et Kigali en juin reste fragile."
    found = coded_with(models, "fr", text, [("Kinshasa", "COUNTRY"), ("Kigali", "COUNTRY")])
    assert ("AGREE", "Kinshasa", "Kigali") in found


def test_no_joint_act_between_parties_of_a_non_event_noun(models):
    text = "La frontière entre le Rwanda et le Burundi reste fermée."
    found = coded_with(models, "fr", text, [("Rwanda", "COUNTRY"), ("Burundi", "COUNTRY")])
    assert found == []


@pytest.mark.parametrize("text, names, target", [
    ("Les FSR ont pris le contrôle de la base militaire d'El Facher dimanche.",
     [("FSR", "ORGANISATION"), ("El Facher", "LOCATION")], "El Facher"),
    ("Les jihadistes du JNIM se sont emparés de la ville de Boulkessi.",
     [("JNIM", "ORGANISATION"), ("Boulkessi", "LOCATION")], "Boulkessi"),
])
def test_seized_place_below_the_object_is_the_target(models, text, names, target):
    assert any(t == target for _, _, t in coded_with(models, "fr", text, names))


def test_seizing_without_a_place_has_no_place_target(models):
    text = "Les FSR ont pris le contrôle du quartier général de l'armée."
    found = coded_with(models, "fr", text, [("FSR", "ORGANISATION")])
    assert found == [("COERCE", "FSR", None)]


def test_goods_seized_are_no_seized_place(models):
    """"saisir 11 tonnes de cocaïne en provenance d'Equateur": goods, not a place taken."""
    doc = models["fr"]("Les douaniers ont saisi 11 tonnes de cocaïne en provenance d'Equateur.")
    start = doc.text.index("Equateur")
    span = doc.char_span(start, start + len("Equateur"), alignment_mode="expand")
    mention = ActorMention(Actor("Equateur", "LOCATION"), "Equateur", span.start, span.end,
                           span.start_char, span.end_char)
    verb = next(t for t in doc if t.lower_ == "saisi")
    code = Code("COERCE", "17")
    actors = SentenceActors(doc[:], [mention])
    assert seized_place(Trigger(verb, code, "saisir"), actors, None) is None


@pytest.mark.parametrize("lang, text, names, expected", [
    ("fr", "Plus de 80 pays, dont la France, l'Allemagne et la Colombie, avaient soutenu "
           "jusqu'au dernier moment une mention explicite.",
     [("France", "COUNTRY"), ("Allemagne", "COUNTRY"), ("Colombie", "COUNTRY")],
     ["France", "Allemagne", "Colombie"]),
    ("en", "Several countries, including France and Germany, condemned the attack.",
     [("France", "COUNTRY"), ("Germany", "COUNTRY")], ["France", "Germany"]),
])
def test_members_named_in_an_aside_each_act(models, lang, text, names, expected):
    assert [s for _, s, _ in coded_with(models, lang, text, names)] == expected


def test_aside_about_the_subject_is_no_member_list(models):
    found = coded_with(models, "fr", "La France, dont le président a parlé hier, a soutenu la "
                                     "résolution de l'Allemagne.",
                       [("France", "COUNTRY"), ("Allemagne", "COUNTRY")])
    assert [s for _, s, _ in found] == ["France"]
