"""French institutions, unions, parties, pollsters and media by the names the French press uses."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def found(nlp, text, lang="fr"):
    return {(m.actor.name, m.actor.actor_type, m.actor.country_code)
            for m in find_actors(nlp(text), lang)}


def names(nlp, text, lang="fr"):
    return {name for name, _, _ in found(nlp, text, lang)}


@pytest.mark.parametrize("text, expected", [
    ("À Bercy, on indique que le déficit sera ramené à 4,7 % du PIB.", "Bercy"),
    ("Le texte doit être examiné au Sénat à partir du 26 novembre.", "Senate"),
    ("Force ouvrière et Solidaires ont annoncé une nouvelle journée de grève.", "Force Ouvrière"),
    ("Force ouvrière et Solidaires ont annoncé une nouvelle journée de grève.", "Solidaires"),
    ("Selon un sondage Ifop, 64 % des Français soutiennent le mouvement.", "Ifop"),
    ("L'agence Moody's doit publier vendredi une nouvelle évaluation.", "Moody's"),
    ("La CPME s'inquiète des délais de paiement.", "CPME"),
    ("Le Parquet national financier a ouvert une enquête.", "Parquet national financier"),
])
def test_french_bodies_by_their_french_names(nlp_fr, text, expected):
    assert expected in names(nlp_fr, text)


def test_the_american_senate_is_not_the_french_one(nlp_fr):
    got = found(nlp_fr, "Le Sénat américain a rejeté le texte mardi.")
    assert ("Senate", "ORGANIZATION", "USA") in got and ("Senate", "ORGANIZATION", "FRA") not in got


def test_common_words_are_not_parties(nlp_fr):
    got = names(nlp_fr, "Les horizons économiques restent sombres, selon les solidaires du quartier.")
    assert not {"Horizons", "Solidaires"} & got


def test_a_national_adjective_makes_another_body(nlp_fr):
    got = names(nlp_fr, "Le président a convoqué une réunion du Conseil de sécurité nationale.")
    assert "UN Security Council" not in got


def test_the_security_council_itself(nlp_fr):
    got = names(nlp_fr, "Le Conseil de sécurité a adopté mardi une résolution sur Haïti.")
    assert "UN Security Council" in got


def test_banks_of_a_country_are_the_country(nlp_fr):
    got = found(nlp_fr, "Bruxelles vise plusieurs banques chinoises accusées d'aider Moscou.")
    assert ("China", "COUNTRY", "CHN") in got


def test_things_of_a_country_are_not_the_country(nlp_fr):
    assert "China" not in names(nlp_fr, "Les importations de produits chinois ont reculé en mai.")


def test_sahel_confederation_french_name(nlp_fr):
    got = names(nlp_fr, "Le Niger a rejoint la Confédération des Etats du Sahel (AES).")
    assert "Alliance of Sahel States" in got


def test_spratlys_without_islands_word(nlp_fr):
    got = found(nlp_fr, "Le Vietnam conteste la souveraineté chinoise sur les Paracels et les Spratleys.")
    assert ("Spratly Islands", "LOCATION", None) in got


def test_think_tanks_and_courts(nlp_fr):
    got = names(nlp_fr, "Selon le Center for Strategic and International Studies, la Cour "
                        "permanente d'arbitrage a tranché en 2016.")
    assert {"Center for Strategic and International Studies",
            "Permanent Court of Arbitration"} <= got


def test_a_name_glued_to_the_next_sentence_at_its_full_stop(nlp_fr):
    got = names(nlp_fr, "Le blocus s'étend, selon des sources citées par RFI.Plusieurs camions "
                        "ont brûlé.")
    assert "RFI" in got


def test_a_glued_full_stop_between_common_words_gives_nothing(nlp_fr):
    got = names(nlp_fr, "Les camions ont brûlé sur la route.Plusieurs chauffeurs ont fui.")
    assert not {n for n in got if "." in n or n in {"Plusieurs", "route"}}


@pytest.mark.parametrize("text, expected", [
    ("Yaël Braun-Pivet a suspendu la séance.", ("Yaël Braun-Pivet", "PERSON", "FRA")),
    ("Marine Tondelier et Fabien Roussel ont signé l'appel.", ("Fabien Roussel", "PERSON", "FRA")),
    ("Selon la Moncloa, le sommet aura lieu en mars.", ("Moncloa", "ORGANIZATION", "ESP")),
    ("Le Capitole doit voter le budget avant vendredi.",
     ("Congress", "ORGANIZATION", "USA")),
])
def test_french_politicians_and_seats_of_power(nlp_fr, text, expected):
    assert expected in found(nlp_fr, text)


def test_a_common_first_name_alone_is_not_a_known_person(nlp_fr):
    assert "Patrick Martin" not in names(nlp_fr, "Martin, un agriculteur de la Manche, a manifesté.")


def test_a_parliament_named_by_its_demonym_is_the_country(nlp_fr):
    got = names(nlp_fr, "Le Parlement iranien a voté une loi sur les inspections.")
    assert "Majlis" not in got and "Iran" in got


@pytest.mark.parametrize("text, expected", [
    ("Les députés du RN et de LFI ont voté la censure.", ("Rassemblement National", "ORGANIZATION", "FRA")),
    ("Le FLN a salué la décision du président.", ("National Liberation Front", "ORGANIZATION", "DZA")),
    ("Le Parti travailliste a perdu la circonscription.", ("Labour Party", "ORGANIZATION", "GBR")),
    ("Le PiS a déposé une motion contre le gouvernement.", ("Law and Justice", "ORGANIZATION", "POL")),
])
def test_parties_by_their_french_names_and_acronyms(nlp_fr, text, expected):
    assert expected in found(nlp_fr, text)


def test_party_acronyms_match_only_in_capitals(nlp_fr):
    got = names(nlp_fr, "Le rn de la route nationale et le pis-aller du gouvernement.")
    assert not {"Rassemblement National", "Law and Justice"} & got


@pytest.mark.parametrize("text, expected", [
    ("La corée du sud et l'arabie saoudite ont signé un accord.", "South Korea"),
    ("La corée du sud et l'arabie saoudite ont signé un accord.", "Saudi Arabia"),
    ("Les Etats Unis et le Royaume Uni ont condamné l'essai.", "United States"),
    ("Les Etats Unis et le Royaume Uni ont condamné l'essai.", "United Kingdom"),
    ("L'union européenne et l'union africaine ont lancé un partenariat.", "African Union"),
    ("le conseil de sécurité des nations unies se réunira jeudi.", "UN Security Council"),
])
def test_lowercased_and_unhyphenated_names_from_machine_translation(nlp_fr, text, expected):
    assert expected in names(nlp_fr, text)


def test_a_lowercase_first_word_alone_is_no_name(nlp_fr):
    got = names(nlp_fr, "Les syndicats ont défendu l'union des salariés et la corée.")
    assert not {"European Union", "African Union", "South Korea", "North Korea"} & got


def test_a_place_after_an_unaccented_a(nlp_fr):
    got = found(nlp_fr, "Selon l'Observatoire syrien des droits de l'homme, des combats ont eu "
                        "lieu a Soueida.")
    assert ("Sweida", "LOCATION", "SYR") in got
    assert "Syrian Observatory for Human Rights" in {name for name, _, _ in got}


def test_an_unaccented_a_before_an_unknown_word_gives_no_place(nlp_fr):
    got = names(nlp_fr, "Le ministre a Confirmé la visite du chef de la diplomatie.")
    assert "Confirmé" not in got


@pytest.mark.parametrize("text, expected", [
    ("La ministre s'est rendue a Brest auprès de la Marine nationale.", ("French Navy", "ORGANIZATION", "FRA")),
    ("L'armée de l'Air et de l'Espace a intercepté deux drones.",
     ("French Air and Space Force", "ORGANIZATION", "FRA")),
    ("La porte-parole du gouvernement Maud Bregeon a annoncé la réunion.", ("Maud Bregeon", "PERSON", "FRA")),
    ("Le groupe a revendiqué l'attentat de Moscou, selon l'agence Amaq.", ("Amaq", "ORGANIZATION", None)),
])
def test_french_services_officials_and_outlets(nlp_fr, text, expected):
    assert expected in found(nlp_fr, text)


def test_another_country_s_air_force_is_that_country(nlp_fr):
    got = found(nlp_fr, "Selon l'armée de l'air ukrainienne, la Russie a lancé 480 drones.")
    assert "French Air and Space Force" not in {name for name, _, _ in got}
    assert ("Ukraine", "COUNTRY", "UKR") in got
