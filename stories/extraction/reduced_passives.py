"""A subject's reduced passive read as the sentence's verb, mended right after the parser.

"A van towed Friday from the lot was returned to …", "a woman attacked last week has
died": English puts a past participle straight after a noun to say what was done to it, and
the sentence's own verb comes after, with its auxiliary ("was returned", "has died"). When
the participle is spelt like a simple past ("towed", "attacked"), the small parser makes it the
sentence's verb, active, with the noun as its subject, and hangs the real verb on it as a
second clause with no subject. Every rule downstream then reads a deed the noun never did
("a woman attacks") and misses the one the sentence tells. A simple past that takes no
object, comes right after its subject, and is followed, with no "and" or comma between, by a
verb that has an auxiliary but no subject of its own, is that participle: the later verb is
the sentence's, and the participle describes its subject.

The later verb may also be tensed with no auxiliary at all: "the cabinet members gathered
around him laughed", "cleanup professionals hired to make the homes livable say ...". Two
active verbs of one subject are never run together with nothing between them, so a tensed
verb with no subject of its own, no "and", comma or clause opener before it, after a past
form that takes no object, is the sentence's verb (a participle's "to" purpose, "hired to
make", ends before it). The parser then tags the participle either way, VBD or VBN.
"""

from __future__ import annotations

from spacy.tokens import Token

_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# What a simple past would take if it were the subject's own deed, not a participle.
OWN_ARGUMENTS = frozenset({"dobj", "aux", "auxpass", "nsubjpass", "ccomp", "xcomp", "dative"})
# What joins or parts two verbs, so that one is no participle run on into the other.
CLAUSE_BREAKS = frozenset({",", ";", ":", "-", "—"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# How the parser hangs a run-on tensed verb on the participle it took for the sentence's verb.
_RUN_ON = frozenset({"conj", "ccomp", "advcl", "dep"})
_TENSED = frozenset({"VBD", "VBZ", "VBP"})
# Tensed forms of the plain sayings (events.saying_verbs), read by spelling: the repairs run
# before the lemmatizer.
_SAYINGS = frozenset(
    {"said", "says", "say", "added", "adds", "add", "noted", "notes", "note", "stated", "states"}
)


def reduced_passive(root: Token) -> tuple[Token, Token] | None:
    """The participle and the sentence's own verb, when the parser made the participle the
    sentence's root ("towed" in "a van towed Friday was returned") or made it a clause of
    its own under the root ("attacked" in "a woman attacked last week has died")."""
    if root.dep_ != "ROOT":
        return None
    if (pair := _before_tensed_verb(root)) is not None:
        return pair
    if root.tag_ == "VBD":
        verb = next((c for c in root.rights if c.dep_ in ("conj", "ccomp")), None)
        participle = root
    else:
        verb = root
        participle = next((c for c in root.lefts if c.dep_ == "ccomp"), None)
    if participle is None or verb is None or not verb.tag_.startswith("VB"):
        return None
    if participle.tag_ != "VBD" or _subject(participle) is None:
        return None
    if any(c.dep_ in OWN_ARGUMENTS and c != verb for c in participle.children):
        return None
    if any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in verb.children):
        return None
    auxiliary = next((c for c in verb.lefts if c.dep_ in ("aux", "auxpass")), None)
    if auxiliary is None or auxiliary.i < participle.i:
        return None
    between = root.doc[participle.i + 1 : auxiliary.i]
    if any(t.dep_ == "cc" or t.lower_ in CLAUSE_BREAKS for t in between):
        return None
    return participle, verb


def _before_tensed_verb(root: Token) -> tuple[Token, Token] | None:
    """ "members gathered around him laughed": a past form right after its noun subject, with
    no auxiliary or object, and a tensed verb of no subject after it with nothing joining
    them, whichever of the two the parser made the root."""
    participle, verb = root, None
    if root.tag_ in ("VBD", "VBN"):
        verb = next((c for c in root.rights if c.dep_ in _RUN_ON and c.tag_ in _TENSED), None)
    if verb is None:
        verb = root
        participle = next((c for c in root.lefts if c.dep_ == "ccomp"), None)
    if participle is None or verb is None or verb.tag_ not in _TENSED:
        return None
    if participle.tag_ not in ("VBD", "VBN") or _subject(participle) is None:
        return None
    own = [c for c in participle.children if c.dep_ in OWN_ARGUMENTS and c != verb]
    if any(c.dep_ != "xcomp" or c.right_edge.i > verb.i for c in own):
        return None
    if any(c.dep_ in _SUBJECTS and c.i > participle.i for c in verb.children):
        return None
    if any(c.dep_ in ("mark", "aux", "auxpass") for c in verb.children):
        return None
    if _closing_saying(verb):
        return None  # "Farmers marched through Oslo on Monday officials said": the deed is told
    between = root.doc[participle.i + 1 : verb.i]
    if any(t.dep_ in ("cc", "mark") or t.lower_ in CLAUSE_BREAKS or t.is_quote for t in between):
        return None
    return participle, verb


def _closing_saying(verb: Token) -> bool:
    """ "... on Monday officials said.": a saying with nothing after it reports the clause
    before it, run on with no comma (the parser often takes its subject for the object of the
    clause's last preposition); a saying that takes its own clause ("say the work is done")
    does not."""
    if verb.lower_ not in _SAYINGS:
        return False
    return not any(c.i > verb.i and not c.is_punct for c in verb.children)


def _subject(participle: Token) -> Token | None:
    """The noun right before the participle that the parser made its subject."""
    subject = next((c for c in participle.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ not in _NOUNS:
        return None
    return subject if subject.right_edge.i == participle.i - 1 else None


def mend_reduced_passive(participle: Token, verb: Token) -> None:
    """Make `verb` the sentence's root, its subject the participle's noun, and the participle
    a description of that noun; words outside the participle's phrase go with the verb."""
    subject = _subject(participle)
    moved = [c for c in participle.children if c.i < subject.left_edge.i or c.i > verb.i]
    verb.head = verb
    verb.dep_ = "ROOT"
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    subject.head = verb
    subject.dep_ = "nsubjpass" if passive else "nsubj"
    participle.head = subject
    participle.dep_ = "acl"
    participle.tag_ = "VBN"
    for child in moved:
        child.head = verb
