"""Pieces a title must not lose or misread: owners, objects and the time words that are neither.

Titles are short sentences whose actor is the grammatical subject. Four general faults break
them, and each has a rule here:

- An owner: "'s" goes on a name or noun, never on a pronoun ("our's correspondent"), and a
  plural in "-s" takes only the apostrophe ("the cells' function"); "whose" stands for the
  noun its clause hangs on ("a singer whose dream ..." -> "singer's dream").
- An object: a transitive verb keeps what it acts on. A relative "which" or "that" object is
  the noun the clause describes ("the laptop, which the firm released" -> "firm releases
  laptop"); an object "it" is the thing its sentence named before, never a time or a
  setting; an object too long for the title is said by its first member, then by its head
  with its name words, before it is dropped.
- A time word ("next week's talks", "last month's blast") owns nothing and does nothing: it
  is never a title's actor, and an owner "week" or "month" that lost its "this" or "last" is
  left out ("Game in Miami", not "Week's game in Miami").
- A noun event told alone ("the statement", "a speech") is said with whoever made it: the
  subject of the verb it is the object of, or of the statement it was said "in".
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.clause_cuts import closed_cut
from stories.extraction.events.saying_verbs import STATEMENT_VERBS
from stories.extraction.events.time_phrases import TIME_ENTITIES
from stories.extraction.times.vocab import MONTHS, WEEKDAYS

_TIME_NOUNS = frozenset(
    {"day", "days", "night", "week", "weekend", "month", "year", "decade", "century", "season"}
    | {"morning", "afternoon", "evening", "today", "yesterday", "tomorrow", "tonight"}
)
_NAMED_TIMES = frozenset(w.lower() for w in (*WEEKDAYS, *MONTHS))
# "that" counts only when tagged a relative word (`relative_object`), and not after a noun
# whose "that" clause tells its content: "the fact that she stayed" is no stay of a fact.
_CONTENT = frozenset(
    {"fact", "claim", "allegation", "news", "report", "idea", "belief", "suggestion"}
    | {"evidence", "notion", "possibility", "hope", "fear", "assertion", "argument", "view"}
    | {"rumour", "rumor", "sign", "proof", "finding", "charge", "accusation", "warning"}
)
_PARTICLES = frozenset({"down", "up", "out", "off", "back", "over", "away"})
RELATIVE_OBJECTS = frozenset({"which", "whom"})
# Where the thing an object "it" stands for can sit, and the prepositions that make a noun a
# setting rather than such a thing.
_ANTECEDENT_ROLES = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})
_SCENE_PREPOSITIONS = frozenset(
    {"in", "at", "on", "across", "along", "near", "into", "through", "over", "under", "inside"}
)
# Verbs whose object is a happening their subject makes: "put out a statement".
_MAKING_VERBS = frozenset(
    {"make", "give", "issue", "release", "put", "deliver", "hold", "publish", "conduct"}
    | {"stage", "launch", "file", "post", "send", "write", "present", "lodge", "mount"}
)


def is_time_word(token: Token) -> bool:
    """A day, a period or a named weekday or month: "week", "Friday", "March"."""
    return token.lower_ in _TIME_NOUNS or token.lower_ in _NAMED_TIMES or token.ent_type_ == "TIME"


def names_a_time(token: Token) -> bool:
    """A time word ("week", "Friday") or a word of a date or time the parser found ("2023")."""
    return is_time_word(token) or token.ent_type_ in TIME_ENTITIES


def bare_time_owner(owner: Token) -> bool:
    """ "this week's game", "last month's blast": a common time noun owning an event says when,
    and said without its "this" or "last" it says nothing ("Monday night's" says it)."""
    named = any(c.dep_ in ("compound", "nummod") for c in owner.children)
    return owner.tag_ == "NN" and owner.lower_ in _TIME_NOUNS and not named


def possessive(owner: str, token: Token) -> str:
    """ "Lind's", and "the cells'": a plural in "-s" takes the apostrophe alone."""
    if token.tag_ in ("NNS", "NNPS") and owner.endswith("s"):
        return owner + "'"
    return owner + "'s"


def whose_noun(pronoun: Token) -> Token | None:
    """The noun a "whose" stands for: the one its relative clause hangs on."""
    if pronoun.lower_ != "whose":
        return None
    token = pronoun.head
    for _ in range(3):
        if token.dep_ == "relcl" and token.head.pos_ in ("NOUN", "PROPN"):
            return token.head
        if token.head == token:
            return None
        token = token.head
    return None


def relative_object(verb: Token, target: Token | None) -> Token | None:
    """The noun a relative object stands for: "the laptop, which the firm released"; a "that"
    only when tagged a relative word ("the deal that he showcased"), not a reported clause's
    opening the parser took for an object."""
    clause = verb
    if verb.dep_ == "xcomp" and verb.head.dep_ == "relcl" and target is not None:
        clause = verb.head  # "a fee the city meant to charge": the fee
        relative = target.lower_ in RELATIVE_OBJECTS or target.lower_ == "that"
    elif target is None or verb.dep_ != "relcl":
        return target
    else:
        relative = target.lower_ in RELATIVE_OBJECTS or (
            target.lower_ == "that" and target.tag_ == "WDT" and verb.head.lemma_ not in _CONTENT
        )
    if not relative:
        return target
    noun = clause.head
    return noun if noun.pos_ in ("NOUN", "PROPN") else target


def direct_object(verb: Token) -> Token | None:
    """The verb's object; when the parser hangs a stray "that" on it beside the real object
    ("said that the crew will try to raise the wreck"), the real one."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and not _set_off(verb, c)]
    if len(objects) > 1 and objects[0].lower_ in ("that", "which"):
        return objects[1]
    return objects[0] if objects else None


def _set_off(verb: Token, obj: Token) -> bool:
    """An "object" after a comma and a phrase of its own ("three people died, among them a
    visitor"): the parser's reading of an aside, not what the verb acts on."""
    between = [c for c in verb.children if verb.i < c.i < obj.i]
    return any(c.lower_ == "," for c in between) and any(c.dep_ == "prep" for c in between)


def shorter_objects(target: Token, said: str, phrase_of) -> tuple[str, ...]:
    """Shorter ways to say an object than `said`: its first member, then its head with the
    words of its name ("Acme's new laptop and its price" -> "Acme's laptop" -> "laptop")."""
    first = phrase_of(target, conj=False)
    head = " ".join(
        t.text for t in target.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"
    ).split()
    plain = " ".join([*head, target.text])
    forms = [f for f in (first, plain) if f and f != said]
    return tuple(dict.fromkeys(forms))


def maker_of(noun: Token) -> Token | None:
    """Whoever made a noun event told alone: the subject of the verb it is the object of
    ("the agency put out a statement"), or of the saying it was made in ("said in a radio
    speech")."""
    described = _made_by_clause(noun)
    if described is not None:
        return described
    verb = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "in":
        verb = noun.head.head
        if verb.lemma_.lower() not in STATEMENT_VERBS:
            return None
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in _MAKING_VERBS:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or is_time_word(subject):
        return None
    return subject


def _made_by_clause(noun: Token) -> Token | None:
    """The maker a clause on the noun names: "a manhunt conducted by the police" (a
    participle with its "by"), "a call he made to her office" (a relative clause whose
    subject made it)."""
    for clause in noun.children:
        if clause.lemma_.lower() not in _MAKING_VERBS or clause.pos_ != "VERB":
            continue
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            agent = next((c for c in clause.children if c.dep_ == "agent"), None)
            maker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        elif clause.dep_ == "relcl" and not any(
            c.dep_ == "dobj" and c.lower_ not in ("which", "that") for c in clause.children
        ):
            maker = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        else:
            continue
        if maker is not None and not is_time_word(maker):
            return maker
    return None


def named_thing(noun: Token) -> bool:
    """ "Acme Spaceport", "the Brackmoor spaceport": a noun written with a name."""
    return any(t.tag_ in ("NNP", "NNPS") for t in [noun, *noun.children] if t.i <= noun.i)


def epithet(noun: Token) -> bool:
    """ "The 52-year-old Canadian was freed": a definite, singular nationality that names
    no one itself is news style for a person the story has named, whom the antecedent rules
    then find. A role with a nationality ("the French carrier", "the British government")
    may as well be a company or a state, so only the nationality alone counts."""
    if noun.tag_ not in ("NN", "NNP") or not any(c.lower_ == "the" for c in noun.children):
        return False
    if any(c.dep_ in ("compound", "relcl", "acl", "prep", "appos") for c in noun.children):
        return False  # "the Australian embassy", "the Australian who …": a thing, or someone new
    return noun.ent_type_ == "NORP" and noun.text[:1].isupper()


def clipped(clause: str, room: int, before: str) -> tuple[str, ...]:
    """A reported clause too long for the title, cut at a word to fit `room` characters and a
    title of `MAX_WORDS` with the words `before` it, marked as cut ("says the mayor would
    not seek…"): a verb of saying left without what was said is no sentence. Nothing when too
    little is left for a clause to start."""
    left = MAX_WORDS - len(before.split())
    if room < _MIN_CLAUSE or left < _MIN_WORDS or len(clause) <= room:
        return ()
    cut = closed_cut(" ".join(clause[:room].rsplit(" ", 1)[0].split()[:left]).rstrip(" ,;:"))
    return (cut + "…",) if " " in cut else ()


MAX_WORDS = 12
_MIN_CLAUSE = 20
_MIN_WORDS = 4


def loose_particle(verb: Token) -> str:
    """A particle the parser hung as an adverb or a bare preposition right after the verb:
    "stepped down", "called off" read as "steps down", never "steps"."""
    following = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if following is None or following.head != verb or following.lower_ not in _PARTICLES:
        return ""
    if following.dep_ == "prep" and any(c.dep_ == "pobj" for c in following.children):
        return ""
    return following.lower_ if following.dep_ in ("advmod", "prep", "prt") else ""


def thing_named_before(pronoun: Token, subject: Token) -> Token | None:
    """What an object "it" stands for: the last thing (a singular common noun) its sentence
    named before the clause's subject ("a third case of the plague was reported after two
    people contracted it": the plague); None when the sentence names none."""
    first = min(t.i for t in subject.subtree)
    sentence = pronoun.sent
    for token in reversed(pronoun.doc[sentence.start : first]):
        if is_time_word(token) or _setting(token):
            continue  # "since Friday morning, when a crane lifted it": not the morning
        if token.pos_ == "NOUN" and token.tag_ == "NN" and token.dep_ in _ANTECEDENT_ROLES:
            return token
    return None


def _setting(noun: Token) -> bool:
    """A noun that says where ("across the canal", "in the port"): a setting, seldom the "it"
    a later clause acts on."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head != noun.head:
        noun = noun.head.head  # "in the mouth of the harbour": the harbour is the setting
    return noun.dep_ == "pobj" and noun.head.lower_ in _SCENE_PREPOSITIONS
