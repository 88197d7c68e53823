"""No-break and other special spaces, curly apostrophes and curly double quotes are read
as their plain forms before parsing, and put back in what is stored
(transforms/boilerplate.py, transforms/extract.py): real copy is typeset with them."""
from __future__ import annotations

from datetime import datetime

from transforms.boilerplate import as_written, text_for_parsing
from transforms.extract import extract
from transforms.records import Article

PLAIN = ("Le président Emmanuel Macron a condamné mardi l'attaque contre Kiev : « C'est "
         "inacceptable ! » a-t-il déclaré. M. Barrot a convoqué l'ambassadeur de Russie, "
         "après une frappe qui a fait 12 000 sans-abri.")
# The same text as a French site typesets it: narrow no-break spaces inside the
# guillemets and before "!" and ":", no-break spaces after "M." and inside the number.
TYPESET = (PLAIN.replace(" :", "\u202f:").replace("« ", "«\u202f").replace(" »", "\u202f»")
           .replace(" !", "\u202f!").replace("M. ", "M.\u00a0").replace("12 000", "12\u00a0000"))


def test_special_spaces_become_plain_ones_one_for_one():
    parsed = text_for_parsing("a\u00a0b\u202fc\u2009d\u3000e f")
    assert parsed == "a b c d e f"
    assert len(text_for_parsing(TYPESET)) == len(TYPESET)


def test_typeset_french_is_tokenised_as_plain_text(nlp_fr):
    # Unread, a no-break space is a token of its own ("M.", "\xa0", "Barrot") that the
    # parser hangs somewhere: the French articles of seven readable sets, typeset this
    # way, gave 498 right event types of 724 instead of 505.
    assert [t.text for t in nlp_fr(text_for_parsing(TYPESET))] == \
        [t.text for t in nlp_fr(PLAIN)]


def test_typeset_french_gives_what_plain_spaces_give(nlp_fr):
    def facts(text):
        article = Article(external_id="t", text=text, source_ref="t", title="", language="fr",
                          published_at=datetime(2026, 3, 4))
        result = extract(article, nlp_fr(text_for_parsing(text)))
        return ([(m.actor.name, m.start_char, m.end_char) for m in result.mentions],
                [(e.event_type, e.source and e.source.name, e.target and e.target.name)
                 for e in result.events])
    assert TYPESET != PLAIN
    assert facts(TYPESET) == facts(PLAIN)


CURLY = ("Le chef de l’OTAN a salué l’effort du Japon. « L’Occident doit s’appuyer sur ses "
         "alliés », a-t-il dit. “It’s a turning point,” Japan’s defence minister said.")


def test_curly_quotes_are_read_straight_and_stored_as_written(nlp_fr):
    parsed = text_for_parsing(CURLY)
    assert "’" not in parsed and "“" not in parsed and len(parsed) == len(CURLY)
    assert as_written(parsed, CURLY) == CURLY
    # a blanked line stays blank: only the characters read as plain forms come back
    assert as_written("a' b", "a’xb") == "a’ b"
    article = Article(external_id="t", text=CURLY, source_ref="t", title="", language="fr",
                      published_at=datetime(2026, 3, 4))
    result = extract(article, nlp_fr(parsed))
    assert "l’OTAN" in CURLY and any(m.mention_text == "OTAN" for m in result.mentions)
    for mention in result.mentions:
        assert CURLY[mention.start_char:mention.end_char] == mention.mention_text
    for event in result.events:
        assert event.sentence in CURLY


def test_curly_elision_reads_as_straight_one(nlp_fr):
    # "l’Occident" is the West as "l'Occident" is; "s’appuyer sur" (to rely on) is no
    # SUPPORT, as "s'appuyer sur" is not
    def facts(text):
        article = Article(external_id="t", text=text, source_ref="t", title="", language="fr",
                          published_at=datetime(2026, 3, 4))
        result = extract(article, nlp_fr(text_for_parsing(text)))
        return ({m.actor.name for m in result.mentions},
                [(e.event_type, e.source and e.source.name) for e in result.events])
    straight = ("Xi Jinping évaluera qui va sortir en tête, que ce soit l'Occident ou la "
                "Russie. Les entreprises de l'OTAN doivent s'appuyer sur leurs chaînes "
                "d'approvisionnement.")
    assert facts(straight.replace("'", "’")) == facts(straight)
