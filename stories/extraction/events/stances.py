"""Clauses that act on a state of mind or a view: a stance or a reaction, not a happening.

News prose often tells what someone thinks or how something bore on what people think with a
transitive verb, so the clause looks like a deed done to a thing: "the envoy sees little hope of
a truce", "a second senator echoed that sentiment", "economists questioned the wisdom of the
tax", "the new wording eased their worries", "the injury delivered a blow to the club's
hopes". What is "acted on" is a feeling, a belief or a view (or, through "to", the
noun after a word like "blow"): an editor puts nothing on a timeline for it, and no reader asks
when it happened. Voicing a view in public ("raised concerns", "voiced fears") is a saying,
which events.speech and events.sayings judge, and holding it out to others ("offered hope to
the families") an offer (events.actions), so those verbs are left alone here.

A view is also held of a thing by taking it "as" something: "the rival viewed the choice as a
sensible move", "officials have sized up the general as a gambler". "Regard", "consider" and
"see" never make an event (lexicon.NON_EVENT_VERBS); "view" and "size up" do when they tell an
act of looking ("mourners viewed the coffin"), so only their "as" frame is a view.

The nouns are a closed class of English words for states of mind and judgements, not a list of
any article's words.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import REFLEXIVES

# Words for a state of mind, a belief or a judgement held about something.
MIND_NOUNS = frozenset(
    {
        "sentiment",
        "fear",
        "hope",
        "wisdom",
        "doubt",
        "worry",
        "patience",
        "belief",
        "feeling",
        "suspicion",
        "optimism",
        "pessimism",
        "misgiving",
        "skepticism",
        "scepticism",
        "unease",
        "anxiety",
        "apprehension",
    }
)
# Words for a judgement of how things are or will go: "echoed the official view", "backed up
# that assessment", "downplayed the likelihood of a bid", "open the possibility that …", "their
# expectations were dashed". Not "idea" or "proposal": backing one is taking up a plan.
JUDGEMENT_NOUNS = frozenset({"view", "assessment", "likelihood", "possibility", "expectation"})

# Not "reason": "the court found reason to doubt the testimony" states a ground, a finding.
# Who rules on a case: their doubt is a ruling ("the judge cast doubt on the evidence").
_RULING_BODIES = frozenset(
    {"court", "judge", "justice", "jury", "panel", "tribunal", "magistrate", "arbitrator"}
)
# Judgements a court's ruling states, not a state of mind it holds.
FINDINGS = frozenset({"doubt", "suspicion"})

# Verbs that put a view into words, or hold it out to others: a saying or an offer, judged
# elsewhere ("raised concerns", "held out hope", "offered hope to the families").
_VOICING = frozenset(
    {"raise", "voice", "express", "air", "state", "share", "cite", "deny"}
    | {"offer", "give", "hold", "extend"}
)
# The preposition through which a word like "blow" reaches what it bears on: "a blow to the
# hopes". Not "of": "a vote of confidence" is a happening.
_REACHING = frozenset({"to"})
# Verbs that put a judgement out as a text, or take it up as a topic: "released its
# assessment", "the possibility of a strike was discussed". A report issued or a question
# debated is a happening; only a judgement agreed with, weakened or dashed is a stance.
_PUTTING_OUT = frozenset(
    {"release", "publish", "issue", "present", "submit", "deliver", "unveil", "produce"}
    | {"discuss", "debate", "examine", "study", "review", "explore", "investigate"}
)


def acts_on_a_view(verb: Token) -> bool:
    """Whether the verb's direct object is a word for a state of mind or a view ("sees little
    hope", "echoed that sentiment"), or reaches one through "to" ("delivered a blow to the
    club's hopes"). A verb voicing the view in public is a saying, not asked here."""
    if verb.lemma_.lower() in _VOICING:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if _rules(verb):
        objects = [o for o in objects if o.lemma_.lower() not in FINDINGS]
    if any(_mind(o) or _judgement(o, verb) or _reason_for_a_view(o) for o in objects):
        return True
    if any(_a_view_as_subject(c) for c in verb.children):
        return True  # "expectations were dashed", "a contrary view presented itself"
    # "delivered a blow to the hopes": the "to" hangs on the object or on the verb itself.
    holders = [*objects, verb] if objects else []
    return any(
        p.dep_ == "prep"
        and p.lower_ in _REACHING
        and any(o.dep_ == "pobj" and _mind(o) for o in p.children)
        for holder in holders
        for p in holder.children
    )


# Verbs of looking that, with "X as Y", hold a view of X: "viewed the move as positive".
_REGARDING = frozenset({"view", "size"})


def takes_as(verb: Token) -> bool:
    """Whether the verb holds a view of its object "as" something: "viewed the decision as a
    positive move", "sized up the leader as a gambler" ("size" only with its "up")."""
    lemma = verb.lemma_.lower()
    if lemma not in _REGARDING or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    if lemma == "size" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return False
    # The parse may hang "as" inside the object: "viewed the decision to seek control as a
    # positive move". Not on a participle naming the thing: "the coffin of a man known as X".
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    candidates = [*verb.children, *(t for o in objects for t in o.subtree)]
    # "viewed the footage as part of the trial" frames a viewing, and "relics such as the
    # crown" gives an example: neither holds a view.
    return any(
        p.dep_ == "prep"
        and p.lower_ == "as"
        and not (p.i > 0 and p.doc[p.i - 1].lower_ == "such")
        and (p.head.i == verb.i or p.head.tag_ != "VBN")
        and any(o.dep_ == "pobj" and o.lemma_.lower() != "part" for o in p.children)
        for p in candidates
    )


def _reason_for_a_view(noun: Token) -> bool:
    """ "saw little reason for optimism", "little reason to be hopeful": a reason for a state
    of mind is that state; "found reason to doubt the testimony" is a ground for a deed, a
    finding the finder states."""
    if noun.lemma_.lower() != "reason":
        return False
    return any(
        (child.dep_ == "prep" and child.lower_ == "for" and any(_mind(o) for o in child.children))
        or _links_to_a_state(child)
        for child in noun.children
    )


def _links_to_a_state(verb: Token) -> bool:
    """ "to be hopeful", "to feel safe": a linking verb with an adjective, a state of mind."""
    return (
        verb.pos_ in ("VERB", "AUX")
        and verb.lemma_.lower() in ("be", "feel")
        and any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in verb.children)
    )


def _rules(verb: Token) -> bool:
    """Whether the verb's subject is a court or a judge ("the Velton court cast doubt on the
    account"): its doubt or suspicion is a ruling, news, not a view it holds."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _RULING_BODIES for c in verb.children)


def _mind(noun: Token) -> bool:
    """A common noun for a state of mind; "concerns" only in the plural, since "the Dutch
    concern" a firm bought is a company."""
    if noun.pos_ != "NOUN":
        return False  # "Hope", a name
    return noun.lemma_.lower() in MIND_NOUNS or noun.lower_ == "concerns"


def _a_view_as_subject(noun: Token) -> bool:
    """ "their expectations were dashed", "a contrary view presented itself": the clause tells
    what was done to a view, or a view coming to mind. A feeling that grows or spreads
    ("worries grew in the capital") is a change in the public mood a story may report, and a
    judgement that states something ("the assessment found that …") a finding: both stay."""
    if noun.dep_ == "nsubjpass":
        return _mind(noun) or _judgement(noun, noun.head)
    return (
        noun.dep_ == "nsubj"
        and (_mind(noun) or _judgement(noun))
        and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in noun.head.children)
    )


def _judgement(noun: Token, verb: Token | None = None) -> bool:
    """A common noun for a judgement held about how things are or will go (see above), which
    `verb`, when given, does not put out or take up as a topic (_PUTTING_OUT)."""
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in JUDGEMENT_NOUNS
        and (verb is None or verb.lemma_.lower() not in _PUTTING_OUT)
    )


def inside_a_view(noun: Token) -> bool:
    """Whether an event noun is what a view acted on is about ("dashed hopes of a rescue",
    "sees little hope of a truce"): a happening hoped for or feared, not one that occurred."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in ("of", "for"):
        return False
    view = preposition.head
    return _mind(view) and view.dep_ == "dobj" and acts_on_a_view(view.head)
