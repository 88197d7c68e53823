"""Bodies whose generic name many states share take the state the text gives them:
"le Conseil constitutionnel camerounais", "Cameroonian Constitutional Council",
"Norway's Labour Party", "Mutharika's Democratic Progressive Party", "Prime Minister
Jonas Gahr Store, whose Labour Party won".

The dictionary holds one entry per such name (Constitutional Council -> FRA, Labour
Party -> GBR, Democratic Progressive Party -> TWN), the one the news names most. A
demonym on the body, or the country or person owning it, says which state's body the
story means; every mention of that body in the article follows. Only bodies whose name
says what kind of body they are change country: a company named after its owner
("Musk's Tesla", "le chinois Wingtech") keeps the country of its seat.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from transforms.actor_rules.context_country import STATE_BODIES
from transforms.actor_rules.vocab import Candidate
from transforms.records import Actor
from transforms.countries import ADJECTIVE_INDEX, norm

# Words that name a kind of state body or party: every state has one of these.
_GENERIC_BODY_WORDS = {norm(w) for w in """
party council commission court assembly parliament senate congress ministry department
police army guard front electoral constitutional supreme league alliance
parti conseil commission cour tribunal assemblée parlement sénat congrès ministère
police armée garde front électorale constitutionnel constitutionnelle suprême ligue
""".split()}
_POSSESSIVE = {"'s", "’s", "'", "’"}


def _generic(cand: Candidate) -> bool:
    return cand.actor.actor_type == "ORGANIZATION" and cand.actor.country_code is not None \
        and cand.source in ("dict", "body") \
        and any(norm(w) in _GENERIC_BODY_WORDS for w in cand.actor.name.split())


def _owner_before(doc: Doc, cand: Candidate, by_end: dict[int, Candidate],
                  lower_keys: list[str]) -> str | None:
    """Country of "Norway's", "Mutharika's", "Store, whose" or "Cameroonian" before `cand`."""
    k = cand.start
    if k >= 2 and doc[k - 1].text in _POSSESSIVE and k - 1 in by_end:
        owner = by_end[k - 1].actor
        return owner.country_code if owner.actor_type in ("COUNTRY", "PERSON") else None
    if k >= 3 and lower_keys[k - 1] == "whose" and doc[k - 2].text == "," and k - 2 in by_end:
        owner = by_end[k - 2].actor
        return owner.country_code if owner.actor_type == "PERSON" else None
    if k >= 1 and doc[k - 1].text[:1].isupper() and not doc[k - 1].is_sent_start:
        return ADJECTIVE_INDEX.get(lower_keys[k - 1])
    return None


def _demonym_after(doc: Doc, cand: Candidate, lower_keys: list[str]) -> str | None:
    """"le Conseil constitutionnel camerounais": a French demonym right after the body."""
    k = cand.end
    if k < len(doc) and doc[k].text.islower():
        return ADJECTIVE_INDEX.get(lower_keys[k])
    return None


def owned_bodies(doc: Doc, chosen: list[Candidate], lower_keys: list[str]) -> list[Candidate]:
    """`chosen` with generic state bodies moved to the state the text qualifies them with."""
    bodies = [c for c in chosen if _generic(c)]
    if not bodies:
        return chosen
    by_end = {c.end: c for c in chosen}
    owners: dict[str, str] = {}
    for cand in bodies:
        code = _owner_before(doc, cand, by_end, lower_keys) or _demonym_after(doc, cand, lower_keys)
        if code and code != cand.actor.country_code:
            owners.setdefault(cand.actor.name, code)
    for cand in bodies:
        code = _story_country(chosen, cand)
        if code:
            owners.setdefault(cand.actor.name, code)
    if not owners:
        return chosen
    return [replace(c, actor=_owned(c.actor, owners[c.actor.name]))
            if _generic(c) and c.actor.name in owners else c for c in chosen]


_PARTY_WORDS = {"party", "parti"}


def _story_country(chosen: list[Candidate], cand: Candidate) -> str | None:
    """A party many states have ("Labour Party", GBR in the data) in a story that never
    names its dictionary state is the party of the state the story is about: the one its
    people and places name most, at least twice and more than any other (New Zealand's
    Labour Party in a story on a doctors' strike in Wellington)."""
    if not any(norm(w) in _PARTY_WORDS for w in cand.actor.name.split()):
        return None
    counts: dict[str, int] = {}
    for c in chosen:
        if c.actor.actor_type in ("COUNTRY", "LOCATION", "PERSON") and c.actor.country_code:
            counts[c.actor.country_code] = counts.get(c.actor.country_code, 0) + 1
    if not counts or counts.get(cand.actor.country_code):
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    best, n = ranked[0]
    if n >= 2 and (len(ranked) == 1 or n > ranked[1][1]):
        return best
    return None


# A kind of body another state names its own way ("Spain's Congress" is the Congress of
# Deputies; Peru's Congress is "Congress", as the United States' is).
_OWN_NAMES = {("Congress", "ESP"): "Congress of Deputies",
              ("Congress", "NCL"): "Congress of New Caledonia"}


def _owned(actor: Actor, code: str) -> Actor:
    name = _OWN_NAMES.get((actor.name, code), actor.name)
    return replace(actor, name=name, country_code=code)


def possessed_unknown_bodies(doc: Doc, chosen: list[Candidate],
                             lower_keys: list[str]) -> list[Candidate]:
    """"The Philippines' Department of Migrant Workers", "Kenya's Anti-Doping Agency": a body
    no dictionary knows takes the state that owns it in the text, before the article's
    context guesses one."""
    by_end = {c.end: c for c in chosen}
    out = []
    for c in chosen:
        if c.source == "ner" and c.actor.actor_type == "ORGANIZATION" \
                and c.actor.country_code is None and c.start >= 2 \
                and doc[c.start - 1].text in _POSSESSIVE and c.start - 1 in by_end \
                and by_end[c.start - 1].actor.actor_type == "COUNTRY":
            c = replace(c, actor=replace(c.actor,
                                         country_code=by_end[c.start - 1].actor.country_code))
        out.append(c)
    return out


# The UN body's bare name, which states give their own security councils too.
_BARE_SECURITY_COUNCIL = {"security council", "conseil de securite"}


def national_security_councils(doc: Doc, chosen: list[Candidate],
                               lower_keys: list[str]) -> list[Candidate]:
    """"the Russian Security Council", "Russia's Security Council", "le Conseil de sécurité
    russe": a state's own security council, not the UN's, which the dictionary reads in
    the bare name. Each mention on its own: a story may name both."""
    by_end = {c.end: c for c in chosen}
    out = []
    for c in chosen:
        if c.actor.name == "UN Security Council" and norm(c.text) in _BARE_SECURITY_COUNCIL:
            code = _owner_before(doc, c, by_end, lower_keys) or _demonym_after(doc, c, lower_keys)
            if code:
                c = replace(c, actor=Actor("Security Council", "ORGANIZATION", code))
        elif c.source == "dict" and c.actor.name in STATE_BODIES:
            # "la Cour suprême brésilienne" in a story on Argentina: the demonym says whose
            code = _demonym_after(doc, c, lower_keys)
            if code:
                c = replace(c, actor=replace(c.actor, country_code=code))
        out.append(c)
    return out
