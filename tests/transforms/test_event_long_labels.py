"""Event recall on long online articles: reactions reported by naming something with a
condemning word ("called the levy unfair", "a qualifié la réforme de « mascarade »") are
accusations, or rejections of a proposal; the same verbs without such a word are not."""
from tests.transforms.mentions import coded_with


def test_calling_a_measure_unfair_is_an_accusation(models):
    events = coded_with(models, "en", 'Brazil has called the coffee levy "unfair and '
                                      'discriminatory".', [("Brazil", "COUNTRY")])
    assert ("ACCUSE", "Brazil", None) in events
    assert not any(kind == "CONSULT" for kind, _, _ in events)


def test_qualifier_de_with_a_condemning_noun_is_an_accusation(models):
    events = coded_with(models, "fr", "Le chef de l'opposition Ousmane Sonko a qualifié la "
                                      "réforme de « mascarade ».", [("Ousmane Sonko", "PERSON")])
    assert ("ACCUSE", "Ousmane Sonko", None) in events


def test_juger_intolerable_is_an_accusation(models):
    events = coded_with(models, "fr", "Le ministre Yvan Gil a jugé mardi « intolérable » le "
                                      "blocus des ports.", [("Yvan Gil", "PERSON")])
    assert ("ACCUSE", "Yvan Gil", None) in events


def test_a_proposal_judged_unacceptable_is_rejected(models):
    events = coded_with(models, "fr", "Le Venezuela a jugé « inacceptable » toute proposition "
                                      "de la Guyana.", [("Venezuela", "COUNTRY"),
                                                        ("Guyana", "COUNTRY")])
    assert any(kind == "REJECT" for kind, _, _ in events)
    assert not any(kind == "ACCUSE" for kind, _, _ in events)


def test_naming_without_condemnation_is_no_event(models):
    for lang, text, named in [
        ("en", "Brazil called the talks a useful first step.", [("Brazil", "COUNTRY")]),
        ("fr", "Le ministre Yvan Gil a jugé la rencontre utile.", [("Yvan Gil", "PERSON")]),
    ]:
        kinds = [kind for kind, _, _ in coded_with(models, lang, text, named)]
        assert "ACCUSE" not in kinds and "REJECT" not in kinds


def test_a_call_noun_is_no_naming_verb(models):
    events = coded_with(models, "en", "Peru dismissed Chile's call for new talks as "
                                      "unacceptable.", [("Peru", "COUNTRY"), ("Chile", "COUNTRY")])
    assert not any(kind == "ACCUSE" for kind, _, _ in events)
