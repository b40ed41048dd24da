"""Which thing a clause's subject "it" stands for, when the paragraph named it just before.

"The minister spent another million on the safety advert. It ran in Denver in March": local
news goes on about a thing it has just named (an ad, a bill, a report, a bridge) with "it", and
such a clause tells the thing's own happening (the ad aired, the bill passed, the report came
out). Without a name for "it" the clause had no title and was lost (about a dozen LGL dev
events, the key one "the ad airs in South Florida"). The organisation fallback
(clause_titles) names only an organisation; this names a thing: the subject of the sentence
before, or else the last definite singular common noun of that sentence (or of the pronoun's
own sentence before it), when the noun is no person, body, place, time or happening (a
lexicon event noun, or a verb's "-ing" noun such as "the lynching": a happening's "it" is
left alone, round 27 found none on dev). An earlier "it" that is itself such a subject is
followed back ("It aired in May. It also ran in June"). A thing in a phrase of means, company
or concession ("paid for the advert with the grant money", "despite the shortage") is a side
thing the deed used or met, not what the story goes on about, and is passed over as a place is.

Only a clause with its own date or place in a phrase on its verb is named so (round 26: a
pronoun subject without one added non-events; "it slowed the decline of the state's water
table" holds a place only inside its object and tells an effect), never in a relative clause
with no relative word ("the attention it received"), and never across a paragraph break.
The clause is the happening's own verb (`anchor`): an "it" made subject of a verb that only
bears on it ("It was expected to be brought to the floor next week", "It hopes to start
flights next year") has its date or place on the verb below, the happening told (lgldev: a
bill sent to the floor, an airline's flights, a centre's grant, all lost untitled).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from stories.extraction.doc_text import doc_text
from stories.extraction.events.evidence_verbs import can_act
from stories.extraction.events.lexicon import LOCATIVE_PREPOSITIONS, NOUN_CLASSES
from stories.extraction.events.role_nouns import may_be_a_person
from stories.extraction.events.superlative_subjects import superlative_stand_in
from stories.extraction.events.title_parts import is_time_word
from stories.extraction.times.vocab import UNITS

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
_DEFINITE = frozenset({"the", "this", "that"})
_NAMED = frozenset({"PERSON", "GPE", "LOC", "FAC", "ORG", "NORP", "DATE", "TIME"})
_LINKS = 3  # "it"s followed back
_SETTINGS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
_TIME_ROLES = frozenset({"npadvmod", "tmod"})
_WEATHER_VERBS = frozenset({"rain", "snow", "hail", "sleet", "drizzle", "pour", "thunder"})
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WRB", "WP$"})
# Words that count a stretch back or on from a time, making it a point: "two weeks ago".
_OFFSETS = frozenset({"ago", "earlier", "later", "before", "after"})
# Prepositions of a side thing: the means, company or obstacle of a deed ("with the grant money").
_SIDE_THINGS = frozenset({"with", "without", "despite", "via", "through", "using", "alongside"})


def thing_it_stands_for(pronoun: Token, anchor: Token | None = None) -> Token | None:
    """The thing noun a subject "it" stands for (see the module's docstring), or None;
    `anchor` is the happening's verb when "it" is the subject of a verb above it ("is
    expected to open", "hopes to run")."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in _SUBJECTS:
        return None
    verb = pronoun.head
    told = anchor if anchor is not None and _below(anchor, verb) else verb
    if not _set_in_its_clause(told) or _contact_clause(verb) or _empty_it(verb):
        return None
    for _ in range(_LINKS):
        found = _named_before(pronoun)
        if found is None or found.lower_ != "it":
            return found
        pronoun = found
    return None


def _below(anchor: Token, verb: Token) -> bool:
    """Whether `anchor` is an open complement ("xcomp") of `verb`, or of one that is, or of
    its adjective ("is able to secure")."""
    while anchor.dep_ in ("xcomp", "acomp") and anchor.head != anchor:
        anchor = anchor.head
        if anchor == verb:
            return True
    return anchor == verb


def _set_in_its_clause(verb: Token) -> bool:
    """A date or place in a phrase on the verb itself ("ran in Denver", "aired on Monday"),
    not one inside its object ("slowed the decline of the state's water table"), nor a
    duration ("ran for three hours": how long, not when)."""
    for child in verb.children:
        phrase = child.dep_ == "prep" or (child.dep_ in _TIME_ROLES and child.ent_type_)
        if phrase and not _duration(child) and any(t.ent_type_ in _SETTINGS for t in child.subtree):
            return True
    return False


def _duration(phrase: Token) -> bool:
    """ "for three hours", "within 24 hours", "two weeks": a count of a time unit; not one
    counted back or on from a time ("two weeks ago", "two years after the fire"): a date."""
    following = phrase.doc[phrase.right_edge.i + 1 : phrase.right_edge.i + 2]
    if any(t.lower_ in _OFFSETS for t in (*phrase.subtree, *following)):
        return False  # "two weeks ago", "two years after the fire": counted from a time
    return any(
        t.lemma_.lower() in UNITS and any(c.dep_ == "nummod" or c.like_num for c in t.children)
        for t in phrase.subtree
    )


def _empty_it(verb: Token) -> bool:
    """An "it" that stands for nothing: one a clause later fills ("it was announced on Monday
    that …", "it emerged in May that …"), or the weather's ("it snowed in Denver")."""
    clausal = any(c.dep_ in ("ccomp", "csubj") for c in verb.children)
    return clausal or verb.lemma_.lower() in _WEATHER_VERBS


def _contact_clause(verb: Token) -> bool:
    """ "the attention it received": a relative clause with no relative word describes the
    noun it hangs on, not the thing "it" stands for."""
    return verb.dep_ == "relcl" and not any(c.tag_ in _RELATIVE_TAGS for c in verb.children)


def _named_before(pronoun: Token) -> Token | None:
    """The last thing, or an earlier subject "it", in the pronoun's sentence before it; else
    the subject of the sentence before, or that sentence's last thing."""
    sentence = pronoun.sent
    own = _last_thing(pronoun.doc[sentence.start : pronoun.i])
    if own is not None:
        return own
    before = _sentence_before(sentence)
    if before is None:
        return None
    root = before.root
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and (subject.lower_ == "it" or _thing(subject)):
        return subject
    if subject is not None and superlative_stand_in(subject) is not None:
        return subject  # "The largest, spanning 800 acres, …" (events.superlative_subjects)
    return _last_thing(before)


def _sentence_before(sentence: Span) -> Span | None:
    """The sentence before in the same paragraph (no line break between them)."""
    if sentence.start == 0:
        return None
    before = sentence.doc[sentence.start - 1].sent
    between = doc_text(sentence.doc)[before.start_char : sentence.start_char]
    return None if "\n" in between.strip(" ") else before


def _last_thing(tokens: Span) -> Token | None:
    for token in reversed(tokens):
        if token.lower_ == "it" and token.dep_ in _SUBJECTS:
            return token
        if token.dep_ in _ROLES and _thing(token) and not _attribution(token):
            return token
    return None


def _thing(noun: Token) -> bool:
    """A definite singular common noun that names no person, body, place, time or happening."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.ent_type_ in _NAMED:
        return False
    if not any(c.dep_ == "poss" or c.lower_ in _DEFINITE for c in noun.children):
        return False
    word = noun.lemma_.lower()
    if word in NOUN_CLASSES or word.endswith("ing") or is_time_word(noun):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in LOCATIVE_PREPOSITIONS:
        return False  # "in the port", "at the plant": where, a place
    if noun.dep_ == "pobj" and noun.head.lower_ in _SIDE_THINGS:
        return False  # "with the grant money": what the deed used, a side thing
    return not (can_act(noun) or may_be_a_person(noun))


def _attribution(noun: Token) -> bool:
    """A noun inside "according to …": the source, not what the story goes on about."""
    head = noun.head
    return head.lower_ == "to" and head.i > 0 and head.doc[head.i - 1].lower_ == "according"
