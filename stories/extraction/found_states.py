"""The state a thing was found in, read by the parser as a clause of its own, mended.

"The van was found Tuesday morning submerged in a quarry", "the boy was found Monday wandering
near the river": after a passive verb of finding and a day, a participle tells the state the
found thing was in (what English grammar calls an object complement). The small parser reads
that participle as a clause the finding takes ("found [that] … submerged") and, without a
"that" or a subject of its own, sometimes takes the day before it for its subject; the finding
then looks like a verb of evidence whose content has no subject, and neither is told. A
participle with no subject but a day, no "that" and no auxiliary, right after the day on a
passive "found", is the predicate of what was found (as "dead" in "found dead"): the finding
stays the event, dated by its day, and the state is no event of its own. With nothing between
("the van was found submerged in a pond") the parser hangs the participle on the finding as a
complement of its own and the state, not the finding, became the event; it is mended the same,
unless the participle is a deed of the lexicon ("was found stabbed"): that deed is the news.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.inflection import irregular_stems, regular_stems
from stories.extraction.events.lexicon import VERB_CLASSES
from stories.extraction.times.vocab import PARTS_OF_DAY, WEEKDAYS

# Passive verbs of finding by their form: the repair runs before the lemmatizer.
FINDINGS = frozenset({"found", "discovered", "spotted", "located"})
_PARTICIPLES = frozenset({"VBD", "VBN", "VBG"})
# A weekday and a part of the day, by their words: named entities come after the repair.
_DAY_WORDS = frozenset({d.lower() for d in WEEKDAYS} | set(PARTS_OF_DAY) | {"today", "yesterday"})


def found_state(participle: Token) -> bool:
    """Whether `participle` is the state in which a passive finding found its subject."""
    finding = participle.head
    if participle.dep_ not in ("ccomp", "xcomp") or participle.tag_ not in _PARTICIPLES:
        return False
    if finding.lower_ not in FINDINGS or finding.tag_ != "VBN" or finding.i > participle.i:
        return False
    if not any(c.dep_ == "auxpass" for c in finding.children):
        return False
    between = finding.doc[finding.i + 1 : participle.i]
    if any(t.lower_ not in _DAY_WORDS for t in between):
        return False  # only a day between, or nothing: "found (Tuesday morning) submerged"
    if not between and _deed(participle.lower_):
        return False  # "was found stabbed": what was done to it is the happening told
    for child in participle.children:
        if child.dep_ in ("mark", "aux", "auxpass", "nsubjpass"):
            return False
        if child.dep_ == "nsubj" and child.lower_ not in _DAY_WORDS:
            return False
    return True


def mend_found_state(participle: Token) -> None:
    """Make the participle the finding's predicate of its subject (as "found dead") and hang
    the day on the finding."""
    finding = participle.head
    for child in list(participle.children):
        if child.dep_ == "nsubj":
            child.head = finding
            child.dep_ = "npadvmod"
    participle.dep_ = "oprd"
    if participle.tag_ == "VBD":
        participle.tag_ = "VBN"


def _deed(form: str) -> bool:
    """Whether a participle's form is of a verb the lexicon holds as a happening ("stabbed",
    "shot"): the lemmatizer has not run yet, so every lemma the form could be spelt from."""
    stems = irregular_stems(form) + (regular_stems(form) if form.endswith("ed") else [])
    if form.endswith("ing"):
        stems += [form[:-3], form[:-3] + "e"]
    return any(stem in VERB_CLASSES for stem in stems)
