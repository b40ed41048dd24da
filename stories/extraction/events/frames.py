"""General verbs that report a happening only in some frames: "called for a ceasefire".

Verbs such as "call", "make", "put", "give" or "appear" are listed as states in
`lexicon.NON_EVENT_VERBS` because most of their uses are ("the plan calls for", "made it
clear", "appears to be"). With a particle, a preposition or an object of the right kind, the
same verbs are deeds that news reports and TimeBank annotates as events: "the minister called
for new elections", "called on the rebels to disarm", "a passerby called police", "the
suspect appeared in court", "made his way to the border", "gave evidence", "put forward a
plan". `lexicon.VERB_FRAMES` lists those frames (with product_recalls.py's "recalled its
products"); a site is built for a frame only, and only when told as something done (a tense
of its own and a subject, not the present of a description).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.frame_slots import slot_frame
from stories.extraction.events.lexicon import NOUN_CLASSES, SLOT_FRAMES
from stories.extraction.events.lexicon import VERB_FRAMES as _LEXICON_FRAMES
from stories.extraction.events.planned_frames import plan_governor, planned_subjects
from stories.extraction.events.product_recalls import PRODUCT_RECALL_FRAMES
from stories.extraction.events.sites import Site, site_at, tensed
from stories.extraction.events.time_phrases import TIME_ENTITIES

VERB_FRAMES = _LEXICON_FRAMES | PRODUCT_RECALL_FRAMES
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl"})
# Entities that can do a deed: a person, a body, a country or its people.
_AGENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Frames whose subject may be a happening itself: "the storm caused damage".
_CAUSES = frozenset({"cause", "cost"})
# Frames whose passive subject is the happening undergone: "the blaze was contained".
_UNDERGONE = frozenset({"contain"})
# Slot frames whose subject may be a thing: "the rash appeared in March 1998".
_EMERGING = frozenset({"appear"})
_RELATIVES = frozenset({"which", "that", "who"})
# Subjects that are a thing or a document: "it calls for", "which calls for".
_THING_SUBJECTS = frozenset({"it", "this", "that", "which", "what"})
# Stances that count as a deed only in the simple past: "expressed concern on Monday".
_PAST_ONLY = frozenset({"express"})
# What a source "asked for" or "did not respond to": a request for comment is not a happening.
_ASKINGS = frozenset(
    {"request", "query", "inquiry", "question", "message", "email", "call", "comment", "anonymity"}
)


def frame_sites(doc: Doc) -> list[Site]:
    """Verbs of the document in one of the lexicon's event frames, in text order."""
    found = []
    for token in doc:
        if token.pos_ != "VERB":
            continue
        if token.dep_ not in _CLAUSE_DEPS and plan_governor(token) is None:
            continue  # "is scheduled to appear in court" (planned_frames) is a clause too
        lemma = token.lemma_.lower()
        if (lemma not in VERB_FRAMES and lemma not in SLOT_FRAMES) or site_at(token) is not None:
            continue
        if lemma in _PAST_ONLY and token.tag_ != "VBD":
            continue  # "have expressed concerns in recent months": a stance held, not a deed
        frame = None
        if lemma in VERB_FRAMES and _done(token):
            frame = _frame_of(token, VERB_FRAMES[lemma])
        if frame is None and lemma in SLOT_FRAMES and _slot_done(token):
            frame = slot_frame(token, SLOT_FRAMES[lemma])
        if frame is not None:
            found.append(Site(token, f"{lemma} {frame[0]}".strip(), frame[1], "verb"))
    return found


def _done(verb: Token) -> bool:
    """Told as a deed: a tense of its own, a subject that is not a thing, and not the simple
    present of a description ("the law calls for", "the job gives access")."""
    subjects = _told_subjects(verb)
    if subjects is None:
        return False
    if verb.lemma_.lower() in _CAUSES:
        return bool(subjects) and all(s.lower_ not in _THING_SUBJECTS for s in subjects)
    if verb.lemma_.lower() in _UNDERGONE and any(s.dep_ == "nsubjpass" for s in subjects):
        return not _in_part(verb)
    return bool(subjects) and all(_agent(s) for s in subjects)


def _in_part(verb: Token) -> bool:
    """ "was 60 percent contained": a share of the work done so far, a state, not the end."""
    return any(
        c.dep_ in ("advmod", "npadvmod") and any(t.like_num for t in c.subtree)
        for c in verb.children
    )


def _slot_done(verb: Token) -> bool:
    """Told as done, for a slot frame: a tense of its own, not the simple present of a
    description, and a subject. A relative pronoun stands for the noun it hangs on ("the
    fund, which gave $3 million"); one subject that can act is enough when the parse adds a
    second that cannot (a happening read as a subject); and what emerges may be a thing
    ("the rash appeared in 1998")."""
    subjects = _told_subjects(verb)
    if subjects is None:
        return False
    if verb.lemma_.lower() in _EMERGING:
        return bool(subjects)
    if verb.dep_ == "relcl":
        subjects = [verb.head if s.lower_ in _RELATIVES else s for s in subjects]
    return any(_agent(s) for s in subjects)


def _told_subjects(verb: Token) -> list[Token] | None:
    """The subjects of a verb told with a tense of its own, not in the simple present of a
    description; a verb joined to another by "and" shares that verb's, and a bare infinitive
    under a plan ("is due to appear") its plan's (events.planned_frames). None when not told
    so."""
    if (governor := plan_governor(verb)) is not None:
        return planned_subjects(governor)
    if not tensed(verb):
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP") and not auxiliaries:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects


def _agent(subject: Token) -> bool:
    """Someone or something that can act, not a thing nor a happening: "Deaths called on the
    government" is a misreading of a headline, not a deed."""
    if subject.lower_ in _THING_SUBJECTS:
        return False
    return subject.ent_type_ in _AGENTS or subject.lemma_.lower() not in NOUN_CLASSES


def _frame_of(verb: Token, frames: dict[str, str]) -> tuple[str, str] | None:
    """The first frame of the verb's table its dependents fill: the words after the verb in
    the event's trigger (what a title says after the verb, as a particle) and its class."""
    if "passive:NOUN" in frames and _named_as(verb):
        return "", frames["passive:NOUN"]
    if any(c.dep_ in ("oprd", "ccomp") for c in verb.children):
        return None  # "called it a disgrace", "made clear that": a judgement, not a deed
    for child in verb.children:
        word, lemma = child.lower_, child.lemma_.lower()
        if child.dep_ == "prt" and word in frames and _filled(child, verb):
            return word, frames[word]  # "put up": the title adds the object
        if child.dep_ == "prep" and word in frames and _filled(child, verb):
            return f"{word} {_named_object(child)}".strip(), frames[word]  # "call for talks"
        if child.dep_ in ("dobj", "nsubjpass"):
            if f"obj:{lemma}" in frames:
                return "", frames[f"obj:{lemma}"]  # "gave evidence": the title adds it
            if "obj:EVENT" in frames and lemma in NOUN_CLASSES:
                return "", NOUN_CLASSES[lemma]
        if child.dep_ == "prep":
            for obj in (g for g in child.children if g.dep_ == "pobj" and not _other_sense(g)):
                if f"{word}:{obj.lemma_.lower()}" in frames:
                    return f"{word} {obj.lower_}", frames[f"{word}:{obj.lemma_.lower()}"]
    return None


def _other_sense(noun: Token) -> bool:
    """A frame's noun in another sense than the frame's: a bare capitalised one inside the
    sentence is a name ("responded to the House", a chamber), though one with words of its
    name before it is still the thing ("in Lyon Magistrates' Court")."""
    bare = not any(c.dep_ in ("compound", "poss", "amod", "nummod") for c in noun.children)
    return noun.pos_ == "PROPN" and bare and noun.i > noun.sent.start


def _named_object(prep: Token) -> str:
    """The head of a preposition's object with the names it is written with: "for elections",
    "for Sinn Fein"."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return ""
    words = [c for c in obj.children if c.dep_ == "compound" and c.i < obj.i] + [obj]
    return " ".join(t.text for t in words)


def _named_as(verb: Token) -> bool:
    """ "was made a brigadier general": a passive with a noun for the post, not "was made
    public"."""
    return any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ in ("oprd", "attr") and c.pos_ == "NOUN" for c in verb.children
    )


def _filled(link: Token, verb: Token) -> bool:
    """A particle with a thing it acts on ("put up a fence", not "put him up to it" nor "put
    up with"), or a preposition taking what the verb is about: the verb has no object of its
    own ("called a friend on the island" is a phone call) and the preposition's is a noun the
    title can name ("called for talks"; "called for developing ties" adds a wish to a call
    already told), neither a day ("called on Monday") nor a request ("asked for comment")."""
    if link.dep_ == "prt":
        return any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children) and not any(
            c.dep_ == "prep" and c.lower_ in ("with", "to") for c in verb.children
        )
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    objects = [c for c in link.children if c.dep_ == "pobj"]
    return bool(objects) and all(
        o.ent_type_ not in TIME_ENTITIES and o.lemma_.lower() not in _ASKINGS for o in objects
    )
