""""Le groupe" points back at the armed group named last, not at the parent organisation
named in its description ("le JNIM, la branche sahélienne d'Al-Qaïda"); event_anaphora.py.
Positive and negative."""
import pytest

from tests.transforms.mentions import coded_with


def _sources(models, lang, text, names, event_type):
    return [source for kind, source, _ in coded_with(models, lang, text, names)
            if kind == event_type]


@pytest.mark.parametrize("lang, text, names", [
    ("fr", "Le blocus est imposé depuis septembre par le Groupe de soutien à l'islam et aux "
           "musulmans (JNIM), la branche sahélienne d'Al-Qaïda, dans l'ouest du pays.\n\n"
           "Dans une vidéo, un porte-parole du groupe a menacé de frapper tout convoi.",
     [("JNIM", "GROUP"), ("Al-Qaïda", "GROUP")]),
    ("en", "The blockade was imposed in September by JNIM, al Qaeda's Sahel affiliate, "
           "across the west of the country.\n\nA spokesman for the group threatened to strike "
           "every convoy.",
     [("JNIM", "GROUP"), ("al Qaeda", "GROUP")]),
])
def test_the_group_is_the_group_described_not_its_parent(models, lang, text, names):
    assert _sources(models, lang, text, names, "THREATEN") == [names[0][0]]


def test_the_group_is_the_last_group_named_without_a_description(models):
    text = ("L'armée a affronté le M23 dans le Nord-Kivu, tandis que les ADF opéraient plus "
            "au nord.\n\nUn porte-parole du groupe a menacé de frapper Goma.")
    found = _sources(models, "fr", text, [("M23", "GROUP"), ("ADF", "GROUP")], "THREATEN")
    assert found == ["ADF"]


@pytest.mark.parametrize("lang, text, names, expected", [
    ("en", "The truce was agreed by Donald Trump and Xi Jinping last week.\n\nThe two leaders "
           "met for about 100 minutes at an air base on the sidelines of the APEC summit.",
     [("Donald Trump", "PERSON"), ("Xi Jinping", "PERSON"), ("APEC", "ORGANIZATION")],
     ("CONSULT", "Donald Trump", "Xi Jinping")),
    ("fr", "Emmanuel Macron a reçu Volodymyr Zelensky à Paris lundi.\n\nLes deux dirigeants "
           "ont signé une déclaration sur la reconstruction du réseau électrique.",
     [("Emmanuel Macron", "PERSON"), ("Volodymyr Zelensky", "PERSON")],
     ("AGREE", "Emmanuel Macron", "Volodymyr Zelensky")),
])
def test_the_two_leaders_are_the_pair_named_before(models, lang, text, names, expected):
    assert expected in coded_with(models, lang, text, names)


def test_the_two_countries_are_no_pair_of_people(models):
    text = ("Emmanuel Macron a reçu Volodymyr Zelensky à Paris lundi.\n\nLes deux pays ont "
            "signé une déclaration sur la reconstruction.")
    names = [("Emmanuel Macron", "PERSON"), ("Volodymyr Zelensky", "PERSON")]
    found = [source for kind, source, _ in coded_with(models, "fr", text, names)
             if kind == "AGREE"]
    assert all(source != "Emmanuel Macron" for source in found)


def test_him_as_object_is_the_person_named_before(models):
    text = ("Viktor Orban has built his campaign around opposition to military aid for Kyiv. "
            "U.S. President Donald Trump endorsed him in a social media post last month.")
    found = coded_with(models, "en", text, [("Viktor Orban", "PERSON"), ("Donald Trump", "PERSON")])
    assert ("SUPPORT", "Donald Trump", "Viktor Orban") in found


def test_him_with_no_other_person_named_stays_unresolved(models):
    text = ("The campaign ended on Thursday. U.S. President Donald Trump endorsed him in a "
            "social media post last month.")
    found = coded_with(models, "en", text, [("Donald Trump", "PERSON")])
    assert ("SUPPORT", "Donald Trump", None) in found


@pytest.mark.parametrize("lang, text, names, expected", [
    ("fr", "Médecins sans frontières, qui gère plusieurs centres de traitement du choléra, a "
           "appelé à un accès sans entraves aux zones de combats. L'ONG a déploré la semaine "
           "dernière le pillage d'une de ses pharmacies.",
     [("Médecins sans frontières", "ORGANIZATION")], ("ACCUSE", "Médecins sans frontières")),
    ("en", "The International Atomic Energy Agency said its inspectors had not been allowed "
           "back.\n\nThe agency accused Iran of hiding enriched uranium.",
     [("International Atomic Energy Agency", "ORGANIZATION"), ("Iran", "COUNTRY")],
     ("ACCUSE", "International Atomic Energy Agency")),
])
def test_the_agency_is_the_body_named_before(models, lang, text, names, expected):
    assert expected in [(t, s) for t, s, _ in coded_with(models, lang, text, names)]


def test_plural_bodies_are_others_unnamed(models):
    text = ("Médecins sans frontières a appelé à un accès sans entraves aux zones de combats. "
            "Les organisations de défense des droits humains dénoncent une dérive autoritaire.")
    found = coded_with(models, "fr", text, [("Médecins sans frontières", "ORGANIZATION")])
    assert not any(t == "ACCUSE" and s == "Médecins sans frontières" for t, s, _ in found)


def test_not_knowing_where_is_no_rejection(models):
    text = ("Le directeur de l'AIEA, Rafael Grossi, a indiqué que l'Iran détenait 440 "
            "kilogrammes d'uranium et que l'agence ignorait ou se trouvait ce matériel.")
    names = [("AIEA", "ORGANIZATION"), ("Rafael Grossi", "PERSON"), ("Iran", "COUNTRY")]
    found = coded_with(models, "fr", text, names)
    assert not any(t == "REJECT" for t, _, _ in found)


def test_ignoring_a_demand_is_still_a_rejection(models):
    text = "Le Kremlin a ignoré l'ultimatum de l'OTAN."
    found = coded_with(models, "fr", text, [("Kremlin", "ORGANIZATION"), ("OTAN", "ORGANIZATION")])
    assert any(t == "REJECT" and s == "Kremlin" for t, s, _ in found)


@pytest.mark.parametrize("lang, text, names, expected", [
    ("en", "Aid agencies said they were running out of food for people who have fled El Fasher "
           "since the Rapid Support Forces seized the city more than a week ago.",
     [("El Fasher", "LOCATION"), ("Rapid Support Forces", "GROUP")],
     ("COERCE", "Rapid Support Forces", "El Fasher")),
    ("fr", "Les combats se sont intensifiés autour de Goma mardi. Les rebelles du M23 se sont "
           "emparés de la ville mercredi matin.",
     [("Goma", "LOCATION"), ("M23", "GROUP")], ("COERCE", "M23", "Goma")),
])
def test_the_city_seized_is_the_place_named_before(models, lang, text, names, expected):
    assert expected in coded_with(models, lang, text, names)


def test_the_city_with_no_place_named_before_has_no_target(models):
    text = "The Rapid Support Forces seized the city more than a week ago, aid agencies said."
    found = coded_with(models, "en", text, [("Rapid Support Forces", "GROUP")])
    assert ("COERCE", "Rapid Support Forces", None) in found


@pytest.mark.parametrize("lang, text, names, expected", [
    ("en", "The measures were triggered by France, Germany and Britain last month.\n\nIran "
           "recalled its ambassadors to the three European countries on Saturday.",
     [("France", "COUNTRY"), ("Germany", "COUNTRY"), ("Britain", "COUNTRY"),
      ("Iran", "COUNTRY")],
     [("SANCTION", "Iran", "Britain"), ("SANCTION", "Iran", "France"),
      ("SANCTION", "Iran", "Germany")]),
    ("fr", "Les sanctions ont été réclamées par la France et l'Espagne.\n\nL'Algérie a rappelé "
           "samedi ses ambassadeurs dans les deux pays européens.",
     [("France", "COUNTRY"), ("Espagne", "COUNTRY"), ("Algérie", "COUNTRY")],
     [("SANCTION", "Algérie", "Espagne"), ("SANCTION", "Algérie", "France")]),
])
def test_the_three_countries_are_the_countries_named_before(models, lang, text, names,
                                                           expected):
    found = sorted(e for e in coded_with(models, lang, text, names) if e[0] == "SANCTION")
    assert found == expected


def test_fewer_countries_named_than_counted_gives_no_target(models):
    text = ("The measures were triggered by France last month.\n\nIran recalled its "
            "ambassadors to the three European countries on Saturday.")
    found = coded_with(models, "en", text, [("France", "COUNTRY"), ("Iran", "COUNTRY")])
    assert ("SANCTION", "Iran", None) in found
