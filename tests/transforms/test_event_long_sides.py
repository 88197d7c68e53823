"""Event recall on long online articles: "the two sides", "les deux parties", "the two
capitals" are the two states or bodies of the sentence before (the first two named), else
the two envoys it named, else the last two states or bodies named in the paragraph; a
joint act between them is one event; a single person named in between is no side."""
from tests.transforms.mentions import coded_with


def test_two_parties_after_a_pair_of_states(models):
    text = ("L'Union européenne et le Japon ont signé en 2024 un partenariat, après le Canada. "
            "Depuis, les deux parties ont tenu des consultations régulières.")
    events = coded_with(models, "fr", text, [("Union européenne", "ORGANIZATION"),
                                              ("Japon", "COUNTRY"), ("Canada", "COUNTRY")])
    assert ("CONSULT", "Union européenne", "Japon") in events


def test_two_sides_after_two_envoys(models):
    text = ("Le ministre Hakan Fidan s'est rendu à Damas, où il a été reçu par Ahmed al-Charaa. "
            "Les deux parties sont convenues de relancer les patrouilles.")
    events = coded_with(models, "fr", text, [("Hakan Fidan", "PERSON"), ("Damas", "LOCATION"),
                                              ("Ahmed al-Charaa", "PERSON")])
    assert ("AGREE", "Hakan Fidan", "Ahmed al-Charaa") in events


def test_two_sides_look_past_a_person_named_in_between(models):
    text = ("Le commissaire a visité la Corée du Sud pour l'Union européenne. "
            "Il a rencontré le ministre Cho Hyun. "
            "Les deux parties ont convenu d'un dialogue annuel.")
    events = coded_with(models, "fr", text, [("Corée du Sud", "COUNTRY"),
                                              ("Union européenne", "ORGANIZATION"),
                                              ("Cho Hyun", "PERSON")])
    assert ("AGREE", "Corée du Sud", "Union européenne") in events


def test_two_countries_working_with_a_named_partner_keep_that_target(models):
    text = ("La France et l'Equateur ont signé un accord. Les deux pays travaillent aussi avec "
            "Europol.")
    events = coded_with(models, "fr", text, [("France", "COUNTRY"), ("Equateur", "COUNTRY"),
                                              ("Europol", "ORGANIZATION")])
    assert not any(kind == "COOPERATE" and target == "Equateur" for kind, _, target in events)
