"""Event recall on long articles, second round: a crowd gathered is a rally (PROTEST), by
a participle on the crowd or by a verb whose object is the crowd; gathering one's own
supporters or ministers is not (transforms/event_protest.py)."""
from tests.transforms.mentions import coded_with


def test_crowd_gathered_in_a_participle_is_a_protest(models):
    text = ("« Nous ne céderons rien », a lancé la syndicaliste Marie Lenoir devant des "
            "centaines de manifestants rassemblés jeudi place de la République.")
    events = coded_with(models, "fr", text, [("Marie Lenoir", "PERSON")])
    assert any(kind == "PROTEST" for kind, _, _ in events)


def test_gathering_a_crowd_is_a_protest(models):
    text = "L'intersyndicale avait réuni le 3 mai plus de 50.000 personnes dans les rues de Lyon."
    assert any(kind == "PROTEST" for kind, _, _ in coded_with(models, "fr", text, []))


def test_own_supporters_gathered_are_no_protest(models):
    text = ("« Rien n'est perdu », a déclaré le candidat Paul Mercier devant ses partisans "
            "réunis dans un gymnase de Nantes.")
    events = coded_with(models, "fr", text, [("Paul Mercier", "PERSON")])
    assert not any(kind == "PROTEST" for kind, _, _ in events)


def test_gathering_ministers_is_no_protest(models):
    text = "La présidence polonaise a réuni mardi les ministres de l'Agriculture à Varsovie."
    events = coded_with(models, "fr", text, [("Varsovie", "LOCATION")])
    assert not any(kind == "PROTEST" for kind, _, _ in events)
