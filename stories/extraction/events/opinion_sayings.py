"""Sayings that only comment: "'I'm still puzzled,' Burley said Friday", "the mayor said it was
a great day for the town", "'It is no surprise,' the director said at the session".

A saying whose clause holds no happening can be the news itself (events.sayings,
events.occasioned_sayings): a position, a claim, a count. When the clause is only how the
speaker feels or what the speaker makes of things, nothing was done or announced: it is
colour a reporter quotes, and an editor keeps no event for it, however it is dated or
whoever hears it. Such a clause is a verdict or a feeling put on a pronoun, on "it" or on an
act ("having them there would be a blessing"), or hedged with a modal on anything ("funding
it could be a challenge"); a good or bad span had ("the city had a good day"); a wish or a
regret ("we want our money back"); a witness's "I have never seen"; or what would be, were
things otherwise ("if a hyena was running around, everyone would call animal control"). A
feeling or verdict put plainly on someone or something the sentence names ("Halvor is
furious", "the interview was a great success") reports on that one and is left to the rules
that read sayings, and so is a want that asks someone to act ("wants the firm to turn a
profit").
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.doc_text import doc_text
from stories.extraction.events.condition_marks import conditions_on
from stories.extraction.events.lexicon import SPECULATIVE_MODALS
from stories.extraction.events.quotations import inside_quotation
from stories.extraction.events.saying_verbs import (
    CONCEDING_VERBS,
    CONTINUING_SAYINGS,
    STATEMENT_VERBS,
)

# Sayings that pass on a speaker's words (events.saying_verbs), "explained" and what a speaker
# grants; positions taken ("deny", "warn") are not here, nor "report" and "confirm", which vouch
# for a fact rather than voice the speaker's own view.
_COMMENT_VERBS = (
    (STATEMENT_VERBS - {"report", "confirm"}) | CONTINUING_SAYINGS | CONCEDING_VERBS | {"explain"}
)
# Words whose verdict or feeling is the whole of a copular clause: "was proud", "is no surprise".
_FEELINGS = frozenset(
    {"proud", "happy", "glad", "pleased", "delighted", "thrilled", "excited", "grateful"}
    | {"thankful", "honored", "honoured", "humbled", "blessed", "lucky", "fortunate", "sad"}
    | {"saddened", "disappointed", "upset", "puzzled", "surprised", "shocked", "stunned"}
    | {"confused", "worried", "nervous", "hopeful", "optimistic", "confident", "comfortable"}
    | {"satisfied", "encouraged", "impressed", "heartbroken", "devastated", "relieved"}
    | {"amazed", "overwhelmed"}
)
# Not words of condemnation or apology ("unacceptable", "a mistake", "sorry"): a speaker who
# condemns or owns a fault takes a position, which is news (events.speech).
_VERDICTS = frozenset(
    {"good", "great", "wonderful", "fantastic", "terrific", "excellent", "amazing"}
    | {"incredible", "awesome", "nice", "perfect", "beautiful", "special", "historic"}
    | {"tremendous", "outstanding", "remarkable", "successful", "bad", "terrible", "awful"}
    | {"horrible", "tragic", "unfortunate", "exciting", "encouraging", "disappointing"}
    | {"surprising", "shocking"}
    | {"fun"}
)
_VERDICT_NOUNS = frozenset(
    {"surprise", "blessing", "honor", "honour", "privilege", "pleasure", "joy", "shame"}
    | {"tragedy", "success", "disappointment", "relief", "challenge"}
)
# Verbs of a speaker's wish or regret: "we want our money back", "she regretted calling him a
# traitor"; "want", "wish", "would like" with a clause or an infinitive ask or mean to do
# something ("would like to buy the mill"), and stay.
_WISHES = frozenset({"want", "wish", "regret", "love", "like", "hate", "enjoy", "appreciate"})
_ASKING = frozenset({"want", "wish", "like", "love"})
# Verbs of what one has lived through: "I have never seen this many semis blow over".
_WITNESSING = frozenset({"see", "witness", "experience", "hear"})
# Verbs of standing for or belonging: "proud to represent his country".
_REPRESENTING = frozenset({"represent"})
# Verbs that join a subject to a verdict: "is", "feels great", "seems unfair".
_COPULAS = frozenset({"be", "feel", "seem", "look", "sound", "remain"})
# Plain nouns a verdict is put on: "a great day", "a good thing", "a wonderful experience".
_PLAIN_THINGS = frozenset(
    {"day", "night", "week", "year", "time", "moment", "thing", "feeling", "experience"}
    | {"sight", "job", "start", "result", "news", "step", "opportunity", "way", "idea"}
)
# Spans a verdict on "had a good day" measures: "had a great season".
_SPANS = frozenset({"day", "night", "week", "month", "year", "season", "time", "run"})
_HEDGES = SPECULATIVE_MODALS | {"would"}
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def only_comments(verb: Token) -> bool:
    """Whether a saying verb's said clause is only the speaker's feeling or verdict."""
    if verb.lemma_.lower() not in _COMMENT_VERBS:
        return False
    said = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    return len(said) == 1 and _comment_clause(said[0])


def _comment_clause(clause: Token) -> bool:
    """ "he was proud", "it is no surprise", "I'm puzzled", "the city had a good day": a
    feeling or a verdict on a pronoun, "it" or an act, or a good or bad span had."""
    if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in clause.children):
        return False  # "we are proud, and we will build a hall" tells more than a feeling
    if clause.lemma_.lower() == "have":
        return not _holds_a_happening(clause) and any(
            _had_span(c) for c in clause.children if c.dep_ == "dobj"
        )
    if _counterfactual(clause):
        return True
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return False
    if not (subject.pos_ == "PRON" or subject.dep_ == "csubj"):
        # "funding the plan could be a challenge": a verdict hedged with a modal is an opinion on
        # anything; unhedged, one on a named thing reports on it ("Halvor is furious").
        return _hedged(clause) and _copular_verdict(clause) and not _holds_a_happening(clause)
    if subject.lower_ in ("i", "we") and clause.lemma_.lower() in _WITNESSING:
        # "I have never seen anything like it": a witness's measure of what is told elsewhere
        return any(c.dep_ == "neg" and c.lower_ == "never" for c in clause.children)
    if clause.lemma_.lower() in _WISHES:
        return clause.lemma_.lower() not in _ASKING or not any(
            c.dep_ in ("xcomp", "ccomp") for c in clause.children
        )
    if _holds_a_happening(clause):
        return False  # "pleased the suspect had been arrested", "excited to open a plant"
    if clause.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in clause.children):
        return clause.lower_ in _FEELINGS  # "I'm still puzzled", "we were thrilled"
    return _copular_verdict(clause)


def _holds_a_happening(clause: Token) -> bool:
    """ "was pleased the suspect had been arrested", "was excited to open a plant", "had a bad
    month as 50,000 jobs were lost": a feeling or a verdict on a fact or a plan told beneath it
    (on the clause's verb or on the feeling, the verdict or the span itself) passes that on, and
    the saying that tells it is news. A subject clause is what the verdict is put on, not a fact
    told: "having them there would be a blessing", and an extraposed one after "it" ("it is no
    surprise sales tax was down"); a clause further down ("encouraged by the report's tone and
    its recommendations ensuring students are helped") is the cause of the feeling described."""
    words = [c for c in clause.children if c.dep_ in ("acomp", "attr", "dobj")]
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    extraposed = (
        subject is not None
        and subject.lower_ == "it"
        and not any(w.lower_ in _FEELINGS for w in words)
    )
    return any(
        _told_beneath(word, extraposed) for head in (clause, *words) for word in head.children
    )


def _told_beneath(word: Token, extraposed: bool) -> bool:
    """Whether a clause beneath a feeling or a verdict tells a fact or a plan. Not an infinitive
    of being, having, witnessing or representing ("glad to be back", "sad to see him go",
    "proud to represent his country"): where the speaker is, not what was done. After an
    extraposed "it" a clause of being ("it is no surprise sales tax was down") is what the
    verdict is put on; a clause with a full verb ("it was a tragedy that three children died",
    "a shame the council voted to close the library", read as a relative clause) tells news."""
    if word.pos_ not in ("VERB", "AUX"):
        return False
    if word.dep_ == "advcl":
        return True
    lemma = word.lemma_.lower()
    plain = word.pos_ == "AUX" or lemma in ("be", "have")
    if word.dep_ == "xcomp":
        return not (plain or lemma in _WITNESSING or lemma in _REPRESENTING)
    if word.dep_ == "relcl":
        return (
            extraposed
            and word.head.lemma_.lower() in _VERDICT_NOUNS
            and not plain
            and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
                for c in word.children
            )
        )
    return word.dep_ == "ccomp" and not (extraposed and plain)


def _copular_verdict(clause: Token) -> bool:
    """ "was proud", "is no surprise", "feels great": when a copula joins its subject to a
    feeling or a verdict, that is the whole of the clause: nothing done, only how the speaker
    finds things. A happening judged ("was a historic agreement", see `_verdict`) tells more."""
    if clause.lemma_.lower() not in _COPULAS:
        return False
    return any(_verdict(c) for c in clause.children if c.dep_ in ("acomp", "attr"))


def _hedged(clause: Token) -> bool:
    """ "could be a challenge", "would be a blessing": a verdict under a modal is a guess at
    how things may turn out, an opinion whatever it is put on, where a plain "the interview
    was a great success" reports on the thing it names."""
    return any(c.dep_ == "aux" and c.lower_ in _HEDGES for c in clause.children)


def _counterfactual(clause: Token) -> bool:
    """ "If a hyena was running around, everyone would call animal control": what would be,
    were things otherwise, is nothing that happened. Reported, "would … if" with a past is
    most often a "will … if" put into the past ("said it would strike if the company cut
    wages": a threat, news); only the speaker's own words, or a past perfect or a "were" in the
    condition ("would have flooded if the dam had failed", "unless the levee had held"), tell
    what is not so. What opens a condition is events.condition_marks' one reading."""
    if not any(c.dep_ == "aux" and c.lower_ == "would" for c in clause.children):
        return False
    quoted = inside_quotation(doc_text(clause.doc), clause.idx)
    return any(_past_perfect_or_were(c) if not quoted else _past(c) for c in conditions_on(clause))


def _past(condition: Token) -> bool:
    auxiliaries = (a for a in condition.children if a.dep_ == "aux")
    return any(w.tag_ == "VBD" for w in (condition, *auxiliaries))


def _past_perfect_or_were(condition: Token) -> bool:
    """ "if the dam had failed", "if she were asked": a condition put as not so."""
    words = (condition, *_auxiliaries(condition))
    if any(w.lower_ == "were" for w in words):
        return True
    return condition.tag_ == "VBN" and any(
        a.dep_ == "aux" and a.lower_ in ("had", "'d") for a in words
    )


def _auxiliaries(verb: Token) -> list[Token]:
    return [a for a in verb.children if a.dep_ in ("aux", "auxpass")]


def _verdict(word: Token) -> bool:
    """ "proud", "a great day", "no surprise", "a blessing and an honor"; not "a historic
    agreement", a happening judged, which the rules read for that happening."""
    words = [word, *(c for c in word.children if c.dep_ in ("compound", "conj"))]
    if any(w.lower_ in _FEELINGS or w.lower_ in _VERDICTS for w in words):
        return True
    if any(w.lemma_.lower() in _VERDICT_NOUNS for w in words):
        return True
    return word.lemma_.lower() in _PLAIN_THINGS and any(
        c.dep_ == "amod" and c.lower_ in _VERDICTS for c in word.children
    )


def _had_span(thing: Token) -> bool:
    """ "a good day", "a bad season": a span judged, had by anyone."""
    return thing.lemma_.lower() in _SPANS and any(
        c.dep_ == "amod" and c.lower_ in _VERDICTS for c in thing.children
    )
