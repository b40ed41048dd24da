"""A dated saying in the lead whose clause is about a thing that cannot act is a finding.

WHY: a dated saying whose clause tells an event is dropped as that event's frame
(events.occasioned_sayings.drop_framing_sayings): "four people died, police said Sunday" tells
the deaths, and the saying only says who told them. In a story's lead, though, when the said
clause is about a thing that cannot act (evidence, a figure, a fitting, a wound: "the wounding
was staged, investigators said Monday", "the economy created jobs in January, the government
reported on Friday", "footage reveals a pattern of killings, a rights group said"), what is news is
that the speaker found or published it: on the dev batches the rule keeps three such sayings
(AEB dev, TimeBank dev, LGL dev), each the story's key event in the gold, while none of the
seven lead sayings about what people or bodies did or suffered ("ten people have been
arrested, the ministry said") is gold, and those stay frames. A clause whose own verb has a
lexicon class ("a lorry crashed into a wall, police said") tells a happening of the thing: that
saying stays a frame too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.evidence_verbs import someone
from stories.extraction.events.folding import anchor_of
from stories.extraction.events.verb_subjects import subject_of
from stories.extraction.mentions import EventCandidate
from stories.extraction.sentence_breaks import lead_end

# The kind of site of a plain verb, with no lexicon class of its own.
_GENERAL = "general"


def tells_a_finding(
    saying: EventCandidate, content: Token, events: list[EventCandidate], doc: Doc
) -> bool:
    """Whether a lead saying's clause (`content`) is about a thing that cannot act and its own
    verb tells no happening of a lexicon class (what its relative clauses or nouns tell aside):
    the saying is then the speaker's finding."""
    if saying.start >= lead_end(doc):
        return False
    subject = subject_of(content)
    if subject is None or subject.pos_ != "NOUN" or someone(subject):
        return False
    own = [e for e in events if e is not saying and anchor_of(e, doc) == content]
    return bool(own) and all(e.extra.get("kind") == _GENERAL for e in own)
