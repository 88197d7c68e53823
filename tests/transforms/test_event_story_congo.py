"""A full French wire story written for these tests (not from any annotated set), with
machine-translation noise (lost accents), run through the real actor finder and event
coder: a request told as a reason ("a la demande de la France"), seized places, members
named in an aside, a joint act "entre X et Y", criticism drawn, a sanction's imposer after
"de", unnamed groups voicing demands, a ban on re-exports, and an opinion that is no event."""
from collections import Counter
from datetime import date

import pytest

from tests.transforms.mentions import coded_with_found_actors

PUBLISHED = date(2026, 4, 22)

STORY = """\
BRUXELLES, 22 avril (Vigie) - Le Conseil de securité de l'ONU tiendra jeudi une reunion d'urgence sur la Republique democratique du Congo a la demande de la France, apres la prise de plusieurs localités du Nord-Kivu par les rebelles du M23, a indiqué mercredi un diplomate.

Les rebelles ont pris le contrôle de la base militaire de Rubaya dimanche et se sont emparés de la ville de Masisi lundi, selon des sources locales. Plus de 20 pays, dont la Belgique, l'Allemagne et les Pays-Bas, ont condamné l'offensive dans une declaration commune.

L'accord signé entre Kinshasa et Kigali en juin reste lettre morte. La decision du Rwanda de maintenir ses troupes a suscité les critiques de Washington, et les sanctions de l'Union europeenne contre plusieurs commandants rwandais sont entrées en vigueur mardi.

Les ONG dénoncent une catastrophe humanitaire et réclament un acces sans entraves aux deplacés. Les industriels réclament la protection de leurs sites miniers, pillés a plusieurs reprises.

En représailles, Kigali a interdit aux entreprises congolaises de réexporter leur production d'etain via son territoire. Les analystes redoutent une nouvelle escalade.
"""


@pytest.fixture(scope="module")
def coded(nlp_fr):
    return coded_with_found_actors(nlp_fr, "fr", STORY, PUBLISHED)


@pytest.mark.parametrize("event", [
    ("REQUEST", "France", "UN Security Council"),
    ("COERCE", "M23", "Masisi"),
    ("ACCUSE", "Belgium", None),
    ("ACCUSE", "Germany", None),
    ("ACCUSE", "Netherlands", None),
    ("AGREE", "Democratic Republic of the Congo", "Rwanda"),
    ("ACCUSE", "United States", "Rwanda"),
    ("SANCTION", "European Union", None),
    ("ACCUSE", None, None),
    ("REQUEST", None, None),
    ("SANCTION", "Rwanda", "Democratic Republic of the Congo"),
])
def test_story_event_classes(coded, event):
    assert event in coded


def test_story_opinions_and_background_are_no_events(coded):
    types = Counter(t for t, _, _ in coded)
    # "Les analystes redoutent une nouvelle escalade": an opinion; no THREATEN, no ASSAULT
    # read into "la prise de plusieurs localités" or the "offensive" condemned.
    assert types["THREATEN"] == 0 and types["ASSAULT"] == 0
    assert len(coded) <= 13
