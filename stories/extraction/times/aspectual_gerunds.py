"""A gerund after a verb of beginning, going on or ending has that verb's time.

English tells the phase of a happening with an aspectual verb and a bare "-ing" complement:
"will begin withdrawing troops on Friday", "is expected to start operating in September",
"stopped pumping oil on Monday". The gerund carries no tense of its own, so a time hung on it
(the parser attaches "on Friday" to "withdrawing") takes the direction of the aspectual verb
that governs it: the coming Friday after "will begin", the last one after "began". Other verbs
taking a gerund ("recalls meeting him on Friday", "denied taking the money in May") tell of a
deed apart from their own time, so their tense says nothing of the gerund's and is not lent.
"""

from __future__ import annotations

from spacy.tokens import Token

# Closed class: verbs naming a phase (start, continuation, end) of the happening their
# "-ing" complement names.
ASPECTUAL_WITH_GERUND = frozenset(
    {"begin", "start", "resume", "continue", "keep", "stop", "cease", "finish", "quit"}
)


def aspectual_governor(verb: Token) -> Token | None:
    """The aspectual verb whose bare gerund complement `verb` is ("begin" for "withdrawing" in
    "will begin withdrawing"), else None: a gerund with an auxiliary of its own ("is
    withdrawing"), or one under another verb ("recalls meeting"), keeps its own reading."""
    if verb.tag_ != "VBG" or verb.dep_ != "xcomp" or verb.head is verb:
        return None
    if any(child.dep_ in ("aux", "auxpass") for child in verb.children):
        return None
    governor = verb.head
    if governor.pos_ not in ("VERB", "AUX") or governor.lemma_.lower() not in ASPECTUAL_WITH_GERUND:
        return None
    return governor
