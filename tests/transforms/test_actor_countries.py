"""Countries of actors: titles, bodies served, sentence and article context, data classes."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def by_name(doc, lang):
    return {m.actor.name: m.actor for m in find_actors(doc, lang)}


def nlp_for(lang, nlp_fr, nlp_en):
    return nlp_fr if lang == "fr" else nlp_en


@pytest.mark.parametrize("lang,text,person,code", [
    ("en", "Uganda's army spokesman Moses Okello said troops were sent.", "Moses Okello", "UGA"),
    ("en", "Kelly Smith, Boeing's chief executive, said deliveries slipped.", "Kelly Smith", "USA"),
    ("fr", "Le patron de Rheinmetall, Hans Weber, a inauguré l'usine.", "Hans Weber", "DEU"),
    ("en", "The gang killed a Venezuelan former army officer, Ronald Ojeda, in Santiago.",
     "Ronald Ojeda", "VEN"),
])
def test_country_from_title_and_body_served(nlp_fr, nlp_en, lang, text, person, code):
    assert by_name(nlp_for(lang, nlp_fr, nlp_en)(text), lang)[person].country_code == code


def test_no_country_from_an_international_body_in_the_title(nlp_en):
    actor = by_name(nlp_en("NATO spokeswoman Allison Hartley said the meeting went well."),
                    "en").get("Allison Hartley")
    assert actor is None or actor.country_code is None


def test_a_clause_before_a_comma_is_no_title(nlp_en):
    actor = by_name(nlp_en("The Venezuelan army attacked, Ronald Ojeda said on Monday."),
                    "en").get("Ronald Ojeda")
    assert actor is None or actor.role is None


def test_unknown_person_takes_the_only_country_of_the_sentence(nlp_en):
    doc = nlp_en("The African Union suspended Guinea and called on the junta to free "
                 "Mamadi Keita.")
    assert by_name(doc, "en")["Mamadi Keita"].country_code == "GIN"


def test_unknown_person_stays_null_when_the_context_is_split(nlp_en):
    doc = nlp_en("Chinese and Philippine vessels collided near the shoal, said Arlo Pemberton.")
    assert by_name(doc, "en")["Arlo Pemberton"].country_code is None


def test_article_dominant_country_fills_unknown_bodies_but_not_international_ones(nlp_en):
    doc = nlp_en("Moldova voted on Sunday. Moldova's pro-European party won in Chisinau and "
                 "Balti. Observers said Moldova had resisted pressure. Ilan Shor called it a "
                 "fraud, while the International Election Observers Mission praised the vote.")
    actors = by_name(doc, "en")
    assert actors["Ilan Shor"].country_code == "MDA"
    mission = [a for n, a in actors.items() if "International" in n]
    assert all(a.country_code is None for a in mission)


@pytest.mark.parametrize("lang,text,name,code", [
    ("en", "Gazprom, Huawei, Samsung and Glencore reported results.", "Glencore", "CHE"),
    ("en", "Maersk and Hapag-Lloyd avoided the Red Sea.", "Hapag-Lloyd", "DEU"),
    ("en", "Fighters of the CODECO militia attacked a camp.", "CODECO", "COD"),
    ("en", "The Sinaloa Cartel and Tren de Aragua were designated.", "Tren de Aragua", "VEN"),
    ("fr", "Le groupe Viv Ansanm contrôle Mirebalais.", "Viv Ansanm", "HTI"),
    ("fr", "Le président de la Douma, Viatcheslav Volodine, a accusé Londres.",
     "Vyacheslav Volodin", "RUS"),
])
def test_groups_companies_and_officials_come_with_their_country(nlp_fr, nlp_en, lang, text,
                                                                 name, code):
    assert by_name(nlp_for(lang, nlp_fr, nlp_en)(text), lang)[name].country_code == code


def test_sdf_is_decided_by_the_article(nlp_en):
    syria = by_name(nlp_en("The SDF said Kurdish fighters held Raqqa, north of Damascus."), "en")
    japan = by_name(nlp_en("The SDF will train with Japanese and US forces near Tokyo."), "en")
    assert "Syrian Democratic Forces" in syria and "Japan Self-Defense Forces" in japan


@pytest.mark.parametrize("lang,text,name", [
    ("fr", "Le président libanais joseph Aoun a reçu l'émissaire.", "Joseph Aoun"),
    ("fr", "Le ministre de la Défense israel Katz a démenti.", "Israel Katz"),
    ("fr", "La junte a quitté la Cedeao en janvier.", "ECOWAS"),
    ("fr", "L'armée a frappé l'Iswap dans l'État de Borno.", "ISWAP"),
])
def test_machine_translation_case_losses_still_match(nlp_fr, nlp_en, lang, text, name):
    assert name in by_name(nlp_for(lang, nlp_fr, nlp_en)(text), lang)


@pytest.mark.parametrize("lang,text,absent", [
    ("fr", "Le joseph est un prénom courant.", "Joseph Aoun"),  # no surname, no person
    ("fr", "Le Fmi n'est pas un sigle connu ici.", "International Monetary Fund"),  # 3 letters
])
def test_case_losses_need_the_rest_of_the_name(nlp_fr, nlp_en, lang, text, absent):
    assert absent not in by_name(nlp_for(lang, nlp_fr, nlp_en)(text), lang)


@pytest.mark.parametrize("lang,text,expected,absent", [
    ("fr", "Le cessez-le-feu, sous l'égide de Washington et de Paris, tient.",
     {"United States", "France"}, set()),
    ("fr", "Le gouvernement de Caracas a rejeté ces accusations.", {"Venezuela"}, set()),
    ("fr", "Un journaliste de Moscou et de Paris a écrit.", {"Moscow", "Paris"},
     {"Russia", "France"}),
    ("en", "Iraqi militias threatened US bases.", {"Iraq"}, set()),
    ("en", "Iraqi oil exports rose.", set(), {"Iraq"}),
    ("fr", "Le ministère libanais de la Santé a donné un bilan.", {"Lebanon"}, {"Santé"}),
])
def test_capitals_bodies_and_ministries_in_context(nlp_fr, nlp_en, lang, text, expected, absent):
    names = set(by_name(nlp_for(lang, nlp_fr, nlp_en)(text), lang))
    assert expected <= names and not (absent & names)


@pytest.mark.parametrize("lang,text,person,code", [
    ("fr", "Le président sénégalais Mamadou Diallo a reçu son homologue.", "Mamadou Diallo",
     "SEN"),
    ("fr", "Le ministre malien des Transports Ibrahima Keita a reconnu la situation.",
     "Ibrahima Keita", "MLI"),
])
def test_a_title_introduces_a_person_ner_missed_or_mislabelled(nlp_fr, lang, text, person,
                                                               code):
    actor = by_name(nlp_fr(text), lang)[person]
    assert (actor.actor_type, actor.country_code) == ("PERSON", code)


def test_capitalised_words_without_a_title_are_no_person(nlp_fr):
    actors = by_name(nlp_fr("Les habitants de Grand Yoff Nord ont manifesté."), "fr")
    assert not any(a.actor_type == "PERSON" for a in actors.values())


def test_congo_is_the_drc_when_the_article_is_about_the_drc(nlp_en):
    actors = by_name(nlp_en("Congo's army fought M23 rebels near Goma."), "en")
    assert "Democratic Republic of the Congo" in actors and "Republic of the Congo" not in actors


def test_congo_stays_brazzaville_when_the_article_names_it(nlp_en):
    actors = by_name(nlp_en("Congo's President Denis Sassou Nguesso met officials in "
                            "Brazzaville, not far from Kinshasa."), "en")
    assert actors["Republic of the Congo"].country_code == "COG"


def test_a_dateline_capital_is_the_place_the_story_was_filed_from(nlp_en):
    actors = by_name(nlp_en("MANILA, April 15 (Vigie) - The Philippines summoned an envoy."), "en")
    assert actors["Manila"].actor_type == "LOCATION"


@pytest.mark.parametrize("text,city", [
    ("WASHINGTON (AP) — The Senate passed the spending bill on Tuesday.", "Washington"),
    ("BEIJING — The commerce ministry said it would restrict exports of gallium.", "Beijing"),
    ("KYIV, Ukraine (AP) — Drones struck the capital overnight, officials said.", "Kyiv"),
])
def test_a_dateline_without_a_date_is_a_place_too(nlp_en, text, city):
    actors = by_name(nlp_en(text), "en")
    assert actors[city].actor_type == "LOCATION"
    assert not {"United States", "China"} & set(actors)


def test_a_capital_opening_a_sentence_without_a_date_is_its_government(nlp_en):
    actors = by_name(nlp_en("Manila, Beijing and Hanoi all protested."), "en")
    assert "Philippines" in actors and "Manila" not in actors


@pytest.mark.parametrize("text,expected", [
    ("le premier ministre de l'inde Narendra modi a rencontré le président.",
     {"India", "Narendra Modi"}),
    ("LaChine et la Russie ont mené des exercices ; LeJapon a protesté.",
     {"China", "Russia", "Japan"}),
    ("Grossi a parlé à VienneTéhéran a suspendu sa coopération.", {"Vienna", "Iran"}),
])
def test_machine_translation_lowercase_and_glue(nlp_fr, text, expected):
    assert expected <= set(by_name(nlp_fr(text), "fr"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des restrictions d'eau sont déjà en vigueur."),  # EAU lowercased is water
    ("en", "The china shop in turkey sold plates."),  # English common words
])
def test_lowercase_words_are_no_countries(nlp_fr, nlp_en, lang, text):
    actors = by_name(nlp_for(lang, nlp_fr, nlp_en)(text), lang)
    assert not any(a.actor_type == "COUNTRY" for a in actors.values())


@pytest.mark.parametrize("lang,text,person,code", [
    ("en", "Eritrean Information Minister Yemane Gebremeskel rejected the claim.",
     "Yemane Gebremeskel", "ERI"),
    ("fr", "Le président gabonais Brice Oligui Nguema a reçu la délégation.",
     "Brice Oligui Nguema", "GAB"),
])
def test_demonyms_of_smaller_states_give_the_country(nlp_fr, nlp_en, lang, text, person, code):
    actors = by_name(nlp_for(lang, nlp_fr, nlp_en)(text), lang)
    assert any(n in person and a.country_code == code for n, a in actors.items())


def test_a_french_common_word_is_no_lowercase_country(nlp_fr):
    actors = by_name(nlp_fr("Rutte a vu Iwaya en marge d'une réunion des ministres."), "fr")
    assert "Réunion" not in actors


def test_hyphenated_first_names_split_by_the_tokenizer_are_names(nlp_en):
    actors = by_name(nlp_en("He met French envoy Jean-Yves Le Drian in Beirut."), "en")
    assert actors["Jean-Yves Le Drian"].country_code == "FRA"


def test_a_lone_hyphen_between_words_is_no_name(nlp_en):
    actors = by_name(nlp_en("The Kyiv - Lviv train was late, officials said."), "en")
    assert not any(a.actor_type == "PERSON" for a in actors.values())


def test_a_surname_mention_shares_the_full_mention_s_actor(nlp_en):
    text = ("LILONGWE, Sept 24 (Vigie) - Peter Mutharika was declared winner of Malawi's "
            "presidential vote, beating Lazarus Chakwera. Supporters of Mutharika's party "
            "celebrated in Blantyre and Lilongwe. Chakwera conceded on Thursday.")
    mentions = find_actors(nlp_en(text), "en")
    chakwera = {m.actor for m in mentions if m.actor.name == "Lazarus Chakwera"}
    assert len(chakwera) == 1  # one actor (one actor_id), not one with and one without MWI
    assert not any(m.actor.actor_type == "LOCATION" and m.mention_text == "Mutharika"
                   for m in mentions)


def test_a_split_region_follows_the_article(nlp_en):
    text = ("LAHORE, Sept 3 (Vigie) - Floods swept through Punjab, Pakistan's most populous "
            "province, officials in Multan said. Pakistan asked for aid; India sent condolences. "
            "Pakistan's army evacuated villages in Punjab.")
    found = {(m.actor.name, m.actor.country_code) for m in find_actors(nlp_en(text), "en")}
    assert ("Punjab", "PAK") in found and ("Punjab", "IND") not in found


def test_a_split_region_keeps_its_default_in_a_story_on_that_state(nlp_en):
    text = "Farmers from Punjab marched to New Delhi, India's capital, Indian police said."
    found = {(m.actor.name, m.actor.country_code) for m in find_actors(nlp_en(text), "en")}
    assert ("Punjab", "IND") in found
