"""Filing for an office is a step of an election, even told in the present perfect.

"Both have filed for the seat", "she has qualified for the mayor's race": the perfect that
elsewhere sums up ("relations have cooled") here reports the one act that makes a candidate,
done by a deadline the election sets, as "has been charged" is a step of a prosecution. It
is read so only when the verb of entering a race takes "for" an office or a contest.
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
        "election",
        "reelection",
        "re-election",
        "race",
        "ballot",
        "nomination",
        "term",
    }
)


def files_for_office(verb: Token) -> bool:
    """ "have filed for the seat": a verb of entering a race with "for" an office or contest."""
    if verb.lemma_.lower() not in _ENTERING:
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(o.dep_ == "pobj" and o.lower_ in _OFFICES for o in prep.children)
        for prep in verb.children
    )
