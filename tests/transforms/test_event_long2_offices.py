"""Event recall on long articles, second round: an office noun as subject ("le Premier
ministre") refers to the person named up to four sentences back when a quote cut into
sentences stands between them; a pronoun still looks two sentences back only."""
from datetime import date

from tests.transforms.mentions import coded_with


def test_office_noun_after_a_quote_is_the_person_named_before(models):
    text = ("Le Premier ministre Luc Martens a annoncé mardi un accord sur les retraites. "
            "« Nous avons tenu parole. Il fallait agir », a-t-il dit devant la presse. "
            "Le Premier ministre avait menacé de démissionner en cas d'échec.")
    events = coded_with(models, "fr", text, [("Luc Martens", "PERSON")], date(2026, 3, 12))
    assert ("THREATEN", "Luc Martens", None) in events
