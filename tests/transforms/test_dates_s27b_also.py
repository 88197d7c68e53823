"""An undated act told with "also" by the actor of an act of the same kind dated just
before adds to that occasion and takes its day, even past a paragraph break; without
"also", or by another actor, a new paragraph keeps the report day."""
from datetime import date

import pytest
from tests.transforms.mentions import events_with_found_actors


PUBLISHED = date(2026, 11, 27)  # a Friday
TUESDAY = date(2026, 11, 24)


def dated(models, lang, text):
    return [(e.event_type, e.source.name if e.source else None, e.event_date)
            for e in events_with_found_actors(models[lang], lang, text, PUBLISHED)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Canada on Tuesday imposed sanctions on three Haitian gang leaders accused of "
           "arming militias in Port-au-Prince.\n\nOttawa said the men had smuggled weapons "
           "from Florida. Canada also froze the assets of two Haitian shipping companies."),
    ("fr", "Le Canada a imposé mardi des sanctions à trois chefs de gangs haïtiens accusés "
           "d'armer des milices à Port-au-Prince.\n\nOttawa a indiqué que ces hommes avaient "
           "fait entrer des armes depuis la Floride. Le Canada a également gelé les avoirs de "
           "deux compagnies maritimes haïtiennes."),
])
def test_an_act_told_with_also_goes_on_with_the_dated_act(models, lang, text):
    sanctions = [d for kind, source, d in dated(models, lang, text)
                 if kind == "SANCTION" and source == "Canada"]
    assert len(sanctions) >= 2 and set(sanctions) == {TUESDAY}


def test_also_by_another_actor_keeps_the_report_day(models):
    text = ("Canada on Tuesday imposed sanctions on three Haitian gang leaders.\n\n"
            "Ottawa said the men had smuggled weapons from Florida. The United States also "
            "froze the assets of two Haitian shipping companies.")
    days = [d for kind, source, d in dated(models, "en", text)
            if kind == "SANCTION" and source == "United States"]
    assert days == [PUBLISHED]
