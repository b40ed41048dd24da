"""A person dies once: two tellings of one named person's death are one happening.

Local news tells a death by its manner in one paragraph and by the plain verb in another:
"Verduin, a father of two from Wisconsin, drowned" … "Verduin probably died Christmas Day or
Dec. 26". The clause reader makes an event of each, and the retelling rules in `identity` keep
both: the verbs differ, and the first telling often lists no person (the name stood alone as a
subject, with an apposition after it), so no first person is shared (dev: a drowning matched,
its "probably died" matching nothing).

`dies_once` joins two tellings, both as done, whose triggers are both of the lexicon's dying
class ("drown", "perish", "succumb", "die", "death"), whose subjects are one person's name
alone (the same family name, which a person either telling lists bears: "Ivo Lind", then
"Lind"), on days that do not disagree and at places that do not. A death is no deed done to
several ("Four agents died" counts; a wound, "was shot", is another happening that a death may
follow). Two people of one family ("Anna Lind", "Lena Lind", whether a title or a list of
people gives the given name), a death told as another ("Lind also died"), two names, stated
days that differ, a supposed death ("could have drowned") and a name no person bears stay
apart.
"""

from __future__ import annotations

import re

from stories.extraction.events.lexicon import NOUN_CLASSES, VERB_CLASSES
from stories.extraction.events.named_next import ANOTHER_DEED_WORDS
from stories.extraction.events.passive_retellings import days_agree
from stories.extraction.events.undergoers import places_agree, subject_and_object
from stories.extraction.mentions import EventCandidate

_DYING = "die"
_NAME_WORD = re.compile(r"[A-Z][\w’'.-]*")  # "Ivo", "Lind", "C.", "O'Neil"


def dies_once(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether the two tellings tell one named person's death."""
    if a.certainty != "occurred" or b.certainty != "occurred":
        return False
    if not (_dying(a) and _dying(b)):
        return False
    if any(w.casefold() in ANOTHER_DEED_WORDS for c in (a, b) for w in c.quote.split()):
        return False  # "Lind also died": a second death, of another of the family
    (name, whole), (other, other_whole) = _subject_name(a), _subject_name(b)
    if not name or name != other:
        return False
    listed = [{p.casefold() for p in c.people if name in p.casefold().split()} for c in (a, b)]
    if not (listed[0] | listed[1]):
        return False  # "Northgate died down": no person bears the name
    people = [listed[0] | _given(whole), listed[1] | _given(other_whole)]
    if all(people) and not people[0] & people[1]:
        return False  # "Anna Lind" and "Lena Lind": one family, two people
    return days_agree(a, b) and places_agree(a, b)


def _given(whole: str) -> set[str]:
    """The whole name a title gives when it holds more than the family name ("anna lind"): one
    person the telling names, as much as one its people list."""
    return {whole} if " " in whole else set()


def _dying(candidate: EventCandidate) -> bool:
    """The trigger is a verb or noun of the lexicon's dying class ("drown", "death")."""
    trigger = candidate.trigger
    return (VERB_CLASSES.get(trigger) or NOUN_CLASSES.get(trigger) or trigger) == _DYING


def _subject_name(candidate: EventCandidate) -> tuple[str, str]:
    """The family name and the whole name when the title's subject is a name alone ("Lind
    drowns", "Ivo Lind dies Friday"), casefolded; ("", "") otherwise (a description, a count,
    an owner)."""
    parts = subject_and_object(candidate)
    words = candidate.title.split()[: len(parts[0])] if parts else []
    if not words or not all(_NAME_WORD.fullmatch(w) for w in words):
        return "", ""
    if re.search(r"['’]s$", words[-1]):
        return "", ""  # "Lind's dog died": the owner's, not the one who died
    return words[-1].casefold(), " ".join(words).casefold()
