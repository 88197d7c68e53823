"""Praise voiced in a side clause of a statement is the speaker's SUPPORT: "Trump wrote on
social media, thanking Qatar", "a parlé aux journalistes, remerciant l'Allemagne"."""
from tests.transforms.mentions import coded_with


def test_thanking_after_a_statement_is_support(models):
    text = "President Donald Trump wrote on social media, thanking the emir of Qatar, " \
           "Sheikh Tamim bin Hamad Al Thani."
    events = coded_with(models, "en", text, [("Donald Trump", "PERSON"),
                                             ("Tamim bin Hamad Al Thani", "PERSON")])
    assert ("SUPPORT", "Donald Trump", "Tamim bin Hamad Al Thani") in events


def test_praising_after_speaking_is_support(models):
    text = "Volodymyr Zelensky spoke to reporters in Kyiv, praising Germany for its support."
    events = coded_with(models, "en", text, [("Volodymyr Zelensky", "PERSON"),
                                             ("Germany", "COUNTRY")])
    assert ("SUPPORT", "Volodymyr Zelensky", "Germany") in events


def test_french_remerciant_after_speaking_is_support(models):
    text = "Jean-Noël Barrot a parlé aux journalistes à Kiev, remerciant l'Allemagne pour " \
           "son aide."
    events = coded_with(models, "fr", text, [("Jean-Noël Barrot", "PERSON"),
                                             ("Allemagne", "COUNTRY")])
    assert ("SUPPORT", "Jean-Noël Barrot", "Allemagne") in events
