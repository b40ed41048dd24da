"""What a saying's title says was said: the reported clause, said short, or the quote before it.

WHY: a statement event's title must say what was stated ("Ministry says lifting the duties is a
condition"), or "Ministry says" tells nothing, and what was said must fit the room a title
leaves. These rules read the reported clause (its subject, verb and object, `short_clause`) or
a quote before the saying (`quoted_before`); events.titles builds the title around them and
events.title_completions completes a title that stops on its verb with them. The complement of
a linking verb (`linking_complement`: "became bowl-eligible") serves both a reported clause and
a title's own verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.bound_prepositions import TELLING_VERBS
from stories.extraction.events.clause_cuts import closed_cut
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.noun_phrases import phrase
from stories.extraction.events.reported_clauses import trimmed_clause
from stories.extraction.events.saying_verbs import STATEMENT_VERBS
from stories.extraction.events.sayings import REPORTING_VERBS

# The verbs whose reported clause a title may say (reported_words, title_completions).
SAYING_VERBS = STATEMENT_VERBS | REPORTING_VERBS | TELLING_VERBS
# The longest reported clause or quote, in characters, a title says as written.
_MAX_REPORTED = 45
# Subjects a clause said short keeps as written ("she said she had not had time").
_TOLD_PRONOUNS = frozenset({"he", "she", "they"})
# The marks that open or close a quote, straight or curly (title_completions reads them too).
QUOTE_MARKS = frozenset({"“", "”", '"', "``", "''", "‘", "’", "'"})


def reported_words(verb: Token, index: MentionIndex, room: tuple[int, int]) -> str | None:
    """What a statement says, in the article's words, when a statement verb's reported clause
    follows it ("said on Monday that lifting the duties is a condition for any deal"): a
    statement event's title must say what was stated, or "Ministry says" tells nothing. A
    clause too long for a title is said short, by its subject, verb and object ("police confirm
    body belonged to Castell"), else without the adjuncts that end it, to fit the `room`
    (characters, words) the title leaves it; `titles.compose` drops what still does not fit."""
    if verb.lemma_.lower() not in SAYING_VERBS:
        return None  # another verb's clause in its title made retellings look alike (identity)
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if not clauses:
        return quoted_before(verb)
    clause, subject = clauses[0], _clause_subject(clauses[0])
    if len(clauses) > 1 and _clause_subject(clauses[1]) is None:
        # "confirmed that the body found along a highway belonged to X": the parser took the
        # participle "found" for the reported clause; "belonged" is it, and "body" its subject.
        clause = clauses[1]
    words = [t for c in clauses[: clauses.index(clause) + 1] for t in c.subtree]
    words = [
        t for t in words if not (t.lower_ == "that" and t.dep_ == "mark" and t.head in clauses)
    ]
    words.sort(key=lambda t: t.i)
    text = verb.doc[words[0].i : words[-1].i + 1].text.strip(" .,;:")
    if len(" ".join(text.split())) > min(_MAX_REPORTED, room[0]):
        short = short_clause(clause, subject, index)
        return short or trimmed_clause(clause, words[0].i, *room) or text
    return text or None


def quoted_before(verb: Token) -> str | None:
    """ "'We will not back down,' the mayor said on Friday": a quote before its saying is what was
    said, given in the speaker's own words and marks ("Mayor says “We will not back down”"),
    its opening only when it is long; said over, a quote would put "we" and "I" in the title's
    mouth as if they were the writer's. A short reported clause before it is said as written."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None:
        return None
    words = [t for t in clause.subtree if t.i < verb.i]
    marks = [t for t in verb.doc[max(words[0].i - 1, 0) : verb.i] if t.text in QUOTE_MARKS]
    words = [t for t in words if t.text not in QUOTE_MARKS]
    if not words:
        return None
    text = verb.doc[words[0].i : words[-1].i + 1].text.strip(" .,;:")
    if not marks:  # "the bridge was safe, the mayor said": reported, said as it is when short
        if words[0].tag_ not in ("NNP", "NNPS") and words[0].text != "I":
            text = text[:1].lower() + text[1:]
        return text if 0 < len(text) <= _MAX_REPORTED else None
    text = "".join(ch for ch in text if ch not in '“”"')
    if len(text) > _MAX_REPORTED:
        text = closed_cut(text[: _MAX_REPORTED + 1].rsplit(" ", 1)[0].rstrip(" ,;:")) + "…"
    return f"“{text}”" if text else None


def _clause_subject(clause: Token) -> Token | None:
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)


def short_clause(clause: Token, subject: Token | None, index: MentionIndex) -> str | None:
    """ "the agency said that the 9 million premature deaths it counted were caused by X" ->
    "deaths were caused by X": the reported clause's subject, its verb with the auxiliaries as
    written, and its object, complement or first prepositional phrase, each in short form."""
    if subject is None or clause.lemma_ == "be":
        return None  # "reported that the WeWork is the subject": too thin said short
    who = phrase(subject, index, objective=True)
    if who is None or subject.lower_ in _TOLD_PRONOUNS:
        # "it had become": readable; "she said she had not had time" keeps its "she", which
        # is true whoever it is: a name put for it may be the wrong one, or say one twice
        who = subject.lower_ if subject.pos_ == "PRON" else None
    if not who:
        return None
    group = [c for c in clause.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < clause.i]
    verb_words = " ".join(t.text for t in [*group, clause])
    particle = next((c.lower_ for c in clause.children if c.dep_ == "prt"), "")
    if particle:
        verb_words += " " + particle
    what = ""
    target = next((c for c in clause.children if c.dep_ in ("dobj", "attr")), None)
    if target is not None:
        what = phrase(target, index, objective=True) or ""
        if not what and target.pos_ != "PRON":
            return None  # never a verb whose object is left half said
    elif (complement := linking_complement(clause)) is not None:
        what = complement
    else:
        prep = next((c for c in clause.children if c.dep_ in ("prep", "agent")), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        said = phrase(pobj, index, objective=True) if pobj is not None else None
        what = f"{prep.lower_} {said}" if said else ""
    if not what and any(
        c.i > clause.i and c.dep_ not in ("punct", "advmod") and not _second_clause(c)
        for c in clause.children
    ):
        return None  # "found that they had 18 times the number…": never cut mid-phrase
    mark = next(
        (
            c.lower_
            for c in clause.children
            if (c.dep_ == "mark" and c.lower_ != "that") or (c.tag_ == "WRB" and c.i < clause.i)
        ),
        "",
    )  # "whether", and "how" or "why": a question clause is no statement
    return " ".join(w for w in (mark, who, verb_words, what) if w)  # "whether fire was linked…"


def _second_clause(word: Token) -> bool:
    """A clause coordinated after the reported one, with its own subject, or its "and": "that
    the charges be dropped and that he be released" is said in full by its first clause."""
    if word.dep_ == "cc":
        return any(_second_clause(c) for c in word.head.children if c.dep_ == "conj")
    return word.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children)


def linking_complement(verb: Token) -> str | None:
    """What a linking verb says its subject became: "became bowl-eligible", "remains
    closed"; the complement's own phrases ("for a second season") stay out."""
    complement = next((c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd")), None)
    if complement is None or complement.pos_ not in ("ADJ", "NOUN", "PROPN"):
        return None
    words = [t for t in complement.subtree if t.i <= complement.i and not t.is_space]
    return "".join(t.text_with_ws for t in words).strip() or None
