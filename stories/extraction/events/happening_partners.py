"""An event noun and a verb of the same happening, told in one clause or the next sentence: one.

News names a sudden happening by its noun and tells it, in the same breath, by the verb that says
what it did: "A March 7 fire, which investigators labeled an arson, gutted most of a block";
"two soldiers were hurt in an explosion … The bomb went off as they entered the shop"; "the
shooting on Elm Street … an officer shot the man twice". The clause reader makes an event of
the noun and another of the verb's clause. `identity.named_as_deed` joins a noun and the verb it
derives from only when they share a name or a stated day, and no rule joins a noun with its
lexical partner ("explosion" and "go off", "fire" and "gut"), so one happening is told twice.

`told_twice` joins such a pair when the noun names the happening the verb tells:
the verb derives from it ("shooting"/"shoot", "crash"/"crash"), or is one of the verbs English
tells that kind of happening by (an explosion goes off, a fire guts or burns, an accident is a
crash, a murder a shooting or a stabbing). The two must be told in one clause (the noun inside
the verb's clause, its subject) or in the sentence after, both as done, not count their
happenings ("fifteen brush fires were burning"), not bring in another ("another fire"), not
name different people, and agree on day and place. The verb's clause stays when it holds the
noun; else the fuller telling (`partner_stays`).
"""

from __future__ import annotations

import re

from stories.extraction.events.deed_nouns import derives_from
from stories.extraction.events.folding import own_date
from stories.extraction.events.named_next import ANOTHER_DEED_WORDS
from stories.extraction.events.passive_retellings import days_agree
from stories.extraction.events.undergoers import places_agree
from stories.extraction.mentions import EventCandidate

# Characters between the end of one telling and the start of the other: the next sentence.
NEXT_SENTENCE = 300
_STEM = 3  # a title's verb by its opening: "guts" of "gut"
# The verbs English tells each kind of sudden happening by, besides the verb its noun comes
# from. "go" counts only with "off" ("the bomb went off"); "gutte" is how the lemmatizer reads
# "gutted".
_EXPLODING = frozenset({"explode", "detonate", "go", "blow"})
_BURNING = frozenset({"burn", "gut", "gutte", "engulf"})
_CRASHING = frozenset({"crash", "collide", "overturn"})
_KILLING = frozenset({"kill", "shoot", "stab", "strangle", "gun", "slay"})
PARTNERS = {
    **dict.fromkeys(("explosion", "blast", "bombing"), _EXPLODING),
    **dict.fromkeys(("fire", "blaze", "wildfire", "inferno"), _BURNING),
    **dict.fromkeys(("crash", "accident", "collision", "wreck"), _CRASHING),
    **dict.fromkeys(("murder", "killing", "slaying", "shooting", "stabbing"), _KILLING),
}
_WORD = re.compile(r"[^\W\d_][\w-]*")
_INDEFINITE = frozenset({"a", "an"})
_BEFORE_HEAD = 3  # "a small brush fire": the article a few words before its noun
_GONE_OFF = re.compile(r"\b(?:go|goes|went|gone|going)\s+off\b", re.IGNORECASE)
# Words that count the happenings a clause tells ("fifteen brush fires", "two crashes").
_COUNTS = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"dozens?|hundreds|several|many|multiple|numerous)\b",
    re.IGNORECASE,
)


def told_twice(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether one telling names a happening by its noun and the other, in the same clause or
    the next sentence, tells it by a verb of that happening."""
    kinds = (a.extra.get("kind") == "noun", b.extra.get("kind") == "noun")
    if kinds[0] == kinds[1]:
        return False
    noun, verb = (a, b) if kinds[0] else (b, a)
    if noun.certainty != "occurred" or verb.certainty != "occurred":
        return False
    if not _tells(noun.trigger, verb) or not _near(noun, verb):
        return False
    if not nested(noun, verb) and _brought_in(max(a, b, key=lambda c: c.start), noun.trigger):
        return False  # "the fire … another fire burned a shed": a second one
    if _counted(verb) or _named_apart(noun, verb):
        return False
    dated = noun.date_start and verb.date_start
    return (not dated or days_agree(noun, verb)) and places_agree(noun, verb)


def partner_stays(earlier: EventCandidate, later: EventCandidate) -> bool:
    """Of such a pair, the later telling stays when it is the verb's clause holding the noun,
    or when it states its own day (then has a place) and the earlier does not."""
    if not told_twice(earlier, later):
        return False
    if nested(earlier, later):
        return later.extra.get("kind") != "noun"
    return _fuller(later) > _fuller(earlier)


def nested(a: EventCandidate, b: EventCandidate) -> bool:
    """One telling's words lie inside the other's clause."""
    return a.start <= b.start < a.end or b.start <= a.start < b.end


def _near(a: EventCandidate, b: EventCandidate) -> bool:
    earlier, later = sorted((a, b), key=lambda c: c.start)
    return nested(a, b) or later.start - earlier.end <= NEXT_SENTENCE


def _tells(noun: str, verb: EventCandidate) -> bool:
    """The verb is the noun's own ("shooting"/"shoot") or one its happening is told by."""
    trigger = verb.trigger.casefold()
    if " " in trigger:
        trigger = trigger.split()[0]
    if derives_from(noun, trigger):
        return True
    if trigger not in PARTNERS.get(noun.casefold(), ()):
        return False
    return trigger != "go" or bool(_GONE_OFF.search(verb.quote))


def _counted(verb: EventCandidate) -> bool:
    """The verb's subject counts what happened: "Fifteen brush fires burn"."""
    words = verb.title.split()
    stem = verb.trigger.casefold()[:_STEM]
    at = next((n for n, w in enumerate(words) if n and w.casefold().startswith(stem)), len(words))
    return bool(_COUNTS.search(" ".join(words[:at])))


def _brought_in(candidate: EventCandidate, noun: str) -> bool:
    """The telling brings in a happening of the noun's kind with "a" ("a small fire burned",
    not "an officer shot the man") or says it is another one ("also", "a second")."""
    words = re.findall(r"[a-z]+", candidate.quote.casefold())
    if set(words) & ANOTHER_DEED_WORDS:
        return True
    kind = PARTNERS.get(noun.casefold())
    nouns = {n for n, verbs in PARTNERS.items() if verbs == kind} | {noun.casefold()}
    return any(
        w in _INDEFINITE
        and any(v.rstrip("s") in nouns for v in words[n + 1 : n + 1 + _BEFORE_HEAD])
        for n, w in enumerate(words)
    )


def _named_apart(noun: EventCandidate, verb: EventCandidate) -> bool:
    """The tellings name different people, or the noun names someone or something (a proper
    noun of its title beside its place) the verb's clause never says: "the raid on Vesk Farm"
    is not "gunmen raided the Orlan Mill"."""
    if noun.people and verb.people and not set(noun.people) & set(verb.people):
        return True
    place = noun.place.name or noun.place.text if noun.place else ""
    said = {w.casefold() for w in _WORD.findall(f"{verb.title} {verb.quote} {place}")}
    own = [w for w in _WORD.findall(noun.title)[1:] if w[:1].isupper() and len(w) > 2]
    return any(w.casefold() not in said for w in own)


def _fuller(candidate: EventCandidate) -> tuple[bool, bool]:
    return (own_date(candidate), candidate.place is not None)
