"""A person dies once: two tellings of one named person's death are one happening.

Local news tells a death by its manner in one paragraph and by the plain verb in another:
"Verduin, a father of two from Wisconsin, drowned" … "Verduin probably died Christmas Day or
Dec. 26". The clause reader makes an event of each, and the retelling rules in `identity` keep
both: the verbs differ, and the first telling often lists no person (the name stood alone as a
subject, with an apposition after it), so no first person is shared (dev: a drowning matched,
its "probably died" matching nothing).

`dies_once` joins two tellings, both as done, whose triggers are both of the lexicon's dying
class ("drown", "perish", "succumb", "die", "death"), whose subjects are one bare name (the
same capitalised word, which a person either telling lists bears), on days that do not
disagree and at places that do not. A death is no deed done to several ("Four agents died"
counts; a wound, "was shot", is another happening that a death may follow). Two people of one
family ("Anna Lind", "Lena Lind"), two names, stated days that differ, a supposed death
("could have drowned") and a name no person bears stay apart.
"""

from __future__ import annotations

import re

from stories.extraction.events.lexicon import NOUN_CLASSES, VERB_CLASSES
from stories.extraction.events.passive_retellings import days_agree
from stories.extraction.events.undergoers import places_agree
from stories.extraction.mentions import EventCandidate

_DYING = "die"


def dies_once(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether the two tellings tell one named person's death."""
    if a.certainty != "occurred" or b.certainty != "occurred":
        return False
    if not (_dying(a) and _dying(b)):
        return False
    name = _subject_name(a)
    if not name or name != _subject_name(b):
        return False
    people = [{p for p in c.people if name in p.casefold().split()} for c in (a, b)]
    if not (people[0] | people[1]):
        return False  # "Northgate died down": no person bears the name
    if all(people) and not people[0] & people[1]:
        return False  # "Anna Lind" and "Lena Lind": one family, two people
    return days_agree(a, b) and places_agree(a, b)


def _dying(candidate: EventCandidate) -> bool:
    trigger = candidate.trigger
    return (VERB_CLASSES.get(trigger) or NOUN_CLASSES.get(trigger) or trigger) == _DYING


def _subject_name(candidate: EventCandidate) -> str:
    """The title's subject when it is one capitalised word before the verb ("Lind drowns",
    "Lind dies Friday"), casefolded; "" otherwise (a description, a count, an owner)."""
    words = candidate.title.split()
    if len(words) < 2:
        return ""
    first = words[0]
    if not re.fullmatch(r"[A-Z][\w’'-]*[^\W\d_]", first) or re.search(r"['’]s$", first):
        return ""
    return first.casefold()
