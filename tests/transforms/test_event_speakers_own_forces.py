"""A body's own forces in the clause it reports act for it: "the ministry said its air
defences had shot down 87 drones", "l'armée a affirmé que ses forces avaient frappé"."""
from tests.transforms.mentions import coded_with


def test_ministrys_own_air_defences_shot_down_drones(models):
    text = "The Defense Ministry said its air defenses had shot down 87 Ukrainian drones."
    events = coded_with(models, "en", text, [("Defense Ministry", "ORGANIZATION"),
                                             ("Ukrainian", "COUNTRY")])
    assert ("ASSAULT", "Defense Ministry", "Ukrainian") in events


def test_french_armys_own_forces_struck(models):
    text = "L'état-major malien a affirmé que ses forces avaient frappé une base du JNIM."
    events = coded_with(models, "fr", text, [("état-major malien", "ORGANIZATION"),
                                             ("JNIM", "GROUP")])
    assert ("ASSAULT", "état-major malien", "JNIM") in events


def test_possessive_outside_reported_speech_names_no_source(models):
    text = "Its forces had shot down 87 drones over the Black Sea."
    events = coded_with(models, "en", text, [])
    assert not any(source for _, source, _ in events)
