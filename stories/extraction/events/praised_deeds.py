"""A deed told as the reason for praise or thanks: "a guard hailed for stopping the gunman",
"she was credited with saving the boy".

A bare participle hung on another clause mostly says how or why ("left, slamming the door"),
and such side clauses are no events. After "for" or "with" under a verb of praise, reward or
thanks, the participle with an object of its own names the deed the praise is for: it was
done, by the one praised, and it is often the very happening the story reports. "with" names
the deed only under "credit" ("credited with saving the boy"); under the others it names what
was given ("rewarded with hosting the final": the reward, not a deed done).
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of praising, honouring, rewarding or thanking someone for a deed.
_PRAISE = frozenset(
    {"hail", "praise", "credit", "honor", "honour", "thank", "commend", "reward", "laud", "applaud"}
)
# Verbs whose "with" names the deed credited rather than what was given.
_CREDITING = frozenset({"credit"})


def praised_deed(verb: Token) -> bool:
    """Whether `verb` is a gerund acting on an object after "for" under a verb of praise,
    or after "with" under "credit": "hailed as a hero for stopping the gunman"."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return False
    preposition = verb.head
    praise = preposition.head.lemma_.lower()
    if praise not in _PRAISE:
        return False
    if preposition.lower_ != "for" and not (preposition.lower_ == "with" and praise in _CREDITING):
        return False
    return any(c.dep_ == "dobj" for c in verb.children)
