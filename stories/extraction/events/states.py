"""States and summaries: clauses told in the past that report no one happening.

A timeline places happenings. Some past clauses, with no time of their own, tell something
that held over a stretch, or sum up many happenings at once, and there is no day to put them
on (the story's day they would inherit is wrong for all of them):

- a deed spread over ages the words do not measure: "the province was ruled from the coast for
  centuries", "which the family farmed for hundreds of years". A span of centuries, decades,
  generations or of "many years" is a long-standing state; a measured span ("has avoided
  trial for seven years") runs from a start the story can date, and stays;
- a deed spread over several counted occasions: "suspects were charged in only three cases",
  "in four of the cases the owners paid", "won two titles over three spells in charge": a
  tally of happenings the story sums up, as genre's habit rule reads "in each case";
- a feeling told as a passive with no one who caused it: "the clerk was infatuated with a
  colleague", "the actor was not thrilled about the change": a state of mind, not a deed
  (a named cause, "was frightened by the blast", tells of a happening, and stays);
- a feeling taken up: "the chemist became fascinated with fungi", "she had fallen in love
  with the script", "the painters found inspiration in an old map". Biography and feature
  prose tell how an interest began; the change of mind happened on no day the story knows,
  and an editor puts the deeds it led to on the timeline, not the liking;
- a passive that describes how a thing is, not what was done to it: "the hall was equipped
  with sprinklers", "the car was dented but intact" (a participle paired with an adjective
  is one too);
- a state kept up: "drivers stayed indoors", "the crews kept spirits up". A verb of
  remaining tells that nothing changed; staying at a named place ("stayed at the Ritz in
  Lyon") is a visit and stays;
- a player's stat line: "the safety played 40 snaps", "the back rushed for 101 yards". A box
  score's counts sum up a game already told; scoring ("scored 26 points") can be its news and
  is left alone, and a unit holding something ("two sacks of cocaine") is no tally.

The words are closed grammatical classes: nouns of ages and of occasions, verbs of feeling.
A clause with a date of its own ("in 1990 the firm was ruled for decades by...") is kept.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.folding import anchor_of
from stories.extraction.events.lexicon import HAPPENING_VERBS, VERB_CLASSES
from stories.extraction.mentions import EventCandidate

# Nouns of a span of ages: "for centuries", "for decades", "for generations".
_AGES = frozenset({"century", "decade", "year", "generation", "age", "lifetime", "millennium"})
# Words that count a span vaguely: "hundreds of years", "many years".
_VAGUE_COUNTS = frozenset({"hundreds", "thousands", "dozens", "scores", "many", "several"})
_SPAN_PREPOSITIONS = frozenset({"for", "over", "through", "throughout"})
# Nouns of occasions a deed can be counted over: "in three cases", "over two spells".
_OCCASIONS = frozenset({"case", "occasion", "instance", "spell", "stint", "term", "season"})
_OCCASION_PREPOSITIONS = frozenset({"in", "on", "over", "across"})
_SHARES = frozenset({"some", "many", "several", "most", "all"})
# Verbs of feeling whose passive participle names a state of mind.
_FEELINGS = frozenset(
    {"infatuate", "obsess", "fascinate", "enamor", "enamour", "besot", "preoccupy", "thrill"}
    | {"delight", "please", "disappoint", "satisfy", "dissatisfy", "annoy", "irritate"}
    | {"bore", "worry", "frighten", "scare", "terrify", "interest", "enthral", "enthrall"}
)
# Participles that say what a thing is fitted with or how it lies: "equipped with sprinklers".
_FITTED = frozenset({"equip", "furnish", "situate", "line", "stud", "adorn", "clad"})
# Verbs of remaining in a state, and what a stay at a named place is "at" or "in".
_REMAINING = frozenset({"stay", "remain"})
# Adverbs of place the parser takes for a "stay"'s object: "stayed indoors" is no halt ordered.
_ADVERBS_AS_OBJECTS = frozenset({"indoors", "outdoors", "inside", "outside", "home", "put"})
_AT = frozenset({"at", "in", "on", "inside", "near"})
_NAMED_PLACES = frozenset({"GPE", "LOC", "FAC", "ORG"})
# Verbs of coming into a state ("became fascinated", "grew fond of").
BECOMING_VERBS = frozenset({"become", "grow", "get"})
# Words of liking or interest such a verb takes: a state of mind toward something.
_TAKEN_WITH = frozenset(
    {"fascinated", "obsessed", "infatuated", "enamored", "enamoured", "besotted", "smitten"}
    | {"intrigued", "interested", "captivated", "enthralled", "hooked", "fond", "preoccupied"}
)
# Verbs that take a feeling as their object ("found inspiration in", "drew comfort from").
_TAKING = frozenset({"find", "draw", "take", "gain", "derive"})
_FELT = frozenset({"inspiration", "comfort", "solace", "pleasure", "joy", "delight"})


def states_or_sums_up(event: EventCandidate, doc: Doc) -> bool:
    """Whether a deed told as done, with no time of its own, is a state or a summary (see
    above)."""
    verb = loose_deed(event, doc)
    if verb is None:
        return False
    return (
        spread_over_ages(verb)
        or counted_over_occasions(verb)
        or feeling(verb)
        or feeling_taken_up(verb)
        or state_passive(verb)
        or state_kept(verb)
        or stat_line(verb)
    )


def spread_over_ages(verb: Token) -> bool:
    """ "ruled for centuries", "farmed for hundreds of years": a span of ages not measured."""
    return any(_unmeasured_ages(o) for o in objects_after(verb, _SPAN_PREPOSITIONS))


def counted_over_occasions(verb: Token) -> bool:
    """ "charged in three cases", "in four of the cases", "over two spells": a tally."""
    return any(_counted_occasions(o) for o in objects_after(verb, _OCCASION_PREPOSITIONS))


def objects_after(verb: Token, prepositions: frozenset[str] | set[str]) -> list[Token]:
    """The objects of the verb's prepositions among `prepositions` (also for events.profiles)."""
    return [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in prepositions
        for o in c.children
        if o.dep_ == "pobj"
    ]


def feeling(verb: Token) -> bool:
    """ "was infatuated with", "wasn't thrilled about": a passive of feeling with no agent."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in _FEELINGS:
        return False
    return agentless_passive(verb)


def feeling_taken_up(verb: Token) -> bool:
    """ "became fascinated with", "had fallen in love with", "found inspiration in": the
    start of a liking or an interest, a state of mind with no occasion of its own."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if lemma in BECOMING_VERBS:
        return any(c.dep_ in ("acomp", "attr") and c.lower_ in _TAKEN_WITH for c in children)
    if lemma == "fall":
        return any(o.lower_ == "love" for o in objects_after(verb, {"in"}))
    if lemma in _TAKING:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _FELT for c in children)
    return False


def state_passive(verb: Token) -> bool:
    """ "was equipped with", "was lined with trees", "was dented but intact": a passive
    with no agent whose participle says what a thing is fitted with or how it lies, or is
    paired with an adjective, describes a state. The adjective counts only beside a verb the
    lexicon has no class for: "was injured but conscious" still tells an injury."""
    if not agentless_passive(verb):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _FITTED:
        return True
    if lemma in VERB_CLASSES or lemma in HAPPENING_VERBS:
        return False
    return any(c.dep_ == "conj" and c.pos_ == "ADJ" for c in verb.children)


def state_kept(verb: Token) -> bool:
    """ "stayed indoors", "remained calm", "kept spirits up": no change, so no happening.
    Not staying at a named place, nor keeping a thing ("kept the money": a deed), nor a
    "stay" with an object ("the court stayed the execution": a halt ordered, a deed)."""
    lemma = verb.lemma_.lower()
    if lemma == "keep":
        return any(c.dep_ in ("prt", "acomp", "oprd") for c in verb.children) and not any(
            c.dep_ == "dobj" and _proper(c) for c in verb.children
        )
    if lemma not in _REMAINING or any(
        c.dep_ == "dobj" and c.lower_ not in _ADVERBS_AS_OBJECTS for c in verb.children
    ):
        return False
    return not any(o.ent_type_ in _NAMED_PLACES for o in objects_after(verb, _AT))


def _proper(noun: Token) -> bool:
    return noun.pos_ == "PROPN" or bool(noun.ent_type_)


def agentless_passive(verb: Token) -> bool:
    """ "was infatuated", "was raised in": a passive that names no doer ("by …"), so tells a
    state or a life rather than a deed someone did (also for events.profiles)."""
    children = list(verb.children)
    return any(c.dep_ == "auxpass" for c in children) and not any(
        c.dep_ == "agent" for c in children
    )


def passive_agent(verb: Token) -> Token | None:
    """The doer a passive names with "by" ("wounded by police", "pressured by debts"): the
    noun after "by", or None."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _unmeasured_ages(noun: Token) -> bool:
    if noun.lemma_.lower() in _AGES and noun.tag_ == "NNS":
        return not any(c.dep_ == "nummod" for c in noun.children)
    return noun.lower_ in _VAGUE_COUNTS and _of(noun, _AGES)


def _counted_occasions(noun: Token) -> bool:
    if noun.lemma_.lower() in _OCCASIONS and noun.tag_ == "NNS":
        return True
    return (noun.tag_ == "CD" or noun.lower_ in _SHARES) and _of(noun, _OCCASIONS)


def _of(noun: Token, heads: frozenset[str]) -> bool:
    """ "hundreds of years", "four of the cases": a plural of one of the heads after "of"."""
    return any(
        p.lemma_.lower() in heads and p.tag_ == "NNS"
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
    )


def loose_deed(event: EventCandidate, doc: Doc) -> Token | None:
    """The verb of a deed told as done whose date, if any, was inferred from elsewhere."""
    if event.certainty != "occurred" or event.extra.get("kind") == "noun":
        return None
    if (event.provenance.get("date") or {}).get("source") == "clause":
        return None
    if event.date_start is not None and not event.extra.get("date_inferred"):
        return None
    return anchor_of(event, doc)


# Units of a player's tally that are not scores: "snaps", "yards", "carries", "a grade".
_TALLY_UNITS = frozenset(
    {"snap", "yard", "carry", "grade", "rebound", "assist", "tackle", "reception", "pass"}
    | {"interception", "sack", "strikeout", "inning"}
)


def stat_line(verb: Token) -> bool:
    """ "played 6 snaps", "rushed for 101 yards", "caught two passes", "posted a 90.1
    grade": a counted unit of a player's tally, as the verb's object or, when the verb has
    none, after "for" ("dragged the officer for 50 yards" is a deed with a distance)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] or objects_after(verb, {"for"})
    return any(_counted_unit(t) for o in objects for t in (o, *o.conjuncts))


def _counted_unit(noun: Token) -> bool:
    """A counted tally unit; one holding something ("two sacks of cocaine") is a container,
    not a tally."""
    children = list(noun.children)
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in children):
        return False
    return noun.lemma_.lower() in _TALLY_UNITS and any(
        c.like_num or c.dep_ == "nummod" for c in children
    )
