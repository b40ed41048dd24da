"""A date set straight after a scheduling participle is the date that was set, still ahead;
so is a date a setting or choosing verb takes "as" something ("set Nov. 10 as the deadline").

Headlines and reduced relatives drop the auxiliary and often the "for": "graduation set June
6", "the hearing, scheduled May 9, …", "a vote slated Tuesday". The bare participle reads as a
past ("the suspect, arrested Tuesday"), but a scheduling verb's date is the time it fixes for
its noun, not the time of the fixing, so it lies ahead of the telling like "set for June 6"
(times.tense): the coming June is meant, not the last one. A participle with its auxiliary
("bail was set Tuesday") tells when the setting was done and is left to the tense rules. Only
an amount is "set at": "bail, set Monday at $10,000" fixed a sum, so Monday is when that was
done, in the past.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from stories.extraction.times.vocab import WEEKDAYS

# Verbs whose object is given a time: the date after them is that time.
_SETTING_VERBS = frozenset({"set", "schedule", "reschedule", "slate"})
_AUXILIARY_LINKS = frozenset({"aux", "auxpass"})
# "a fund set up Tuesday", "the dog, set free Monday": a particle or a complement makes another
# verb ("set up", "set free"), whose date is its own deed's; "bail, set Monday at $10,000"
# fixes an amount, not a time.
_OTHER_SENSES = frozenset({"prt", "acomp", "oprd", "dobj"})
_AMOUNT_PREPOSITIONS = frozenset({"at"})


def set_by_a_bare_participle(root: Token, verb: Token) -> bool:
    """Whether the time whose head token is `root` hangs straight on `verb`, a bare
    scheduling participle ("graduation set June 6", "the vote, scheduled Tuesday")."""
    if root.dep_ != "npadvmod" or root.head != verb or verb.i > root.i:
        return False
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in _SETTING_VERBS:
        return False
    if any(c.dep_ == "prep" and c.lower_ in _AMOUNT_PREPOSITIONS for c in verb.children):
        return False  # "bail, set Monday at $10,000": a sum was fixed then
    return not any(c.dep_ in _AUXILIARY_LINKS | _OTHER_SENSES for c in verb.children)


# Verbs that fix or choose a time: "set Nov. 10 as the deadline", "picked Saturday as the day".
_CHOOSING_VERBS = _SETTING_VERBS | frozenset({"fix", "pick", "choose", "name", "designate"})


def set_as_a_time(root: Token, verb: Token) -> bool:
    """Whether the time whose head token is `root` is what `verb` fixed, written straight
    after it and named "as" something: "Dunkin' has set Nov. 10 as the deadline for bids".
    The date is the deadline's, ahead of the telling, not the day the setting was done. Not
    when the setting is told as a past of its own: a past perfect ("had set March 1 as the
    deadline") or a sentence that names an earlier time of the setting ("In January, the
    agency set March 1 as ..."): the tense rules read that date."""
    if root.head != verb or root.dep_ not in ("npadvmod", "dobj") or root.i <= verb.i:
        return False
    if verb.lemma_.lower() not in _CHOOSING_VERBS:
        return False
    if any(t.text in WEEKDAYS for t in root.subtree):
        return False  # "a week ago, he picked Saturday night as the time": that week's Saturday
    if any(t.i < root.left_edge.i and t.i > verb.i for t in verb.children):
        return False  # "set bail Tuesday as ...": the date is not the object
    if any(c.dep_ in _AUXILIARY_LINKS and c.lower_ == "had" for c in verb.children):
        return False  # "Regulators had set March 1 as the deadline": a past before a past
    if any(_earlier_than_the_week(e) for e in verb.sent.ents if e.end <= verb.i):
        return False  # "In January, the agency set March 1 as ...": the setting's own time
    return any(c.dep_ == "prep" and c.lower_ == "as" and c.i > root.i for c in verb.children)


_RECENT_WORDS = frozenset({"today", "yesterday", "this", "week", "tonight"})


def _earlier_than_the_week(entity: Span) -> bool:
    """A time named before the verb that lies before the telling's recent days ("In January",
    "Last year"); a weekday, "today", "yesterday", "tonight", "this week" or "last week" is the
    setting's recent day, the date still ahead ("The board on Monday set March 5 as the date")."""
    if entity.label_ not in ("DATE", "TIME"):
        return False
    return not any(t.text in WEEKDAYS or t.lower_ in _RECENT_WORDS for t in entity)
