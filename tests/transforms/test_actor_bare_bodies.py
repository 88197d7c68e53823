"""French copy names the bodies of the state it is about bare ("la Chambre", "le Conseil
d'Etat", "l'Assemblée nationale"): in a story another state leads they are that state's
(context_country._bodies_of_the_story), France's otherwise."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def found(nlp, text, lang="fr"):
    return {(m.actor.name, m.actor.actor_type, m.actor.country_code)
            for m in find_actors(nlp(text), lang)}


BELGIAN = ("En Belgique, le gouvernement a présenté son budget à Bruxelles. La Chambre doit "
           "voter le texte avant Noël. Le Conseil d'Etat a rendu un avis critique. A Anvers et "
           "à Gand, les syndicats belges ont manifesté. La Belgique reste divisée.")
CAMEROONIAN = ("Au Cameroun, le Conseil constitutionnel a proclamé les résultats. Yaoundé a "
               "fermé les frontières du Cameroun, et Douala est restée calme. L'Assemblée "
               "nationale se réunira lundi.")
AMERICAN = ("Aux Etats-Unis, le Congrès a voté la loi. Washington a annoncé que les Etats-Unis "
            "répondraient. La Chambre des représentants et le Sénat ont adopté le texte "
            "après les Etats-Unis.")


@pytest.mark.parametrize("text,body", [
    (BELGIAN, ("Chamber of Representatives", "ORGANIZATION", "BEL")),
    (BELGIAN, ("Council of State", "ORGANIZATION", "BEL")),
    ("A Bruxelles, le texte doit être voté à la Chambre avant la fin de l'année. La Belgique "
     "et Anvers attendent, et la Belgique doute.",
     ("Chamber of Representatives", "ORGANIZATION", "BEL")),
    (CAMEROONIAN, ("Constitutional Council", "ORGANIZATION", "CMR")),
    (CAMEROONIAN, ("National Assembly", "ORGANIZATION", "CMR")),
    (AMERICAN, ("Congress", "ORGANIZATION", "USA")),
    (AMERICAN, ("Senate", "ORGANIZATION", "USA")),
])
def test_a_bare_body_in_a_story_on_another_state_is_that_states(nlp_fr, text, body):
    actors = found(nlp_fr, text)
    assert body in actors
    assert not {a for a in actors if a[0] == body[0] and a[2] == "FRA"}


@pytest.mark.parametrize("text,body", [
    ("L'Assemblée nationale a adopté le budget mardi. Le Sénat examinera le texte.",
     ("National Assembly", "ORGANIZATION", "FRA")),
    ("L'Assemblée nationale a adopté le budget mardi. Le Sénat examinera le texte.",
     ("Senate", "ORGANIZATION", "FRA")),
    ("A Paris, le Conseil d'Etat a suspendu l'arrêté du préfet de Marseille, a indiqué "
     "Lyon, tandis que la France attend.", ("Council of State", "ORGANIZATION", "FRA")),
    # a French territory's story is told with the parliament in Paris
    ("En Nouvelle-Calédonie, le report du scrutin a été voté par l'Assemblée nationale. A "
     "Nouméa, la Nouvelle-Calédonie attend, et la Nouvelle-Calédonie doute.",
     ("National Assembly", "ORGANIZATION", "FRA")),
])
def test_a_bare_body_stays_frances_without_another_leading_state(nlp_fr, text, body):
    assert body in found(nlp_fr, text)


def test_a_bare_chamber_no_state_claims_is_no_actor(nlp_fr):
    text = ("Aux Pays-Bas, la Chambre doit désigner un informateur. A La Haye et Amsterdam, "
            "les Pays-Bas attendent.")
    assert not {a for a in found(nlp_fr, text) if "Chambre" in a[0] or "Chamber" in a[0]}


@pytest.mark.parametrize("text,name", [
    ("En Belgique, la Chambre de commerce a protesté à Anvers. La Belgique attend.", "Chamber"),
    ("En Belgique, la Chambre haute a disparu. A Anvers, la Belgique attend.", "Chamber"),
])
def test_a_chamber_with_more_to_its_name_is_not_the_lower_house(nlp_fr, text, name):
    assert ("Chamber of Representatives", "ORGANIZATION", "BEL") not in found(nlp_fr, text)


def test_a_body_with_its_demonym_keeps_it(nlp_fr):
    text = ("En Belgique, à Bruxelles et à Anvers, on parle du Sénat américain. La Belgique "
            "attend.")
    assert ("Senate", "ORGANIZATION", "USA") in found(nlp_fr, text)


@pytest.mark.parametrize("lang,text,mention", [
    ("fr", "Les Vingt-Sept ont adopté le règlement lundi.", "Vingt-Sept"),
    ("fr", "Kaja Kallas a proposé aux Vingt-Sept un vingtième paquet.", "Vingt-Sept"),
    ("fr", "Les 27 Etats membres ont approuvé le texte.", "27 Etats membres"),
    ("en", "The 27 member states approved the text on Monday.", "27 member states"),
    ("fr", "L'Union européenne hésite, et les 27 ont repoussé leur décision.", "les 27"),
])
def test_the_twenty_seven_are_the_european_union(models, lang, text, mention):
    got = {(m.actor.name, m.mention_text) for m in find_actors(models[lang](text), lang)}
    assert ("European Union", mention) in got


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les 27 morts de l'attaque ont été enterrés mardi."),
    ("fr", "Les 27 ont été tués lors de l'attaque, selon la police."),
    ("en", "The 27 dead were buried on Tuesday."),
    ("fr", "La Commission a convoqué une réunion d'urgence des Vingt-Sept."),
])
def test_twenty_seven_people_are_no_union(models, lang, text):
    assert "European Union" not in {m.actor.name for m in find_actors(models[lang](text), lang)}


@pytest.mark.parametrize("lang,text,body", [
    ("en", "Georgian Dream won 54% of the vote, the Central Election Commission said. Tbilisi "
     "and Batumi were calm, and Georgia awaits.",
     ("Central Election Commission", "ORGANIZATION", "GEO")),
    ("fr", "En Moldavie, la Commission électorale centrale a publié les résultats. Chisinau "
     "et la Moldavie attendent.", ("Central Electoral Commission", "ORGANIZATION", "MDA")),
])
def test_a_central_election_commission_keeps_its_central(models, lang, text, body):
    actors = found(models[lang], text, lang)
    assert body in actors
    assert not {a for a in actors if a[0] == "Election Commission"}


def test_the_house_in_a_story_on_the_united_states_is_its_house_of_representatives(nlp_en):
    text = ("WASHINGTON (AP) — The Senate voted on Thursday. The United States and Washington "
            "wait, the United States said. The House has not scheduled a vote on a companion "
            "measure. House Speaker Mike Johnson said no.")
    actors = found(nlp_en, text, "en")
    assert ("House of Representatives", "ORGANIZATION", "USA") in actors
    assert not {a for a in actors if a[0] == "House"}


@pytest.mark.parametrize("lang,text,body", [
    ("en", "The NDA led in 198 seats, according to the Election Commission of India. The "
     "campaign was overshadowed by the Election Commission's revision of the rolls.",
     ("Election Commission of India", "ORGANIZATION", "IND")),
    ("fr", "La Cour suprême du Canada a tranché. La Cour suprême a rejeté l'appel.",
     ("Supreme Court of Canada", "ORGANIZATION", "CAN")),
])
def test_a_state_body_named_bare_after_its_full_name_is_that_body(models, lang, text, body):
    actors = found(models[lang], text, lang)
    assert body in actors
    assert not {a for a in actors if a[0] in {"Election Commission", "Supreme Court"}}
