"""A stance held or a condition lived with: a state told with an action verb, not a happening.

"He supported the mayor", "the tenants opposed the plan", "his mother disapproved of his work",
"the family did not approve of the book", "she suffered from asthma" look like deeds done on a
day, but English tells with these verbs what someone held or lived with over a stretch: no one
asks when the supporting or the suffering took place, and an editor puts nothing on a timeline
for it. On the dev batches every such clause kept was an event that matched no gold (a
plant's owner who "supported" a candidate, protesters who "opposed" an amendment, a family
that "did not approve of" a writer's work, defendants who "suffered from illnesses"), and none
matched one.

The class is lexical and framed: "support", "oppose" and "favour" taking an object, in the
active; "approve of" and "disapprove (of)"; "suffer from". Their look-alikes are deeds and
stay: "approved the budget" is a vote, "suffered a broken arm" an injury, "was supported by
the council" a decision done to the subject, and a count, "unanimously" or a vote ("supported
the measure 5-2", "opposed the bill in a vote", a tally in the next sentence) tells a vote;
a tally is two small counts standing alone, not a phone number ("555-0142") or a range of
years, days or ages ("2015-2019", "June 4-6", "ages 10-12"), nor a game's score in a sentence
telling a contest between sides and no vote ("the club beat its rivals 3-1"; "the
measure won approval 5-2", "the motion lost 4-3" are votes: a law or a motion is no side
in a game).
Support given to an attack or a fight ("gunners supported the assault") is a share in the
deed, and suffering from a harm ("suffered from smoke inhalation", "from burns") tells an
injury that happened, not a condition. A date of the clause's own ("opposed the plan at Tuesday's
meeting") makes the stance something done then, and it stays as well.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from stories.extraction.events.instruments import VOTED_ON
from stories.extraction.events.lexicon import NOUN_CLASSES
from stories.extraction.events.sides import contest
from stories.extraction.times.patterns import MONTH

# Verbs whose active with an object is a position held: "supported Trump", "opposed the move".
_HELD_WITH_OBJECT = frozenset({"support", "oppose", "favour", "favor"})
# Verbs of judging that hold a stance through "of": "approved of his work".
_HELD_THROUGH_OF = frozenset({"approve", "disapprove"})
# Every verb below that can tell a stance at all (the rest are asked nothing more).
_STANCE_VERBS = _HELD_WITH_OBJECT | _HELD_THROUGH_OF | {"suffer"}
# Words that tell a vote was taken on the thing supported or opposed.
_VOTED = frozenset({"unanimously"})
# Nouns that, after a preposition of the verb, name the vote it was done in: "in a vote".
_VOTES = frozenset({"vote", "ballot"})
# Classes of happening nouns that support given to them is a share in: "supported the assault".
_JOINED = frozenset({"attack", "fight"})
# Harms that happen at a moment: "suffered from smoke inhalation", "from a heart attack".
_HARMS = frozenset(
    {"injury", "burn", "wound", "inhalation", "fracture", "concussion", "cut", "bruise",
     "hypothermia", "dehydration", "exhaustion", "shock", "stroke", "seizure", "attack",
     "overdose"}
)  # fmt: skip
# A vote's tally: two counts of one to three figures joined by a dash ("5-2", "218-210"), standing
# alone. Not a longer run of figures and dashes ("555-0142", "1-800-555-7788", "12-345-6"), not
# years ("2015-2019"), and not days after a month ("June 4-6", checked after the match).
_COUNT = r"(?:0|[1-9]\d{0,2})"
_TALLY = re.compile(rf"(?<![\w\-–/.,:]){_COUNT}\s*[-–]\s*{_COUNT}(?![\w\-–/:]|[.,]\d)")
_MONTH_BEFORE = re.compile(rf"\b{MONTH}\s*$")
# "ages 10-12", "aged 5-11", "10-12 years old", "10-12-year-olds": a range of ages.
_AGE_BEFORE = re.compile(r"\b(?:age|ages|aged)\s*$", re.I)
_AGE_AFTER = re.compile(r"\s*-?\s*years?\b", re.I)


def holds_a_stance(verb: Token) -> bool:
    """Whether `verb` tells a stance held ("supported the mayor", "disapproved of the book") or
    a condition lived with ("suffered from asthma") rather than something done (see above)."""
    lemma = verb.lemma_.lower()
    if lemma not in _STANCE_VERBS:
        return False  # the vote checks below cannot make any other verb a stance
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False  # "was supported by the council": done to the subject
    clause = verb.doc[verb.left_edge.i : verb.right_edge.i + 1]
    if any(c.lower_ in _VOTED for c in verb.subtree) or _votes_tally(clause):
        return False  # "supported the measure 5-2", "unanimously opposed": a vote
    if _in_a_vote(verb):
        return False  # "opposed the bill in a vote", "…the bill. The vote was 5-2."
    if lemma in _HELD_WITH_OBJECT:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        joined = lemma == "support" and any(
            NOUN_CLASSES.get(o.lemma_.lower()) in _JOINED for o in objects
        )
        return bool(objects) and not joined
    if lemma == "disapprove":
        return True
    if lemma in _HELD_THROUGH_OF or lemma == "suffer":
        wanted = "of" if lemma in _HELD_THROUGH_OF else "from"
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        through = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == wanted]
        harmed = any(o.lemma_.lower() in _HARMS for p in through for o in p.children)
        return not objects and bool(through) and not harmed
    return False


def _in_a_vote(verb: Token) -> bool:
    """ "opposed the bill in a vote of four to three", or a tally in the next sentence ("The
    vote was 5-2."): the stance was taken by voting, a happening."""
    if any(
        c.dep_ == "prep" and any(o.lemma_.lower() in _VOTES for o in c.children)
        for c in verb.children
    ):
        return True
    end = verb.sent.end
    following = verb.doc[end].sent if end < len(verb.doc) else None
    return following is not None and _votes_tally(following)


def _votes_tally(words: Span) -> bool:
    """A tally in the words that is a vote's, not a game's score ("the club beat its rivals
    3-1": a contest between sides, and no vote)."""
    if not tells_a_tally(words.text):
        return False
    game = any(contest(t) and _played(t) for t in words)
    return not game or any(t.lemma_.lower() in _VOTES for t in words)


def _played(word: Token) -> bool:
    """A contest noun ("a 3-1 win"), or a contest verb whose subject is a side ("the club
    beat"), not a law or motion that "won approval" or "lost 4-3" (events.instruments)."""
    if word.pos_ == "NOUN":
        return True
    return any(c.dep_ == "nsubj" and c.lemma_.lower() not in VOTED_ON for c in word.children)


def tells_a_tally(text: str) -> bool:
    """Whether the text writes a vote's tally: two small counts joined by a dash ("5-2",
    "218-210"), not a phone number, a range of years, days or ages, or part of a longer
    number."""
    return any(
        _MONTH_BEFORE.search(text, 0, match.start()) is None
        and _AGE_BEFORE.search(text, 0, match.start()) is None
        and _AGE_AFTER.match(text, match.end()) is None
        for match in _TALLY.finditer(text)
    )
