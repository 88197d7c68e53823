"""English theme words of the forty-first session's sweep: conservation, navigation by satellite,
electronic warfare, asset freezes, a bomb's charge, storms on the sun, flights rerouted.
Sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.theme_terms import taxonomy


def _weights(nlp_en, text: str, code: str) -> dict[str, int]:
    return {term: weight for (found, term), weight in term_weights(nlp_en(text), "en").items()
            if found == code}


@pytest.mark.parametrize("text, code, term, weight", [
    ("The country signed a debt-for-nature swap with two development banks.", "CLIMATE",
     "debt-for-nature", 3),
    ("Tokyo left the International Whaling Commission years ago.", "CLIMATE",
     "International Whaling Commission", 3),
    ("The fleet resumed whaling in the north.", "CLIMATE", "whaling", 2),
    ("Commercial whaling resumed in July.", "CLIMATE", "whaling", 2),
    ("Conservation groups said the quota would harm the species.", "CLIMATE",
     "conservation group", 2),
    ("The government created a marine protected area around the atoll.", "CLIMATE",
     "marine protected area", 3),
    ("Farmers drained the wetlands for rice.", "CLIMATE", "wetland", 2),
    ("A sandstorm closed schools across the province.", "CLIMATE", "sandstorm", 2),
    ("Rangers patrol the national park at night.", "CLIMATE", "national park", 1),
    ("GPS signals degraded over the ocean.", "TECHNOLOGY", "GPS", 2),
    ("The outage scrambled satellite navigation for hours.", "TECHNOLOGY",
     "satellite navigation", 2),
    ("Pilots reported GPS jamming near the border.", "MILITARY", "GPS jamming", 2),
    ("The sanctions freeze any assets the firms hold in Britain.", "SANCTIONS",
     "freeze any assets", 3),
    ("An explosive charge tore up the track.", "TERRORISM", "explosive charge", 2),
    ("Ships were rerouted around the cape.", "SUPPLY_CHAIN", "reroute", 1),
    ("Cattle raiders killed two herders and drove off 300 cows.", "CRIME", "cattle raiders", 3),
    ("Police blamed cattle rustling for the clashes.", "CRIME", "cattle rustling", 3),
    ("A private equity firm bought the chain.", "ECONOMY", "private equity", 3),
    ("The government plans to privatise the water utility.", "ECONOMY", "privatise", 2),
    ("The government plans to privatize the water utility.", "ECONOMY", "privatise", 2),
    ("Pensions were frozen for a year.", "ECONOMY", "pension", 2),
    ("Household incomes fell again.", "ECONOMY", "household income", 3),
])
def test_sweep_words_count_with_their_weight(nlp_en, text, code, term, weight):
    assert _weights(nlp_en, text, code).get(term) == weight


def test_an_explosive_charge_is_no_criminal_charge(nlp_en):
    assert "charge" not in _weights(nlp_en, "A second explosive charge was found under the rail.",
                                    "CRIME")


def test_gps_jamming_is_no_technology_story(nlp_en):
    assert "GPS" not in _weights(nlp_en, "GPS jamming turned back two flights.", "TECHNOLOGY")


@pytest.mark.parametrize("text, code", [
    ("The strongest geomagnetic storm in years hit on Wednesday.", "CLIMATE"),
    ("A solar storm scrambled radio links.", "ENERGY"),
    ("A solar storm scrambled radio links.", "CLIMATE"),
    ("He said the gangs had turned the roads into war zones.", "ARMED_CONFLICT"),
])
def test_storms_on_the_sun_and_war_zones_of_speech_tell_no_theme(nlp_en, text, code):
    assert _weights(nlp_en, text, code) == {}


def test_plural_duplicates_left_out_are_still_matched(nlp_en):
    climate = taxonomy()["CLIMATE"].terms_en
    assert "wildfires" not in climate and "greenhouse gases" not in climate
    assert _weights(nlp_en, "Wildfires spread as greenhouse gases rose.", "CLIMATE") == {
        "wildfire": 2, "greenhouse gas": 3}


def test_spellings_left_out_are_matched_by_the_term_kept(nlp_en):
    climate = taxonomy()["CLIMATE"].terms_en
    assert "net zero" not in climate and "decarbonization" not in climate
    found = _weights(nlp_en, "The plan aims at net zero and the decarbonization of steel.",
                     "CLIMATE")
    assert found == {"net-zero": 3, "decarbonisation": 3}



def test_crime_plurals_left_out_are_matched_by_the_singular(nlp_en):
    crime = taxonomy()["CRIME"].terms_en
    assert "criminal gangs" not in crime and "financial crimes" not in crime
    found = _weights(nlp_en, "Criminal gangs ran the port; financial crimes rose.", "CRIME")
    assert found["criminal gang"] == 3 and found["financial crime"] == 3
