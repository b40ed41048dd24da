"""What a title's verb needs after it, when the title would otherwise stop mid-thought.

A headline is a whole sentence: "Council agrees", "Mayor meets" or "Firm issues" leave the
reader asking "to what?", "whom?", "what?". The clause usually says it, only in a shape the
plain object rules miss:

- an infinitive whose object is too long to say whole: "agreed to drop three charges and a
  fine against her" is said by the object's head, "agrees to drop charges";
- an infinitive that only links ("turned out to be false", "is expected to be ready"): the
  adjective it links to is the news, "turns out to be false";
- a verb that moves someone to act ("urged residents to leave", "ordered the guards to be
  freed"): the person alone is half the news, the title says what they were to do;
- a relative clause with no relative word ("the order she signed last week"): the noun the
  clause describes is what the verb acted on, "signs order".

Each says only words of the clause, within the title's budget; `compose` drops what does not
fit.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.lexicon import RELATIVE_WORDS
from stories.extraction.events.noun_phrases import phrase, single_phrase
from stories.extraction.events.title_parts import is_time_word

# Nouns a relative clause with no relative word describes without being acted on: "the way
# she spoke", "the reason he left", "the place they lived".
_SETTING_NOUNS = frozenset(
    {"way", "reason", "place", "extent", "manner", "moment", "point", "degree", "sense"}
    | {"case", "condition", "position", "shape", "situation", "state", "rate", "speed"}
)

# "the one he issued": a noun standing for another says nothing said alone.
_PRO_FORMS = frozenset({"one", "ones", "thing", "things", "kind", "sort"})


def infinitive_forms(verb: Token, index: MentionIndex) -> tuple[str, ...]:
    """ "agreed to sell three stores and a warehouse to a rival" -> ("to sell three stores",
    "to sell stores"): the infinitive with its object's first member, then with the object's
    head alone, for a title with no room for the whole object; "turned out to be false" ->
    ("to be false",). Empty when neither applies."""
    complement = next(
        (
            c
            for c in verb.children
            if c.dep_ == "xcomp" and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    if complement is None:
        return ()
    if complement.lemma_ == "be":
        state = _plain_state(complement)
        return (f"to be {state}",) if state else ()
    target = next((c for c in complement.children if c.dep_ == "dobj"), None)
    if target is None or target.pos_ not in ("NOUN", "PROPN"):
        return ()
    particle = next((c.lower_ for c in complement.children if c.dep_ == "prt"), "")
    lead = " ".join(w for w in ("to", complement.lower_, particle) if w)
    first = single_phrase(target, index, False, True)
    forms = [f"{lead} {first}"] if first else []
    if target.pos_ == "NOUN" and f"{lead} {target.lower_}" not in forms:
        forms.append(f"{lead} {target.lower_}")
    return tuple(forms)


def infinitive_head(verb: Token, index: MentionIndex) -> str | None:
    """The fullest of `infinitive_forms`, None when there is none."""
    forms = infinitive_forms(verb, index)
    return forms[0] if forms else None


def contact_object(verb: Token) -> Token | None:
    """ "the order she signed last week": the noun a relative clause with no relative word
    hangs on is what its verb acted on, when the verb has no object and no preposition left
    without its own object ("the house he lived in" is no thing lived)."""
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    noun = verb.head
    if noun.pos_ != "NOUN" or is_time_word(noun) or noun.lower_ in _SETTING_NOUNS | _PRO_FORMS:
        return None
    if noun.i > verb.i:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].lower_ in RELATIVE_WORDS or subjects[0].i > verb.i:
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "xcomp", "ccomp", "attr", "acomp", "oprd", "nsubjpass"):
            return None
        if child.lower_ in RELATIVE_WORDS or child.tag_ in ("WDT", "WP", "WRB"):
            return None
        if child.dep_ == "prep" and not any(True for _ in child.children):
            return None  # a stranded preposition: the noun is its object
        if child.dep_ == "prep" and any(g.lower_ in RELATIVE_WORDS for g in child.children):
            return None  # "with whom she met"
    words_between = verb.doc[noun.i + 1 : subjects[0].i]
    if any(t.dep_ in ("relcl", "acl") or t.pos_ == "VERB" for t in words_between):
        return None
    if words_between and not all(
        t.head == noun or t.head == subjects[0] or t.head in words_between for t in words_between
    ):
        return None
    return noun


def contact_phrase(verb: Token, index: MentionIndex) -> str | None:
    """The short form of the noun `contact_object` finds, None when there is none to say."""
    noun = contact_object(verb)
    return phrase(noun, index, objective=True) if noun is not None else None


# Words an infinitive may add to an object ("to be freed", "to delay execution").
_INFINITIVE_WORDS = 6


def object_infinitive(verb: Token, target: Token, index: MentionIndex) -> str | None:
    """ "urged residents to leave the valley" -> "to leave valley": the infinitive that says
    what the verb's object was moved to do, with its own object in short form; a passive one
    keeps its "be" ("ordered the prisoners to be freed"). None when there is none, or it
    cannot be said whole in a few words."""
    complement = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("xcomp", "ccomp")
            and c.i > target.i
            and c.tag_ in ("VB", "VBN")
            and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
            and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)
        ),
        None,
    )
    if complement is None:
        return None
    words = [w.lower_ for w in complement.children if w.dep_ == "neg" and w.i < complement.i]
    words.append("to")
    words += [w.lower_ for w in complement.children if w.dep_ == "auxpass"]
    if complement.lemma_ == "be":
        state = _plain_state(complement)
        if state is None:
            return None
        words += ["be", state]
    else:
        words.append(complement.lower_)
        words += [c.lower_ for c in complement.children if c.dep_ == "prt"]
        what = next((c for c in complement.children if c.dep_ == "dobj"), None)
        if what is not None:
            said = single_phrase(what, index, False, True) if what.pos_ != "PRON" else None
            if not said:
                return None
            words.append(said)
        else:
            words += _first_phrase(complement, index)  # "to go to city hall", not "to go"
    text = " ".join(words)
    return text if len(text.split()) <= _INFINITIVE_WORDS else None


def _plain_state(be: Token) -> str | None:
    """ "to be false" -> "false": the bare adjective an infinitive "be" links to; None for "to
    be in the city" or "to be true to form", a linking verb with no plain state."""
    state = next((c for c in be.children if c.dep_ == "acomp"), None)
    if state is None or state.pos_ != "ADJ" or any(True for _ in state.children):
        return None
    return state.text


def _first_phrase(verb: Token, index: MentionIndex) -> list[str]:
    """ "to appear before the committee" -> ["before", "committee"]: the first phrase after
    an infinitive with no object, where it goes or before whom; empty if it says a time or
    cannot be said."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i), None)
    place = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if place is None or is_time_word(place) or place.like_num:
        return []
    said = phrase(place, index, objective=True)
    return [prep.lower_, said] if said else []
