"""A full French wire story of our own, with machine-translation noise (missing spaces
after commas, a glued word), exercising this round's classes together: French exonyms of
capitals and cities, a capital a country moves towards, a national Red Crescent society,
party names with a lowercase head, a state court without its state, a law named after a
person and a minister's title with a town in it."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors

STORY = """ACHGABAT, 14 mars (Vigie) - Le Turkménistan et le Tadjikistan ont signé jeudi à Achgabat un accord sur le partage des eaux de l'Amou-Daria,au terme de trois jours de discussions auxquelles assistait un envoyé de Pékin. Selon l'opposition en exil,le président turkmène cherche depuis deux ans à rapprocher le pays de Moscou,tout en ménageant ses clients chinois.

A Douchanbé, le gouvernement tadjik a salué un texte «historique». La Cour suprême du pays doit encore se prononcer sur la validité de l'accord,qui prévoit la construction de deux barrages près de Kourgan-Tioubé.

Les inondations du mois dernier ont déjà fait plus de 40 morts dans la région,et le Croissant-Rouge turkmène a distribué des vivres à quelque 12.000 familles. Le Comité international de la Croix-Rouge a appelé à un accès sans entrave aux zones sinistrées.

Plus au sud,la campagne pour les législatives s'ouvre au Népal. A Katmandou,le Congrès népalais et le parti Rastriya Swatantra Party se disputent les voix des jeunes,tandis que la Commission électorale a enregistré 3.400 candidats. Le scrutin est le premier depuis les manifestations de septembre,qui avaient contraint le gouvernement à démissionner.

A Téhéran,les commerçants du Grand bazar ont de nouveau fermé leurs boutiques lundi,et des rassemblements ont été signalés à Machhad et à Chiraz. Washington a pour sa part prolongé la loi César sur la Syrie,a rappelé le garde des Sceaux français lors d'une visite à Dacca,où il a rencontré les dirigeants de la ligue Awami et du Parti nationaliste du Bangladesh (BNP)."""


@pytest.fixture(scope="module")
def actors(nlp_fr):
    return {(m.actor.name, m.actor.actor_type, m.actor.country_code)
            for m in find_actors(nlp_fr(STORY), "fr")}


@pytest.mark.parametrize("actor", [
    ("Ashgabat", "LOCATION", "TKM"), ("Dushanbe", "LOCATION", "TJK"),
    ("Kathmandu", "LOCATION", "NPL"), ("Mashhad", "LOCATION", "IRN"),
    ("Dhaka", "LOCATION", "BGD"), ("Russia", "COUNTRY", "RUS"),
    ("Turkmen Red Crescent", "ORGANIZATION", "TKM"),
    ("International Committee of the Red Cross", "ORGANIZATION", None),
    ("Awami League", "ORGANIZATION", "BGD"),
    ("Bangladesh Nationalist Party", "ORGANIZATION", "BGD"),
    ("Nepali Congress", "ORGANIZATION", "NPL"),
    ("Election Commission", "ORGANIZATION", "NPL"),
    ("Tajikistan", "COUNTRY", "TJK"), ("Turkmenistan", "COUNTRY", "TKM"),
])
def test_story_finds(actors, actor):
    assert actor in actors


@pytest.mark.parametrize("name", ["César", "Sceaux", "Grand", "Achgabat", "Douchanbé",
                                  "Katmandou", "Machhad", "Dacca", "Moscow", "Croissant-Rouge"])
def test_story_has_no(actors, name):
    assert name not in {n for n, _, _ in actors}
