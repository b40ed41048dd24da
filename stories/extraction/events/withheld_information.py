"""Information a source kept back from the story: no event on a timeline.

"Deputies have not released the name of the driver", "the company did not disclose the
price", "a spokeswoman declined to identify the other bidders", "the sheriff declined to say
whether deputies had moved the workers": the reporter tells what the story could not carry.
Nothing happened; it is a note on the reporting, as an unanswered call for comment is
(reporters_notes), and what lies inside its open question ("whether deputies had moved the
workers") is no happening told either. A question of when, where, how or why ("would not say
when the suspect was arrested") and the thing a withheld fact is about ("the cause of Sunday's
fire") take their happening as told: only the fact is kept back, unless the happening is
itself not told as done ("the proposed purchase", "when the reported attempt occurred"). On the dev
batches every such clause was an extracted event that matched no gold event ("Man's body
releases name", "Company discloses purchase price", "Charles Bronfman declines to identify
bidders", "Authorities move residents", "Proposed Film House purchase").

The class: a verb that makes information public (release, disclose, reveal, give, identify,
say …) told as not done ("not", "none of them") or as refused ("declined to", "refused to"),
whose object is a piece of information (a name, a price, terms, details, a breakdown) or, for
"identify", "name" and "say", anything or nothing. Look-alikes kept: the same verb done
("released the name on Tuesday"), and a withheld thing that is not information ("did not
release the prisoners"); a clause reaches the withheld verb only through its object or its
question, so a deed in the subject's relative clause ("deputies, who arrested a man, have not
released his name") stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import HAPPENING_VERBS, NOUN_CERTAINTY
from stories.extraction.events.reporters_notes import NEGATIVE_SUBJECTS, REFUSING_VERBS

# Verbs that make a piece of information public, when what they give out is information.
_GIVING_OUT = frozenset({"release", "disclose", "reveal", "divulge", "give", "provide", "specify"})
# Verbs whose very act is giving out information, whatever follows: "declined to identify".
_TELLING = frozenset({"identify", "name", "say"})
# What a source keeps back: "the name", "the price", "terms", "a breakdown".
_INFORMATION = frozenset(
    {
        "name",
        "names",
        "identity",
        "identities",
        "price",
        "prices",
        "terms",
        "amount",
        "figure",
        "figures",
        "details",
        "detail",
        "breakdown",
        "value",
        "cost",
        "costs",
        "cause",
        "reason",
        "information",
    }
)
# How a clause under the withheld verb hangs on it: its object, its question or a clause.
_INSIDE = frozenset({"dobj", "ccomp", "xcomp", "attr"})
# Links a word may climb to reach it: a conjunct ("the name or the price"); not a noun's
# complement ("the cause of the fire"), which the withheld fact is about.
_PATH = _INSIDE | {"conj"}
# Links inside a noun phrase to the thing a withheld fact is about ("a breakdown of the
# proposed purchase"): climbed only for a happening not told as done.
_ABOUT = frozenset({"pobj", "prep"})
# Openers of a question that leaves its happening open; "when", "where", "how" take it as told.
_YES_OR_NO = frozenset({"whether", "if"})
_QUESTION_WORDS = _YES_OR_NO | {"how", "why", "when", "where", "what", "who", "which"}


def withheld(token: Token) -> bool:
    """Whether the token tells information kept back, or lies in what was kept back (its
    object or open question); a refusal to give it counts as its verb does."""
    if _refuses_to_give_out(token) or _keeps_back(token):
        return True
    unconfirmed = _not_told_as_done(token)
    path = _PATH | _ABOUT if unconfirmed else _PATH
    child = token
    for head in token.ancestors:
        if child.dep_ not in path:
            return False
        if head.pos_ in ("VERB", "AUX"):
            if child.dep_ == "ccomp" and not _yes_or_no(child) and not unconfirmed:
                return False  # "would not say when the suspect was arrested": he was
            return child.dep_ in _INSIDE and _keeps_back(head)
        child = head
    return False


def _not_told_as_done(token: Token) -> bool:
    """ "the proposed purchase", "the reported attempt occurred": a happening whose noun an
    adjective marks as planned or unconfirmed (lexicon.NOUN_CERTAINTY)."""
    nouns = [token]
    if token.lemma_.lower() in HAPPENING_VERBS:
        nouns = [c for c in token.children if c.dep_ == "nsubj"]
    return any(
        c.dep_ == "amod" and c.lower_ in NOUN_CERTAINTY for noun in nouns for c in noun.children
    )


def _refuses_to_give_out(verb: Token) -> bool:
    """ "declined to identify the bidders": the refusal is the withholding's own verb."""
    return verb.lemma_.lower() in REFUSING_VERBS and any(
        c.dep_ == "xcomp" and _gives_out(c) for c in verb.children
    )


def _keeps_back(verb: Token) -> bool:
    """A verb of giving out information told as not done or as refused."""
    if not _gives_out(verb):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in NEGATIVE_SUBJECTS for c in verb.children
    ):
        return True
    return (
        verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() in REFUSING_VERBS
        and not any(c.dep_ == "neg" for c in verb.head.children)
    )


def _gives_out(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in _TELLING:
        # "say" gives out information only as an open question or with nothing after it:
        # "declined to say whether …", "would not say"; not "did not say that he would go".
        if lemma != "say":
            return True
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        return all(_open_question(c) for c in clauses)
    if lemma not in _GIVING_OUT:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lower_ in _INFORMATION for obj in objects for o in (obj, *obj.conjuncts))


def _open_question(clause: Token) -> bool:
    """ "whether deputies had moved …", "if …", "how many …": a question, not a statement."""
    return any(
        c.dep_ in ("mark", "advmod", "nsubj", "dobj") and c.lower_ in _QUESTION_WORDS
        for c in clause.children
    )


def _yes_or_no(clause: Token) -> bool:
    """ "whether deputies had moved the workers": a question that leaves its happening open."""
    return any(c.dep_ == "mark" and c.lower_ in _YES_OR_NO for c in clause.children)
