"""A public body's act told as a light verb and an act noun: "approval was given to".

Minutes-style reports of council, commission and school-board meetings name the body's acts
with a noun the verb only carries: "Unanimous approval was given to a resolution", "the board
granted final approval", "Council heard a first reading of legislation", "the council was given
a budget update", "commissioners received a briefing". The verb (give, grant, hear, receive)
reports nothing alone and the noun ("approval", "reading", "update") names an everyday thing
as often as an act ("pending approval", "reading is fun", "a software update"), so neither is
an event alone; together they tell one act done at the meeting. Only these pairs are read
here: the noun must be the verb's object (or the passive subject of "give" or "grant"), so a
description of what the approved ordinance "would" do stays a description. And the one acting
must be a deliberative body ("the council", "commissioners", "the Planning Board"): "the app
will receive an update", "the jury heard a reading", "the CEO gave a presentation" are no acts
of a meeting. An actorless passive ("approval was given") counts only in a story that names
such a body, and never for "update" or "presentation", which anyone gets. A past perfect ("she
had given approval years ago") looks back before the meeting and is no act at it.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.mentions import EventCandidate

# The `extra` key holding the character offset of what a passive act was given to.
ACT_TARGET = "act_target"

# The verbs that carry a meeting's act noun, and the object roles in which they carry it:
# "gave approval", "approval was given", "was given an update", "heard a reading".
_CARRIERS = {
    "give": ("dobj", "nsubjpass"),
    "grant": ("dobj", "nsubjpass"),
    "hear": ("dobj",),
    "receive": ("dobj",),
}

# Act nouns of a meeting, by the class of the verb they come from (so that `same_event`
# compares "approval was given" with "approved").
ACT_NOUNS = {
    "approval": "approve",
    "reading": "read",
    "update": "brief",
    "briefing": "brief",
    "presentation": "brief",
}

# Act nouns that anyone receives ("a software update", "a presentation to investors"): acts of a
# meeting only with a deliberative body named as the one acting.
_BODY_ONLY = frozenset({"update", "presentation"})

# Heads of a deliberative body's name: "the council", "the Norfield Planning Board".
DELIBERATIVE_BODIES = frozenset(
    {
        "council",
        "councils",
        "board",
        "boards",
        "commission",
        "commissions",
        "commissioners",
        "committee",
        "committees",
        "trustees",
        "legislature",
        "assembly",
        "selectmen",
        "aldermen",
        "supervisors",
        "delegation",
        "councilors",
        "councillors",
    }
)


def meeting_act(verb: Token) -> Token | None:
    """The act noun a carrying verb takes ("gave approval", "heard a first reading"), else None."""
    roles = _CARRIERS.get(verb.lemma_.lower())
    if roles is None or _looks_back(verb):
        return None
    noun = next((c for c in verb.children if c.dep_ in roles and _act_noun(c)), None)
    if noun is None and "nsubjpass" in roles:
        noun = next((n for c in verb.children if (n := _misread_subject(c)) is not None), None)
    if noun is None:
        return None
    actor = _actor(verb, noun)
    if actor is not None:
        return noun if _body(actor) else None
    if noun.lemma_.lower() in _BODY_ONLY:
        return None
    return noun if _names_a_body(verb) else None


def _looks_back(verb: Token) -> bool:
    """ "she had given approval": a past perfect, told as background to the meeting."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children
    )


def _actor(verb: Token, noun: Token) -> Token | None:
    """Who acted: the subject ("the council heard"), the one given to ("the board was given an
    update"), or the agent of a passive ("approval was given by the commission")."""
    while verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        verb = verb.head  # "the council met and gave approval"
    for child in verb.children:
        if child.dep_ == "nsubj" or (child.dep_ == "nsubjpass" and child != noun):
            return child
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _body(actor: Token) -> bool:
    """A deliberative body's name: its head ("the council") or, for a name the parser splits,
    the last word of its compound ("Norfield Town Council")."""
    words = [actor.lower_] + [c.lower_ for c in actor.children if c.dep_ == "compound"]
    return any(w in DELIBERATIVE_BODIES for w in words) or any(
        c.dep_ == "conj" and c.lower_ in DELIBERATIVE_BODIES for c in actor.children
    )


def _names_a_body(verb: Token) -> bool:
    """Whether the story names a deliberative body: minutes that leave out who gave approval
    report that body's meeting."""
    return any(t.lower_ in DELIBERATIVE_BODIES and t.pos_ in ("NOUN", "PROPN") for t in verb.doc)


def _act_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in ACT_NOUNS


def _misread_subject(gerund: Token) -> Token | None:
    """ "First reading approval was given": the parser reads "reading" as a gerund subject
    with "approval" its object; the act noun is still the passive's subject."""
    if gerund.dep_ != "csubjpass" or gerund.tag_ != "VBG":
        return None
    return next((c for c in gerund.children if c.dep_ == "dobj" and _act_noun(c)), None)


def passive_act(noun: Token | None) -> bool:
    """ "Unanimous approval was given to a resolution": minutes leave out the body that acted,
    which is the one the story reports on; the act stands without a named actor, as
    "the council gave approval" would."""
    if noun is None or noun.lemma_.lower() not in ACT_NOUNS:
        return False
    if noun.dep_ == "nsubjpass":
        verb = noun.head
    elif _misread_subject(noun.head) == noun:
        verb = noun.head.head
    else:
        return False
    return verb.dep_ in ("ROOT", "conj")


def carrier_lemma(verb: Token) -> str:
    """The verb a title says for a light verb: "the council was given an update" received it
    (the one given to is the subject), so a passive "give" or "grant" with its object kept
    is "receives"; any other light verb is its own lemma."""
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    act = meeting_act(verb) if passive and lemma in ("give", "grant") else None
    given_to_subject = act is not None and act.dep_ == "dobj" and act.head == verb
    return "receive" if given_to_subject else lemma


# Words a title of an act's target leaves out, and the longest modifier it keeps after the head.
_DROPPED = frozenset({"punct", "cc", "conj", "relcl"})
_SHORT = 4


def act_target(verb: Token, noun: Token) -> Token | None:
    """What a passive act was given to: "an ordinance" in "approval was given to an ordinance"."""
    if not passive_act(noun):
        return None
    for dative in verb.children:
        if dative.dep_ in ("dative", "prep") and dative.lower_ == "to":
            target = next((c for c in dative.children if c.dep_ == "pobj"), None)
            if target is not None and target.pos_ == "NOUN":
                return target
    return None


def passive_act_title(verb: Token, noun: Token) -> str | None:
    """ "Approval given to resolution honoring veterans": a passive act says what it was given
    to in that thing's own words, its short modifiers kept, for the head alone names several
    things of one meeting ("a resolution on the budget", "a resolution honoring veterans") and
    a misparsed "an ordinance rezoning land" heads on "land"."""
    target = act_target(verb, noun)
    if target is None:
        return None
    return f"{noun.lemma_.capitalize()} {verb.lower_} to {_target_words(target)}"


def _target_words(target: Token) -> str:
    """ "ordinance rezoning land", "resolution on the budget": the words before the head, the
    head, and a short participle or preposition phrase after it, articles left out."""
    words = [t for t in target.subtree if t.i <= target.i and t.dep_ not in ("det", *_DROPPED)]
    for child in target.children:
        tail = list(child.subtree)
        if child.i > target.i and child.dep_ in ("acl", "prep") and len(tail) <= _SHORT:
            words += [t for t in tail if t.dep_ not in _DROPPED]
    return " ".join(t.text if t.pos_ == "PROPN" else t.lower_ for t in words)


def acts_apart(first: EventCandidate, second: EventCandidate) -> bool:
    """Two passive acts of one meeting given to things told apart in the text ("approval was
    given to a resolution honoring veterans", "... to a resolution on the budget") are two
    acts, though told with the same words: they are keyed by where their targets stand."""
    targets = [e.extra.get(ACT_TARGET) for e in (first, second)]
    return None not in targets and targets[0] != targets[1]
