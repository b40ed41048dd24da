"""A position a source says it takes, told in the present under a past saying: "the
administration said it categorically rejects the proposals", "the ministry said it condemns
the attack".

English reports a saying's content in the past tense ("said it rejected"); a present tense kept
under a past "said" is the source's own words at that moment, and with a verb that takes a
position (reject, deny, condemn, welcome…: events.speech.POSITION_VERBS) those words are the act
itself: saying "we reject the proposals" is rejecting them. So the clause is no present state
of the kind an undated present describes ("the company employs 450 people"): it reports a
position taken when the saying was made, and is told as done.

Only for a position on a given thing: a definite or owned object ("the proposals", "its
report", "Acme's bid") or a said thing ("denies that it …"). With a quantified or generic
object ("rejects about half of all applicants", "denies most claims", "rejects applications
from …") the present tells a standing practice, no act done when it was said.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import ATTRIBUTION_VERBS, DEFINITE_DETERMINERS

_PRESENT = frozenset({"VBZ", "VBP"})
# Words that say the source's saying is no position of its own now.
_AUXILIARY_DEPS = frozenset({"aux", "auxpass", "neg"})


def taken_when_said(verb: Token) -> bool:
    """Whether `verb` is a position verb in the simple present, the clause a past saying
    reports, with a subject and an object of its own."""
    # Read here: events.speech reads the mention index, which reads events.noise, which asks this.
    from stories.extraction.events.speech import POSITION_VERBS

    if verb.lemma_.lower() not in POSITION_VERBS or verb.tag_ not in _PRESENT:
        return False
    if verb.dep_ != "ccomp" or any(c.dep_ in _AUXILIARY_DEPS for c in verb.children):
        return False
    saying = verb.head
    if saying.lemma_.lower() not in ATTRIBUTION_VERBS or saying.tag_ != "VBD":
        return False
    deps = {c.dep_ for c in verb.children}
    if "nsubj" not in deps:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return all(_given_thing(o) for o in objects)
    return "ccomp" in deps


def _given_thing(noun: Token) -> bool:
    """ "the proposals", "its report", "Acme's bid", "Acme": an object the position is on;
    not "about half of all applicants", "most claims" or a bare plural (a practice)."""
    if noun.tag_ in ("NNP", "NNPS"):
        return True
    return any(
        (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) or c.dep_ == "poss"
        for c in noun.children
    )


def position_taker(verb: Token) -> Token | None:
    """The saying's subject, which an "it" taking the position stands for: "the administration
    said it rejects": the administration. None unless `verb` is `taken_when_said`."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ != "it" or not taken_when_said(verb):
        return None
    sayer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return sayer if sayer is not None and sayer.pos_ in ("NOUN", "PROPN") else None
