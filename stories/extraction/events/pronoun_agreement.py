"""Which of "he" and "she" the story itself uses for each person it names.

A "he" never stands for one the story calls "she", nor a "she" for one it calls "he": English
pronouns agree with the person they stand for. `MentionIndex` took the last person made a
subject whatever the pronoun, and titles went to the wrong one (lgldev: "When Lori W. got a
call that her husband had not come home, she …; the deputy said it appeared Roger W. lost
control and he was ejected" was titled "Lori W. ejected"; dev: a "he" of a writer's
profile titled with his partner's name, a "she" said by an aide titled with an envoy's).
The pronoun a person takes is learned from the story's own words, never from a list of first
names: a subject "he"/"she" inside a clause whose subject is the name ("Ford said he would",
"Ana Ruiz left after she signed", "X lost control and he was thrown"), or in a clause an
adverbial clause with the name as subject opens ("When Ana Ruiz heard, she drove"); never a
pronoun paired with a name ("he and Mike"), one in a clause describing a noun (hung under
it, or opened by a relative word: "the car in which she was trapped"), nor a
pronoun inside a quotation the name speaks ("Ruiz added: “It is hard for him because he …”":
a quoted "he" is someone else). A noun said of one sex set beside the name ("her husband
Roger", "Mrs. Lee": events.gendered_names) tells it too. A person told by both, or by
neither, agrees with either.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.gendered_names import noun_pronouns
from stories.extraction.events.lexicon import RELATIVE_WORDS

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NOUN_CLAUSES = frozenset({"relcl", "acl"})
_SEEMING = frozenset({"appear", "seem"})  # "it appeared X lost control": X is the subject
_QUOTES = frozenset({'"', "“", "”", "‘", "’", "''", "``"})
_PRONOUN_OF = {
    "he": "he",
    "him": "he",
    "his": "he",
    "himself": "he",
    "she": "she",
    "her": "she",
    "hers": "she",
    "herself": "she",
}


def pronoun_of(word: str) -> str | None:
    """ "he" for he/him/his/himself, "she" for she/her/hers/herself, else None."""
    return _PRONOUN_OF.get(word.lower())


def told_pronouns(doc: Doc, names_at: dict[int, str]) -> dict[str, frozenset[str]]:
    """For each name (`names_at` maps token positions to names), the subject pronouns
    ("he", "she") the story links to it."""
    found: dict[str, set[str]] = {}
    for token in doc:
        if token.lower_ not in ("he", "she") or token.dep_ not in _SUBJECTS:
            continue
        if any(c.dep_ == "conj" and (c.pos_ == "PROPN" or c.i in names_at) for c in token.children):
            continue  # "Martha added that he and Mike had written": a pair, not Martha
        if _relative(token):
            continue  # "… the car in which she was trapped", however the parser hung it
        name = subject_above(token, names_at) or _opening_subject(token, names_at)
        if name is not None and not _quoted_between(doc, name, token, names_at):
            found.setdefault(name, set()).add(token.lower_)
    for name, words in noun_pronouns(doc, names_at).items():  # "her husband Roger"
        found.setdefault(name, set()).update(words)
    return {name: frozenset(words) for name, words in found.items()}


def disagrees(pronoun: Token, name: str, told: dict[str, frozenset[str]]) -> bool:
    """Whether the story calls `name` only by the other pronoun than `pronoun`."""
    word = pronoun_of(pronoun.lower_)
    words = told.get(name)
    return word is not None and words is not None and word not in words


def subject_above(pronoun: Token, names_at: dict[int, str]) -> str | None:
    """The name that is the subject of a verb the pronoun's clause lies under, short of a
    clause describing a noun ("Lee praised Oro, who held a hand while she was trapped": the
    "she" is not Lee's)."""
    verb = pronoun.head
    while verb.head.i != verb.i and verb.dep_ not in _NOUN_CLAUSES:
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None and subject.i < pronoun.i and subject.i in names_at:
            return names_at[subject.i]
    return None


def _opening_subject(pronoun: Token, names_at: dict[int, str]) -> str | None:
    """ "When Ana Ruiz heard the news, she drove": the named subject of an adverbial clause
    opening the pronoun's own clause."""
    for clause in pronoun.head.children:
        if clause.dep_ != "advcl" or clause.i > pronoun.i:
            continue
        subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
        if subject is not None and subject.i in names_at:
            return names_at[subject.i]
    return None


def _quoted_between(doc: Doc, name: str, pronoun: Token, names_at: dict[int, str]) -> bool:
    """Whether a quotation mark stands between the pronoun and the last mention of `name`
    before it: the pronoun is inside what the named person is quoted saying."""
    start = max((i for i, n in names_at.items() if n == name and i < pronoun.i), default=0)
    return any(
        (t.is_quote or t.text in _QUOTES) and not _possessive(t) for t in doc[start : pronoun.i]
    )


def _possessive(mark: Token) -> bool:
    """ "the nurses' union", "the farmers’ loans": an apostrophe ending an owner, no quotation."""
    return mark.tag_ == "POS" or mark.dep_ == "case"


def seeming_subject(token: Token) -> bool:
    """ "The deputy said it appeared Roger W. lost control and he was thrown": a name the
    parser made the object of an "it appeared"/"it seemed", the subject of what it reports."""
    verb = token.head
    return (
        token.dep_ == "dobj"
        and verb.lemma_.lower() in _SEEMING
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)
    )


def _relative(pronoun: Token) -> bool:
    """Whether the pronoun's clause opens with a relative word ("in which she was trapped",
    "where he works"): it describes a noun, wherever the parser attached it."""
    verb = pronoun.head
    return any(
        t.lower_ in RELATIVE_WORDS and t.tag_ in ("WDT", "WP", "WP$", "WRB")
        for t in pronoun.doc[verb.left_edge.i : pronoun.i]
    )
