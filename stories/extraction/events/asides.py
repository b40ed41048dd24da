"""Asides: what a sentence says on the side of its story, with no time of its own.

A writer names things and comments on the way, and neither is a step of the story:

- a participle hung on a noun says which people or things are meant, by what they are known
  for: "one of three doctors elected to the board", "a report published in a trade weekly",
  "treaties declaring the strait neutral waters", "a county the senator carried by ten
  points". The noun is what the sentence talks about; the participle is how the reader is to
  know it, a description, and a timeline has no day to put it on (the story's day it would
  inherit is not when the doctors were elected). participles.py already holds verbs outside the
  lexicon to this ("undated, it stays a description"); a verb of the lexicon is no different,
  because the shape, not the verb, makes it a description;
- a clause inside round brackets is the writer's remark beside the narration ("(The last such
  strike, for comparison, dragged on into a third month.)"): the story goes on around it;
  so is a relative clause set off by dashes (dashed_relatives.py: "Beshear — whose father
  implemented the act —").

Either reports its own act when it carries a time of its own ("the model released in 2015",
"(the offer was withdrawn on Friday)"): the events rule keeps such a clause before this one is
asked, since its date is no longer inferred. A participle also reports when it names its doer
("the accord signed by the two ministers": someone did it), sets its time against another
happening ("sanctions imposed after the invasion"), or has a subject of its own in the absolute
construction ("with protests spreading", noise.absolute_subject), which tells a happening
beside the main clause's. A participle on an event noun ("the talks held in the capital") is
that happening's own telling, as a relative clause on one is (clauses._caused_by_event). And a
"participle" the parser hung on a noun may be the clause's own verb misread: after a saying
that dropped its "that", or in a sentence with no other tensed verb; then it is no aside.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from stories.extraction.doc_text import doc_text
from stories.extraction.events.dashed_relatives import in_dashed_relative
from stories.extraction.events.folding import anchor_of
from stories.extraction.events.lexicon import NOUN_CLASSES
from stories.extraction.events.noise import absolute_subject
from stories.extraction.events.predication import agentive
from stories.extraction.events.sites import has_tense
from stories.extraction.mentions import EventCandidate

_PARTICIPLES = frozenset({"VBN", "VBG"})
_NOUNS = frozenset({"NOUN", "PROPN"})
# Prepositions that set a time against another happening: "imposed after the invasion".
_RELATIVE_TIME = frozenset({"after", "before", "during", "since", "until", "following"})
# Verbs of saying, believing and judging that take a reported clause, whose "that" news prose
# drops ("the army assessed the convoy crossed the border"); not those that also take a thing
# ("cited a report published in…").
_SAYING = frozenset(
    {"say", "claim", "report", "state", "believe", "think", "know", "confirm", "add", "note"}
    | {"write", "allege", "insist", "deny", "argue", "suggest", "fear", "hope", "estimate"}
    | {"assess", "conclude", "determine", "judge", "suspect", "assume", "indicate"}
)
# A bracketed remark within one paragraph (an agency's "(Reuters)" holds no clause).
_BRACKETED = re.compile(r"\([^()\n]+\)")


def aside(event: EventCandidate, doc: Doc) -> bool:
    """Whether the event, with no time of its own, is told on the side (see above)."""
    if _own_date(event):
        return False
    if event.date_start is not None and not event.extra.get("date_inferred"):
        return False
    text = doc_text(doc)
    return describes_a_noun(event, doc) or in_brackets(event, text) or _dashed(event, doc, text)


def _dashed(event: EventCandidate, doc: Doc, text: str) -> bool:
    """Whether the event's word lies in a relative clause set off by dashes
    (events.dashed_relatives): its word, since the parser may have made the clause the root."""
    word = anchor_of(event, doc)
    return word is not None and in_dashed_relative(word.idx, text)


def describes_a_noun(event: EventCandidate, doc: Doc) -> bool:
    """Whether the event is read from a participle that describes a noun (see above). Only a
    verb's event is asked, never one read from an event noun."""
    if event.extra.get("kind") == "noun":
        return False
    verb = anchor_of(event, doc)
    if verb is None or verb.dep_ != "acl" or verb.tag_ not in _PARTICIPLES:
        return False
    noun = verb.head
    if noun.pos_ not in _NOUNS or noun.lemma_.lower() in NOUN_CLASSES:
        return False
    if absolute_subject(verb) is not None or _finite_misread(verb):
        return False
    return not any(_reports(child) for child in verb.children)


def _finite_misread(verb: Token) -> bool:
    """A participle the parser hung on a noun that is really the verb of its clause:
    after a verb of saying that dropped its "that" ("claimed a meteor struck the barn": the
    noun is the reported clause's subject), or in a sentence with no finite verb elsewhere
    ("troops deployed in the port, to guard the docks")."""
    noun = verb.head
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _SAYING:
        return True
    root = verb.sent.root
    return root != verb and not has_tense(root)


def in_brackets(event: EventCandidate, text: str) -> bool:
    """Whether the event's clause lies wholly inside one pair of round brackets."""
    begin = text.rfind("\n", 0, event.start) + 1
    end = text.find("\n", event.end)
    paragraph = _BRACKETED.finditer(text, begin, len(text) if end < 0 else end)
    return any(m.start() < event.start and event.end <= m.end() for m in paragraph)


def _reports(child: Token) -> bool:
    """A named doer ("signed by the ministers") or a time against another happening."""
    if child.dep_ == "agent":
        return any(agentive(o) for o in child.children if o.dep_ == "pobj")
    return child.dep_ == "prep" and child.lower_ in _RELATIVE_TIME


def _own_date(event: EventCandidate) -> bool:
    return (event.provenance.get("date") or {}).get("source") == "clause"
