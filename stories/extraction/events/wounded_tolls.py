"""The hurt counted beside the dead in one toll: one happening.

News gives a deadly happening's toll in one sentence, the dead and then the hurt: "Two
Palestinians were killed and three were wounded early Saturday", "Some 14 people were killed
and scores were injured, including the minister". The clause reader makes an event of each
verb, and no retelling rule in `identity` joins them (the subjects are two counts of people, and
the verbs differ). An editor keeps one event, the toll ("Two people die and three are hurt in
the clash", as the LGL dev gold tells every such sentence), and the hurt telling of it matched
nothing.

`wounded_in_the_toll` joins a telling of the hurt ("injure", "wound", "hurt", "suffered
injuries") to the killing, dying or blow ("was struck and suffered non-life threatening
injuries") told just before it in the same sentence when only "and" stands between the two
clauses, both are told as done and their days and places do not disagree; the first stays.
The hurt clause must belong to the same happening by its grammar: it has no subject of its own
("killed three people and wounded 12 others", "was struck and suffered injuries"), it is told in
the passive, the toll's second count ("and three were wounded"), or its subject is the
killing's own ("he killed his wife and he injured her sister"). A hurt dealt by another actor
is another happening even when "and" joins it ("Israel struck Gaza and a rocket injured two
Israelis in Sderot"; "The Yankees beat the Red Sox and Judge hurt his wrist"). "Beat" is no
blow here: in news it is as often a defeat.
A wounding told on its own stays an event: in a sentence of its own ("Garner was wounded in the
leg"), or set apart by another word ("was stabbed to death, while another man was critically
injured in an attempt to stop the assailant").
"""

from __future__ import annotations

import re

from stories.extraction.events.dates import dates_overlap
from stories.extraction.events.lexicon import NOUN_CLASSES, VERB_CLASSES
from stories.extraction.events.undergoers import period_of, places_agree
from stories.extraction.mentions import EventCandidate

_HURT = frozenset({"injure", "wound", "hurt", "injury"})  # "injury": "suffered injuries"
_DEADLY = frozenset({"kill", "die"})  # the lexicon's classes of killing and dying
# Blows dealt to a person, whose hurt is their toll: "was struck and suffered injuries".
_BLOWS = frozenset({"strike", "hit", "shoot", "stab", "punch", "assault"})
_JOINED = "and"
# The words telling the hurt in its clause: "injured", "were wounded", "suffered injuries".
_HURT_WORD = re.compile(r"\b(?:injur|wound|hurt|suffer|sustain)\w*", re.IGNORECASE)
# A passive's auxiliary, and adverbs, just before the hurt: "were (critically) injured".
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are|got|get|gets)(?:\s+\w+ly)*\s*$")
# Adverbs alone before the hurt leave it without a subject of its own: "and (also) seriously
# wounded six others".
_ADVERBS = re.compile(r"(?:(?:[a-z]+ly|also|then|later|again|even|further)\s*)+")


def wounded_in_the_toll(dead: EventCandidate, hurt: EventCandidate) -> bool:
    """Whether `hurt` counts the hurt of the happening `dead` counts the dead of, in the same
    sentence right after it ("… were killed and three were wounded")."""
    if hurt.trigger not in _HURT or dead.trigger in _HURT or not _deadly(dead):
        return False
    if dead.certainty != "occurred" or hurt.certainty != "occurred":
        return False
    if "noun" in (dead.extra.get("kind"), hurt.extra.get("kind")):
        return False
    if not _joined_by_and(dead, hurt) or not _hurt_of_the_same_happening(dead, hurt):
        return False
    if dead.date_start and hurt.date_start and not dates_overlap(period_of(dead), period_of(hurt)):
        return False
    return places_agree(dead, hurt)


def _deadly(candidate: EventCandidate) -> bool:
    """A killing, a death, or a blow dealt to a person."""
    lemma = candidate.trigger
    if lemma in _BLOWS:
        return True
    return (VERB_CLASSES.get(lemma) or NOUN_CLASSES.get(lemma) or lemma) in _DEADLY


def _joined_by_and(dead: EventCandidate, hurt: EventCandidate) -> bool:
    """The two clauses stand in one sentence, the killing first, with only "and" (or ", and")
    between them."""
    sentence = dead.summary
    if not sentence or sentence != hurt.summary or dead.start >= hurt.start:
        return False
    first = sentence.find(dead.quote)
    if first < 0:
        return False
    end = first + len(dead.quote)
    second = sentence.find(hurt.quote, end)
    if second < 0:
        return False
    return sentence[end:second].strip(" ,").casefold() == _JOINED


def _hurt_of_the_same_happening(dead: EventCandidate, hurt: EventCandidate) -> bool:
    """The hurt clause has no subject of its own, is passive, or shares the killing's subject:
    not a wounding dealt by another actor ("and a rocket injured two Israelis")."""
    word = _HURT_WORD.search(hurt.quote)
    if word is None:
        return False
    before = hurt.quote[: word.start()].strip()
    if not before or _PASSIVE.search(before) or _ADVERBS.fullmatch(before):
        return True  # "and wounded 12 others", "and three were wounded", "and also wounded"
    subject = before.casefold()
    return dead.quote.casefold().startswith(subject + " ")  # "he killed … and he injured"
