"""A lead's progressive that brings in or counts what it acts on: news under way, not colour.

An undated present progressive is mostly a state of affairs in news prose ("the bar is offering
oxygen", "people are talking about it", "airlines are slashing prices"), so
noise.describes_rather_than_reports and certainty read it as description. In the lead sentence,
though, features and local news give their news in the present: "Meth cooks are converting
hundreds of motel rooms into labs", "the county is drafting policies", "a state leader is
sponsoring a bill". Two things set these apart from a scene or a trend:

- an object counted by a number or a quantity ("hundreds of rooms", "300 jobs", "$2 million"):
  a bounded deed done to a measured lot, whoever does it;
- or one particular actor (a singular subject: "the county", "a state House leader", not the
  kind a bare plural names, "airlines", "more firefighters") making or proposing a new thing
  (a verb of drafting, sponsoring, building; an object with "a" or a bare plural: "a bill",
  "policies"), not working on one it already has ("is defending his group's practice", "is
  sharpening its newest weapon"), nor trading in what it deals in ("the corner shop is
  offering cheap lamps": a shop's business, colour of the scene).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.datelines import find_dateline
from stories.extraction.doc_text import doc_text
from stories.extraction.events.deed_marks import progressive
from stories.extraction.sentence_breaks import lead_sentence_number

# Characters of space and dash a dateline's body may begin before its sentence does.
_GAP = 3
# Where a document's dateline body start is kept once found.
_DATELINE_KEY = "dateline_body_start"
# Nouns that count a lot ("hundreds of rooms"): a quantity, not a kind.
_QUANTITY_NOUNS = frozenset({"dozens", "hundreds", "thousands", "millions", "billions"})
# Verbs that make or put forward a new thing: a bill, a plan, a policy, a building.
_MAKING_VERBS = frozenset(
    {"draft", "sponsor", "propose", "introduce", "prepare", "develop", "write", "design",
     "build", "construct", "craft", "plan", "organize", "organise", "form", "create",
     "establish", "launch", "file"}
)  # fmt: skip


def deed_under_way_in_lead(verb: Token) -> bool:
    """ "Meth cooks are converting hundreds of motel rooms into labs", "the county is drafting
    policies" in the lead sentence: a present progressive doing something to a counted lot, or one
    actor's making or proposing a new thing, is the news under way."""
    if not progressive(verb) or not _in_lead_sentence(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(counted(o) for o in objects):
        return True
    return (
        verb.lemma_.lower() in _MAKING_VERBS
        and _particular_subject(verb)
        and any(_new_thing(o) for o in objects)
    )


def counted(noun: Token) -> bool:
    """ "300 jobs", "hundreds of rooms", "$2 million", "thirty percent": a noun counted or
    measured; not a number in a name ("HB 516")."""
    if noun.lower_ in _QUANTITY_NOUNS or noun.ent_type_ in ("MONEY", "QUANTITY"):
        return True
    return noun.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.like_num for c in noun.children)


def _particular_subject(verb: Token) -> bool:
    """ "the county", "a state House leader": one actor; a bare plural ("airlines", "more
    firefighters") names a kind, and its progressive a trend."""
    return any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in verb.children)


def _new_thing(noun: Token) -> bool:
    """ "a bill", "policies": a thing the deed brings in, not one its subject already has
    ("his group's practice", "its newest weapon", "the plan")."""
    if noun.tag_ not in ("NN", "NNS") or any(c.dep_ == "poss" for c in noun.children):
        return False
    articles = [c.lower_ for c in noun.children if c.dep_ == "det"]
    if noun.tag_ == "NNS":
        return not articles
    return articles in (["a"], ["an"])


def _in_lead_sentence(token: Token) -> bool:
    """The story's lead sentence, where its news is stated: the first sentence of the story
    proper, or the one a dateline opens (a headline above it, "Pay cuts hit towns. CITY (AP) —
    …", is no part of the story). By the next sentence a present progressive tells how things
    go on ("the bank is offering loans to anyone who asks")."""
    if lead_sentence_number(token) == 0:
        return True
    body_start = _dateline_body_start(token.doc)
    if not body_start:
        return False
    sentence = token.sent
    return sentence.start_char - _GAP <= body_start < sentence.end_char


def _dateline_body_start(doc: Doc) -> int | None:
    """Where the dateline's body begins, found once per document; None without a dateline."""
    if _DATELINE_KEY not in doc.user_data:
        dateline = find_dateline(doc_text(doc))
        doc.user_data[_DATELINE_KEY] = None if dateline is None else dateline.body_start
    return doc.user_data[_DATELINE_KEY]
