"""Acts that a general rule passes over: offers, invitations, agreements, and finds.

The general rule for verbs outside the lexicon treats a verb that takes another verb as a
frame ("began deliberating", "tried to leave": the complement is the event). Acts of will
addressed to someone are happenings of their own, as TimeBank's I_ACTION events are: "the
doctors offered to stage a clinic", "the police invited the senators to appear", "Mourinho has
agreed a deal", "the league ordered the teams to pay". Their complement stays a planned event
of its own.

"Find" is mostly a thought ("researchers found that", "the bacteria usually found in fleas");
in the past passive with where or how it was found, it is the news: "a cat has been found in
Santa Fe", "the man was found dead".

A thing reported or cited on a day of its own is one too (events.first_reports).

"Publish" is a reporting verb (it frames what a paper says), but a paper, report or study
published in a journal or on a day is the news of science and business pages: "the findings
were published today in the journal X", "a paper, which was published online in Nature".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.appointments import appointment_sites
from stories.extraction.events.first_reports import first_reported
from stories.extraction.events.frames import frame_sites
from stories.extraction.events.lexicon import LIGHT_VERBS, NOUN_CLASSES
from stories.extraction.events.sites import Site, tensed

# An attempt told in the past is a deed ("tried to steal a van"), whatever came of it.
ATTEMPT_VERBS = frozenset({"try", "attempt"})
# Acts of will addressed to someone, by class.
WILL_VERBS = {
    **dict.fromkeys(["offer", "propose"], "offer"),
    **dict.fromkeys(["invite", "summon"], "invite"),
    **dict.fromkeys(["agree", "approve", "authorize", "authorise"], "agree"),
    **dict.fromkeys(["order", "instruct", "direct"], "order"),
    **dict.fromkeys(ATTEMPT_VERBS, "attempt"),
}
FINDING_VERBS = frozenset({"find", "discover", "locate"})
PUBLISHING_VERBS = frozenset({"publish"})

_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "acl"})
_ACT_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl"})
_STATE_OF_FINDING = frozenset({"ADJ"})


def action_sites(doc: Doc) -> list[Site]:
    """Acts of will, finds and general verbs in an event frame (events.frames), in text order."""
    found = []
    for token in doc:
        if token.pos_ != "VERB" or token.dep_ not in _CLAUSE_DEPS:
            continue
        lemma = token.lemma_.lower()
        if token.dep_ not in _ACT_DEPS and lemma not in PUBLISHING_VERBS:
            continue
        if lemma in ATTEMPT_VERBS and token.tag_ != "VBD":
            continue  # "is trying to fix": an effort going on, told as a description
        if lemma in WILL_VERBS and _acts(token) and not _carries_event_noun(token):
            found.append(Site(token, lemma, WILL_VERBS[lemma], "verb"))
        elif lemma in FINDING_VERBS and _found_somewhere(token):
            found.append(Site(token, lemma, "discover", "verb"))
        elif lemma in PUBLISHING_VERBS and _published(token):
            found.append(Site(token, lemma, "publish", "verb"))
        elif first_reported(token):  # "the leak was first reported at 7 a.m."
            found.append(Site(token, lemma, "report", "verb"))
    taken = {site.anchor.i for site in found}
    found += [site for site in appointment_sites(doc) if site.anchor.i not in taken]
    taken = {site.anchor.i for site in found}  # "added X as its first CTO": one site, the hire
    framed = [site for site in frame_sites(doc) if site.anchor.i not in taken]
    return sorted(found + framed, key=lambda site: site.anchor.i)


def _acts(verb: Token) -> bool:
    """A finite act with a subject of its own and something it acts on: "offered to stage",
    "invited the senators", "agreed a deal"; not "is offered", "agreeing", nor the simple
    present of a description ("the trade war offers advantages")."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not tensed(verb) or any(c.dep_ == "auxpass" for c in auxiliaries):
        return False
    if verb.tag_ in ("VBZ", "VBP") and not auxiliaries:
        return False
    if not any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
        return False
    return any(c.dep_ in ("dobj", "xcomp") for c in verb.children)


def _carries_event_noun(verb: Token) -> bool:
    """ "ordered a new vote": the light verb's event (a planned vote) is the news."""
    return verb.lemma_.lower() in LIGHT_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in NOUN_CLASSES for c in verb.children
    )


def _found_somewhere(verb: Token) -> bool:
    """ "has been found in Santa Fe", "was found dead": a past passive with a place or a state."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.dep_ == "auxpass" for a in auxiliaries):
        return False
    if any(a.tag_ in ("VBZ", "VBP") and a.dep_ == "auxpass" for a in auxiliaries):
        return False  # "are found on broadcast networks": where they usually are
    return any(
        (c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "on", "inside"))
        or (c.dep_ in ("acomp", "oprd", "xcomp") and c.pos_ in _STATE_OF_FINDING)
        for c in verb.children
    )


def _published(verb: Token) -> bool:
    """ "was published today in the journal X", "a report published in BMJ Case Reports": a
    passive or participle publication with where ("in", "on") or when it appeared."""
    if any(c.dep_ == "dobj" for c in verb.children) or verb.tag_ != "VBN":
        return False  # "X published a statement": a reporting frame
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False  # "has published": the active perfect, a frame again
    return any(
        (c.dep_ == "prep" and c.lower_ in ("in", "on"))
        or c.ent_type_ in ("DATE", "TIME")
        or (c.dep_ == "npadvmod" and c.lower_ in ("today", "yesterday"))
        for c in verb.children
    )
