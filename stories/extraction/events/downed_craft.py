"""An aircraft that went down: "the plane went down shortly after takeoff", "the night TWA
Flight 800 went down", "a helicopter came down in a field".

A verb of motion counts only with a place it goes to or a thing it moves (events.motion); an
aircraft going or coming down names neither, yet in news English it is the crash the story is
about. Only an aircraft's: "prices went down", "the sun went down" are no happening. The
particle "down" is the word right after the verb, with no object ("went down the runway" is a
way along), and the subject's head names the craft ("plane", "jet", "helicopter", "Flight" in
a flight's name), not a thing a craft word only qualifies ("jet fuel prices", "flight delays").
"""

from __future__ import annotations

from spacy.tokens import Token

_CRAFT = frozenset(
    {
        "plane",
        "airplane",
        "aeroplane",
        "aircraft",
        "airliner",
        "jet",
        "jetliner",
        "helicopter",
        "chopper",
        "flight",
        "seaplane",
        "glider",
        "bomber",
        "fighter",
        "drone",
    }
)
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def craft_went_down(verb: Token) -> bool:
    """Whether `verb` is "go"/"come" with "down" right after it and an aircraft as subject."""
    if verb.lemma_.lower() not in ("go", "come"):
        return False
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is None or after.lower_ != "down" or after.head != verb:
        return False
    if any(c.dep_ == "pobj" for c in after.children):
        return False  # "went down the runway": a way along, not a fall
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return False
    if subject.lemma_.lower() in _CRAFT:
        return True  # "the plane", "TWA Flight 800", "the Air France jet"
    # a flight's number read as the head ("Flight 800"); a craft word only qualifying a thing
    # is none ("jet fuel prices", "flight delays", "drone sales")
    return subject.pos_ == "NUM" and any(
        t.lemma_.lower() in _CRAFT for t in subject.subtree if t.i < subject.i
    )
