"""Organisations introduced by a class noun (transforms/actor_rules/introduced.py), and
place names that carry their article ("La Rochelle")."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def found(nlp, text, lang):
    return {m.actor.name: (m.actor.actor_type, m.actor.country_code)
            for m in find_actors(nlp(text), lang)}


@pytest.mark.parametrize("text,name,country", [
    ("A quelques kilometres de Lyon, la start-up Carester construit une usine.", "Carester", "FRA"),
    # names no data file lists, so the rule alone finds them
    ("Le prix a triple, selon la societe d'analyse Vellan Mineral Intelligence.",
     "Vellan Mineral Intelligence", None),
    ("Un message a ete vu deux millions de fois, a recense l'institut Civitas Monitor.",
     "Civitas Monitor", None),
    ("Cela ne suffit pas, a repondu le syndicat Action Praticiens Hôpital.",
     "Action Praticiens Hôpital", None),
    ("Le japonais Iwatani a pris une participation dans le projet.", "Iwatani", "JPN"),
    ("Bruxelles a gele les avoirs de la compagnie de navigation IRISL.", "IRISL", None),
    ("Le courtier Marsh et le cabinet de conseil Capital Economics ont relevé leurs prévisions.",
     "Marsh", None),
    ("Les assureurs Norvane et Bellacor ont relevé leurs primes.", "Bellacor", None),
])
def test_a_class_noun_introduces_an_organisation_fr(nlp_fr, text, name, country):
    assert found(nlp_fr, text, "fr").get(name) == ("ORGANIZATION", country)


@pytest.mark.parametrize("text,name", [
    ("Data firm Kpler said exports fell.", "Kpler"),
    ("Tankers were tracked by analytics firm Vortexa.", "Vortexa"),
    ("Transmission company NTCSA plans new lines.", "NTCSA"),
    ("The think tank Bruegel published the figures.", "Bruegel"),
])
def test_a_class_noun_introduces_an_organisation_en(nlp_en, text, name):
    assert found(nlp_en, text, "en").get(name, ("", ""))[0] == "ORGANIZATION"


@pytest.mark.parametrize("text,word", [
    ("Trois dirigeants du groupe de BTP ont été condamnés.", "BTP"),          # a trade
    ("Le cabinet de Jean Castex a démenti.", "Jean Castex"),                  # an owner
    ("La banque de Marseille a fermé.", "Marseille"),                         # a place
    ("Le groupe a vendu ses parts en Mars.", "Mars"),                         # a month
    ("La société française a signé avec la Chine.", "Chine"),                 # a country
])
def test_no_organisation_from_what_follows_de_or_from_places(nlp_fr, text, word):
    assert found(nlp_fr, text, "fr").get(word, ("", ""))[0] != "ORGANIZATION"


@pytest.mark.parametrize("text,name,country", [
    ("A quelques kilometres de La Rochelle, une usine ferme.", "La Rochelle", "FRA"),
    ("Le port du Havre et Le Mans ont été touchés.", "Le Mans", "FRA"),
])
def test_a_place_listed_with_its_article_keeps_it(nlp_fr, text, name, country):
    assert found(nlp_fr, text, "fr").get(name) == ("LOCATION", country)


def test_an_article_before_a_common_noun_is_no_place(nlp_fr):
    names = found(nlp_fr, "La Force de sécurité du Guyana a tiré.", "fr")
    assert "La Force" not in names and names.get("Guyana") == ("COUNTRY", "GUY")


@pytest.mark.parametrize("lang,text,name", [
    ("fr", "Les ouvriers sont revenus sur la péninsule d'Afungi, dans le nord du Mozambique.",
     "Afungi"),
    ("fr", "Les ouvriers sont revenus sur la presqu'île de Mandoral, dans le nord du Mozambique.",
     "Mandoral"),
    ("fr", "Les pirogues partent du quartier de Guet Ndar, a Saint-Louis.", "Guet Ndar"),
    ("en", "Gunmen attacked the village of Kassoumbala in Mali.", "Kassoumbala"),
])
def test_a_place_noun_introduces_an_unknown_place(nlp_fr, nlp_en, lang, text, name):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert found(nlp, text, lang).get(name, ("",))[0] == "LOCATION"


@pytest.mark.parametrize("text,word", [
    ("Le camp de Mamadou Diallo a protesté.", "Mamadou Diallo"),   # a person's camp
    ("La ville de Mars est calme.", "Mars"),                        # a month
    ("La région de l'Asie centrale souffre.", "Asie"),              # a world region
])
def test_no_place_from_people_months_or_regions(nlp_fr, text, word):
    assert found(nlp_fr, text, "fr").get(word, ("",))[0] != "LOCATION"


def test_a_town_named_with_a_particle_is_not_the_capital_inside_it(nlp_fr):
    names = found(nlp_fr, "Ils ont incendié des maisons près de Mocímboa da Praia.", "fr")
    assert names.get("Mocímboa da Praia") == ("LOCATION", "MOZ") and "Cabo Verde" not in names


@pytest.mark.parametrize("lang,text,name", [
    ("en", "Fighters burned 40 tankers on the road between Kayes and Bamako.", "Kayes"),
    ("fr", "Les combats continuent entre Gao et Ménaka.", "Gao"),
])
def test_between_is_a_place_cue(nlp_fr, nlp_en, lang, text, name):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert found(nlp, text, lang).get(name, ("",))[0] == "LOCATION"


def test_a_capital_whose_candidate_someone_is_stands_for_its_government(nlp_fr):
    names = found(nlp_fr, "Le Premier ministre a accusé son rival d'être le candidat de Bruxelles.", "fr")
    assert "European Union" in names and "Brussels" not in names


def test_a_capital_after_de_with_no_stance_noun_stays_a_place(nlp_fr):
    names = found(nlp_fr, "Un journaliste de Moscou a été arrêté.", "fr")
    assert names.get("Moscow", ("",))[0] == "LOCATION"


@pytest.mark.parametrize("text,name,country", [
    ("The ship, operated by Greek firm Allseas Marine, was hit.", "Allseas Marine", "GRC"),
    ("British security firm Ambrey said the crew was safe.", "Ambrey", "GBR"),
])
def test_an_english_demonym_before_the_class_noun_gives_the_country(nlp_en, text, name, country):
    assert found(nlp_en, text, "en").get(name) == ("ORGANIZATION", country)


@pytest.mark.parametrize("text,name,kind", [
    ("Oman has mediated between Washington and the Houthis.", "United States", "COUNTRY"),
    ("Fighters burned tankers between Kayes and Bamako.", "Bamako", "LOCATION"),
])
def test_a_capital_between_it_and_an_actor_is_its_government(nlp_en, text, name, kind):
    assert found(nlp_en, text, "en").get(name, ("",))[0] == kind


@pytest.mark.parametrize("text,name,country", [
    ("Selon la Ligue tchadienne des droits de l'homme, cent opposants sont détenus.",
     "Ligue tchadienne des droits de l'homme", "TCD"),
    ("La Fédération française de football a réagi.", "Fédération française de football", "FRA"),
])
def test_a_french_body_name_with_a_demonym_and_a_complement(nlp_fr, text, name, country):
    assert found(nlp_fr, text, "fr").get(name) == ("ORGANIZATION", country)


@pytest.mark.parametrize("text,word", [
    ("La présidente du Conseil italien, Giorgia Meloni, a parlé.", "Conseil italien"),  # an office
    ("La Banque centrale européenne n'a pas commenté.", "Banque centrale européenne"),  # known
])
def test_no_french_body_name_without_a_complement(nlp_fr, text, word):
    assert word not in found(nlp_fr, text, "fr")


@pytest.mark.parametrize("text,name", [
    ("Le chef du parti Les Transformateurs a été condamné.", "Les Transformateurs"),
    ("Deux journalistes de la radio privée FM Liberté ont été arrêtés.", "FM Liberté"),
])
def test_parties_and_broadcasters_are_introduced(nlp_fr, text, name):
    assert found(nlp_fr, text, "fr").get(name, ("",))[0] == "ORGANIZATION"


def test_an_english_place_noun_after_a_name_introduces_a_place(nlp_en):
    names = found(nlp_en, "said a taxi driver in the Kalaban Coura district.", "en")
    assert names.get("Kalaban Coura", ("",))[0] == "LOCATION"


def test_a_group_before_a_place_noun_stays_the_group(nlp_en):
    names = found(nlp_en, "He met the Taliban district chief on Monday.", "en")
    assert names.get("Taliban", ("",))[0] == "GROUP"


@pytest.mark.parametrize("text,name,country", [
    ("Les centrales de Golfech, sur la Garonne, ont réduit leur production.", "Garonne", "FRA"),
    ("Un bateau a chaviré sur la Tamise.", "Thames", "GBR"),
])
def test_sur_la_names_a_river_or_coast(nlp_fr, text, name, country):
    assert found(nlp_fr, text, "fr").get(name) == ("LOCATION", country)


def test_sur_before_a_country_is_about_it_not_a_new_place(nlp_fr):
    names = found(nlp_fr, "Un rapport sur la Chine a été publié.", "fr")
    assert names.get("China") == ("COUNTRY", "CHN")


def test_a_demonym_naming_a_company_gives_the_country_too(nlp_fr):
    names = found(nlp_fr, "Le japonais Iwatani a pris une participation.", "fr")
    assert names.get("Iwatani") == ("ORGANIZATION", "JPN") and names.get("Japan") == ("COUNTRY", "JPN")


def test_a_demonym_in_a_title_gives_no_company(nlp_fr):
    names = found(nlp_fr, "Le ministre japonais Nakatani Gen a visité la base.", "fr")
    assert "Nakatani Gen" not in {n for n, (k, _) in names.items() if k == "ORGANIZATION"}


@pytest.mark.parametrize("text,name,country", [
    ("Boko Haram a attaqué une position de la région du lac Tchad.", "Lake Chad", None),
    ("Deux postes ont été ouverts le long de la rivière Cuyuni.", "Cuyuni", None),
    ("Des frappes ont visé les rives du fleuve Litani.", "Litani", "LBN"),
])
def test_a_lake_or_river_named_in_french(nlp_fr, text, name, country):
    names = found(nlp_fr, text, "fr")
    assert names.get(name) == ("LOCATION", country)


def test_the_country_naming_a_lake_is_no_actor_there(nlp_fr):
    names = found(nlp_fr, "Boko Haram a attaqué une position de la région du lac Tchad.", "fr")
    assert "Chad" not in names


@pytest.mark.parametrize("text,name", [
    ("Pro-government channel Imedi has aired the claims for months.", "Imedi"),
    ("The daily Kommersant reported the arrests.", "Kommersant"),
])
def test_media_introduced_by_their_kind(nlp_en, text, name):
    assert found(nlp_en, text, "en").get(name, ("",))[0] == "ORGANIZATION"


def test_the_agency_alone_introduces_nothing(nlp_en):
    assert found(nlp_en, "The agency said on Monday that talks would resume.", "en") == {}
