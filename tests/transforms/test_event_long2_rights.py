"""Event recall on long articles, second round: suspending a right of people ("le droit
de demander l'asile", "the right to strike") is a COERCE by the state, with no target
taken from elsewhere in the sentence, not a SANCTION; suspending tariffs is not."""
from tests.transforms.mentions import coded_with


def test_suspended_right_of_asylum_is_coerce(models):
    text = ("En mars, la Hongrie avait suspendu pour six mois le droit de demander l'asile, une "
            "décision critiquée par le HCR.")
    events = coded_with(models, "fr", text, [("Hongrie", "COUNTRY"), ("HCR", "ORGANIZATION")])
    assert ("COERCE", "Hongrie", None) in events
    assert not any(kind == "SANCTION" for kind, _, _ in events)


def test_suspended_right_to_strike_in_english(models):
    text = "Last year Hungary suspended the right to strike for rail workers."
    events = coded_with(models, "en", text, [("Hungary", "COUNTRY")])
    assert any(kind == "COERCE" and source == "Hungary" for kind, source, _ in events)


def test_suspended_tariffs_are_no_coercion(models):
    text = "Le Canada a suspendu les droits de douane sur l'acier américain."
    events = coded_with(models, "fr", text, [("Canada", "COUNTRY")])
    assert not any(kind == "COERCE" for kind, _, _ in events)
