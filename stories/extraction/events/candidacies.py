"""Filing for an office is a step of an election, even told in the present perfect.

"Both have filed for the seat", "she has qualified for the mayor's race": the perfect that
elsewhere sums up ("relations have cooled") here reports the one act that makes a candidate,
done by a deadline the election sets, as "has been charged" is a step of a prosecution. It
is read so only when the verb of entering a race takes "for" an office or a contest. A
contest ("the race", "the election") is run and voted in by others too ("runners have
registered for the race", "voters have registered for the election"), so it counts only in
its office sense ("the mayor's race", "the council election") or with a candidate filing.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of entering a race: "filed for", "qualified for", "registered for".
_ENTERING = frozenset({"file", "qualify", "register"})
# What one files for: an office, a seat or the contest for it.
_OFFICES = frozenset(
    {
        "seat",
        "seats",
        "office",
        "post",
        "position",
        "reelection",
        "re-election",
        "nomination",
        "term",
    }
)
# Contests others than candidates enter too: an office's only in the office sense.
_CONTESTS = frozenset({"election", "race", "ballot", "primary"})
# Words that make a contest an office's: "the mayor's race", "the council election".
_OFFICE_WORDS = frozenset(
    {
        "seat",
        "office",
        "post",
        "mayor",
        "mayoral",
        "council",
        "board",
        "presidency",
        "presidential",
        "nomination",
        "governor",
        "gubernatorial",
        "senate",
        "congressional",
        "legislative",
        "commission",
        "school",
        "ward",
        "district",
        "sheriff",
    }
)
# Subjects that file as candidates: "the candidates have filed for the race".
_CANDIDATES = frozenset({"candidate", "incumbent", "challenger", "contender", "nominee"})


def files_for_office(verb: Token) -> bool:
    """ "have filed for the seat": a verb of entering a race with "for" an office or contest."""
    if verb.lemma_.lower() not in _ENTERING:
        return False
    candidate = any(c.dep_ == "nsubj" and c.lemma_.lower() in _CANDIDATES for c in verb.children)
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(o.dep_ == "pobj" and _office(o, candidate) for o in prep.children)
        for prep in verb.children
    )


def _office(thing: Token, candidate: bool) -> bool:
    """An office ("the seat"), or a contest in its office sense ("the mayor's race", "the
    race for mayor") or entered by a candidate."""
    word = thing.lower_
    if word in _OFFICES:
        return True
    if word not in _CONTESTS:
        return False
    before = [t for t in thing.subtree if t.i < thing.i]  # "the city council race"
    after = [o for p in thing.children if p.lower_ in ("for", "of") for o in p.children]
    modifiers = [t.lemma_.lower() for t in before + after]
    return candidate or any(m in _OFFICE_WORDS for m in modifiers)
