"""Tense of the clause around a time expression, which decides which "Tuesday" a story means.

With a spaCy parse the governing verb is found through the dependency tree; without one, the
nearest tense cue word in the sentence decides. Both return "past", "present", "future" or
"unknown" (see ``times_calendar`` for what each means when resolving).
"""

import re

from spacy.tokens import Doc, Span, Token

from stories.extraction.contractions import contracted_d_word
from stories.extraction.times.aspectual_gerunds import aspectual_governor
from stories.extraction.times.set_dates import set_as_a_time, set_by_a_bare_participle
from stories.extraction.times.vocab import WEEKDAYS

_FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo", "ll"})
FUTURE_AUXILIARIES = _FUTURE_AUXILIARIES  # for the clauses a future waits on
# Outlets print contractions with the typographic apostrophe ("he’ll", "she’d", "they’ve"),
# which the tagger leaves as written; read as the plain "'ll", "'d" and "'ve" they are.
_TYPOGRAPHIC_APOSTROPHE = "\u2019"
_PROSPECTIVE_MODALS = frozenset({"can", "could", "may", "might", "must", "should", "ought"})
_MAX_HEAD_STEPS = 5
# Verbs whose infinitive complement happens when they do: "continue to negotiate" is as present
# as "continue", "began to fall on Friday" as past as "began".
_ASPECTUAL = frozenset({"continue", "keep", "begin", "start", "stop", "cease", "resume", "fail"})


def detect_tense(text: str, start: int, end: int, doc: Doc | None = None) -> str:
    """Tense of the clause that the time expression text[start:end] modifies."""
    if doc is not None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) and not _outside_its_clause(span.root):
            return _tense_from_parse(span.root)
    return _tense_from_words(text, start, end)


def _outside_its_clause(root: Token) -> bool:
    """Whether the parse hangs the time on a verb whose clause opens after it: "brushed off
    warnings on Thursday that the dam could fail" (the tagger read "brushed" as an
    adjective). A subordinate clause starts at its "that", "if" or "because", so a time told
    before that word is no part of it, and its modal says nothing of the time; the words
    around the time decide instead."""
    verb = _governing_verb(root)
    return verb is not None and any(
        c.dep_ == "mark" and root.i < c.i < verb.i for c in verb.children
    )


_PERFECT = frozenset({"has", "have", "'ve"})
# Verbs whose past is spelled as their present: after a singular noun subject the present would
# read "hurts", so "Weakness hurt the index on Friday" is past whatever the tagger said.
_PAST_AS_PRESENT = frozenset(
    {"hurt", "cut", "put", "set", "hit", "let", "cost", "shut", "spread", "quit", "bid", "cast"}
    | {"burst", "split", "slit", "beat", "shed", "upset", "broadcast", "forecast", "bet"}
)


def clause_tense(doc: Doc, start: int, end: int, trigger: str = "") -> str:
    """Tense of the clause text[start:end] itself, read from its head verb: "past", "perfect"
    (the present perfect), "present", "future" or "unknown". A clause told on its subject
    ("The dispute, which erupted in 1983") has its trigger's tense, not the main verb's that
    the subject goes on to ("… has claimed thousands of lives")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return "unknown"
    root = span.root
    verb = root if root.pos_ in ("VERB", "AUX") else _governing_verb(root)
    verb = _clause_on_subject(span, trigger) or verb
    tense = _verb_tense(verb) if verb is not None else "unknown"
    if tense == "anterior" and any(
        contracted_d_word(a) in _PERFECT for a in verb.children if a.dep_ == "aux"
    ):
        return "perfect"  # "have offered": a past with present relevance, and no past time
    return "past" if tense == "anterior" else tense


_RELATIVE_CLAUSES = frozenset({"relcl"})


def _clause_on_subject(span: Span, trigger: str) -> Token | None:
    """The trigger's own verb when the clause is a relative clause on a noun of a span whose
    root is a noun ("The dispute, which erupted in 1983"): that noun's verb is another
    clause's. None when the span's root is a verb or holds no such clause."""
    if not trigger or span.root.pos_ in ("VERB", "AUX"):
        return None
    word = trigger.split()[0].lower()
    return next(
        (
            t
            for t in span
            if t.pos_ in ("VERB", "AUX")
            and word in (t.lemma_.lower(), t.lower_)
            and _on_a_noun_of(t, span)
        ),
        None,
    )


def _on_a_noun_of(verb: Token, span: Span) -> bool:
    """Whether `verb` heads a relative clause on a noun of the span, or is joined to one
    ("the man who robbed and shot a clerk")."""
    if verb.dep_ == "conj" and verb.head.dep_ in _RELATIVE_CLAUSES:
        verb = verb.head
    return verb.dep_ in _RELATIVE_CLAUSES and verb.head in span and verb.head.pos_ in _NOUNS


def _governing_verb(token: Token) -> Token | None:
    for _ in range(_MAX_HEAD_STEPS):
        if token.head is token:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


governing_verb = _governing_verb  # for the deeds a date is told of (done_deeds)
_OPEN_END_PREPOSITIONS = frozenset({"until", "till", "through", "by"})
OPEN_END_PREPOSITIONS = _OPEN_END_PREPOSITIONS  # a deadline is no deed's day (done_deeds)


_QUOTES = frozenset({'"', "``", "`", "“", "‘"})


def _tense_from_parse(root: Token) -> str:
    own = _noun_clause_tense(root)
    if own is not None:
        return own
    verb = _governing_verb(root)
    if verb is None or _across_a_quote(root, verb):
        return "unknown"
    if _set_by_a_schedule(root, verb) or set_by_a_bare_participle(root, verb):
        return "future"
    if set_as_a_time(root, verb):
        return "future"
    if _planned_in_the_past(verb) and not any(t.text in WEEKDAYS for t in root.subtree):
        return "unknown"
    tense = _verb_tense(verb)
    if tense == "anterior":
        # "has been postponed until Saturday" and "closed through Thursday" look ahead;
        # "has said Tuesday" and "the suspect, arrested Tuesday" look back.
        return "present" if root.head.lower_ in _OPEN_END_PREPOSITIONS else "past"
    return tense


# Verbs that fix when something will happen: the date they set lies ahead of their own act.
_SCHEDULING = frozenset(
    {"set", "schedule", "reschedule", "postpone", "delay", "slate", "adjourn", "push", "move"}
)
_SETTING_PREPOSITIONS = frozenset({"for", "to", "until", "till"})


def _set_by_a_schedule(root: Token, verb: Token) -> bool:
    """ "took the plea and set the hearing for May 9", "postponed the vote to Friday": a
    date a scheduling verb sets is ahead of the telling, even when the setting is told in the
    past, so the coming May is meant, not the last one."""
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in _SETTING_PREPOSITIONS:
        return False
    if verb.lemma_.lower() not in _SCHEDULING:
        return False
    anchor = preposition.head
    # "pushed back to June": the preposition may hang on the particle.
    held = anchor.dep_ in ("dobj", "nsubjpass", "prt") or anchor.lower_ in ("back", "forward")
    return anchor == verb or (anchor.head == verb and held)


_NOUN_CLAUSES = frozenset({"relcl", "acl"})


def _noun_clause_tense(root: Token) -> str | None:
    """ "are looking into a blaze Monday that razed a shed": a day set
    straight after a noun, before that noun's relative clause, dates the noun's own event,
    and the clause's tense, not the sentence's present, says which Monday. The parser may
    hang the clause on the noun the first one completes ("the cause of a fire"), so the
    nouns joined by "of"-like prepositions are one phrase here. None when the time hangs
    from a verb or its noun phrase has no finite clause after it."""
    if root.dep_ != "npadvmod" or root.head.pos_ not in _NOUNS:
        return None
    noun = root.head
    for _ in range(_MAX_NOUN_STEPS):
        for clause in noun.children:
            if clause.dep_ in _NOUN_CLAUSES and clause.i > root.i and clause.pos_ in _VERBS:
                return _finite_tense(clause)
        preposition = noun.head
        if noun.dep_ != "pobj" or preposition.head.pos_ not in _NOUNS:
            return None
        noun = preposition.head
    return None


_NOUNS = ("NOUN", "PROPN")
_VERBS = ("VERB", "AUX")
_MAX_NOUN_STEPS = 3


def _finite_tense(clause: Token) -> str | None:
    """ "past" or "future" for a tensed clause; None for a bare participle ("a fire Monday
    destroying…"), which has no tense of its own, and for anything less sure."""
    if clause.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("aux", "auxpass") for c in clause.children
    ):
        return None
    tense = _verb_tense(clause)
    return tense if tense in ("past", "future") else None


def _across_a_quote(root: Token, verb: Token) -> bool:
    """ "Wechsler on Thursday: "Without commenting ... is inaccurate"": a quotation opened
    after the time is the speaker's words, whose tense is not the narrator's."""
    if verb.i <= root.i:
        return False
    return any(t.text in _QUOTES for t in root.doc[root.i + 1 : verb.i])


def _verb_tense(verb: Token) -> str:
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxiliaries and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _verb_tense(verb.head)  # "started in December and peaked by ...": shared tense
    if (governor := aspectual_governor(verb)) is not None:
        return _verb_tense(governor)  # "will begin withdrawing on Friday": the coming Friday
    if not auxiliaries and verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.tag_ != "VBG":
        # "has fluctuated, rising to a high in June from $29 in March": a participle clause
        # happens when its governing verb does.
        tense = _verb_tense(verb.head) if verb.head.pos_ in ("VERB", "AUX") else "unknown"
        return tense if tense in ("past", "anterior") else "unknown"
    absolute = verb.head.lower_ == "with" and verb.head.head.pos_ in ("VERB", "AUX")
    if not auxiliaries and verb.tag_ == "VBG" and verb.dep_ == "pcomp" and absolute:
        # "should stop by Friday, with a front reaching the hills Sunday": an absolute clause
        # on "with" happens in its governor's time, coming or past.
        return _verb_tense(verb.head.head)
    words = {contracted_d_word(a) for a in auxiliaries}
    tags = {a.tag_ for a in auxiliaries} | {verb.tag_}
    if words & _FUTURE_AUXILIARIES:
        return "future"
    if "would" in words:
        # Future seen from a past report ("said it would vote Friday"): the coming day when a
        # saying reports it; otherwise a conditional, with no safe direction.
        return "future" if _reported_by_saying(verb) else "unknown"
    if (
        verb.tag_ == "VB"
        and "to" in words
        and verb.dep_ == "xcomp"
        and verb.head.lemma_ in _ASPECTUAL
    ):
        return _verb_tense(verb.head)
    adjective = verb.head if verb.head.pos_ == "ADJ" and verb.head.head != verb.head else None
    infinitive = verb.tag_ == "VB" and "to" in words
    if infinitive and adjective is not None and _verb_tense(adjective.head) in ("past", "anterior"):
        return "unknown"  # "had been due to expire Friday" looks back; "is due to" ahead
    if verb.tag_ == "VB" and "to" in words:
        # An infinitive looks ahead of its governing verb: "plans to vote Friday" is future,
        # but "agreed to sell in October" may be past by now, and so may "spent Monday trying
        # to distance themselves from…": the participle in between has its governor's tense.
        governor = _finite_governor(verb.head)
        return "unknown" if governor.tag_ == "VBD" or past_perfect(governor) else "future"
    if words & _PROSPECTIVE_MODALS and "have" in words and verb.tag_ == "VBN":
        return "past"  # "may have been responsible on Wednesday": a modal perfect looks back
    if words & _PROSPECTIVE_MODALS:
        return "future"
    if verb.tag_ == "VBN" and words & {"has", "have", "'ve"}:
        return "anterior"
    if tags & {"VBD"} or (verb.tag_ == "VBN" and "had" in words):
        return "past"
    if verb.tag_ == "VBP" and not auxiliaries and _singular_subject_of_bare_form(verb):
        return "past"
    if tags & {"VBZ", "VBP"}:
        return "present"
    if verb.tag_ == "VBN" and not auxiliaries:
        return "anterior"
    return "unknown"


def past_perfect(verb: Token) -> bool:
    """ "had been scheduled to expire Friday": a plan seen from before, like a VBD governor; a
    time told so is a flashback's (events.flashback_times)."""
    return verb.tag_ == "VBN" and any(
        contracted_d_word(a) == "had" for a in verb.children if a.dep_ in ("aux", "auxpass")
    )


_PAST_BE = frozenset({"was", "were"})


def _planned_in_the_past(verb: Token) -> bool:
    """ "was scheduled to testify Nov. 14", "were expected to play in January": a plan told as
    it stood in the past, whose date may have come and gone by now, so the nearest such date
    is meant, as under a past governor ("agreed to merge in October"). A weekday keeps looking
    ahead: "was expected to vote Friday" is wire copy's coming Friday."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    governor = _finite_governor(verb.head)
    return governor.tag_ == "VBN" and any(
        contracted_d_word(a) in _PAST_BE for a in governor.children if a.dep_ == "auxpass"
    )


def _singular_subject_of_bare_form(verb: Token) -> bool:
    if verb.lower_ not in _PAST_AS_PRESENT:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(s.tag_ in ("NN", "NNP") for s in subjects)


def _finite_governor(verb: Token) -> Token:
    """The verb a participle chain hangs from ("spent … trying", "left hoping"), or itself."""
    for _ in range(_MAX_HEAD_STEPS):
        if verb.tag_ not in ("VBG", "VBN") or verb.dep_ not in _PARTICIPLE_LINKS:
            return verb
        if verb.head is verb or verb.head.pos_ not in ("VERB", "AUX"):
            return verb
        verb = verb.head
    return verb


_PARTICIPLE_LINKS = frozenset({"xcomp", "advcl", "conj"})
_SENTENCE_END = re.compile(r"[.!?;]\s+(?=[A-Z\"'])|\n")
# A contraction's "'ll", "'ve", "'d" is a word of its own ("he'll" is "he" + "'ll").
_WORD = re.compile(r"'(?:ll|ve|d)\b|[A-Za-z]+(?:'(?!(?:ll|ve|d)\b)[A-Za-z]+)*")
_FUTURE_WORDS = re.compile(
    r"^(?:will|'ll|shall|going|due|scheduled|expected|planned|plans?|set|upcoming|can|could|may|"
    r"might|must|should)$"
)
_PAST_WORDS = re.compile(
    r"^(?:was|were|had|did|said|told|went|came|took|gave|made|met|left|began|won|lost|saw|"
    r"held|fell|rose|got|ran|found|brought|thought|spoke|wrote|became|sent|paid|set|put|"
    r"ago|[a-z]{2,}ed)$"
)
_PRESENT_WORDS = re.compile(r"^(?:is|are|am|says|say|does|do|has|have)$")
_NOT_PAST_ED = frozenset(
    {"need", "indeed", "hundred", "speed", "feed", "seed", "red", "bed", "proceed", "exceed"}
)
_PASSIVE_AUXILIARIES = frozenset({"be", "been", "being"})
_WINDOW_WORDS = 8
_SENTENCE_REACH = 300  # characters looked back for the sentence start, to keep calls cheap


def _plain(text: str) -> str:
    return text.replace(_TYPOGRAPHIC_APOSTROPHE, "'")


def _cue(word: str) -> str | None:
    if _FUTURE_WORDS.match(word):
        return "future"
    if word == "would":
        return "unknown"
    if _PAST_WORDS.match(word) and word not in _NOT_PAST_ED:
        return "past"
    if _PRESENT_WORDS.match(word):
        return "present"
    return None


def _tense_from_words(text: str, start: int, end: int) -> str:
    """Nearest cue word in the sentence; on equal distance the one before the expression wins."""
    window_start = max(0, start - _SENTENCE_REACH)
    ends_before = _SENTENCE_END.finditer(text, window_start, start)
    sentence_start = max((m.end() for m in ends_before), default=window_start)
    after = _SENTENCE_END.search(text, end)
    sentence_end = after.start() if after else len(text)
    # Case is kept so that capitalised names ("May", "Will Smith") are never cues.
    before = _WORD.findall(_plain(text[sentence_start:start]))[-_WINDOW_WORDS:]
    following = _WORD.findall(_plain(text[end:sentence_end]))[:_WINDOW_WORDS]
    for distance in range(_WINDOW_WORDS):
        for words, index in ((before, len(before) - 1 - distance), (following, distance)):
            if 0 <= index < len(words) and (cue := _cue_at(words, index)):
                return cue
    return "unknown"


def _cue_at(words: list[str], index: int) -> str | None:
    """A passive participle ("to be made", "was held") defers to the auxiliary before it."""
    cue = _cue(words[index])
    if cue == "past" and index > 0 and words[index - 1] in _PASSIVE_AUXILIARIES:
        return None
    return cue


_SAYINGS = frozenset({"say", "tell", "announce", "add", "state", "report", "predict", "forecast"})


def _reported_by_saying(verb: Token) -> bool:
    """Whether the clause of `verb` is what a saying reports: "officials said the bridge would
    reopen on Friday" (a clausal complement of "said")."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in _SAYINGS
        and not any(c.lower_ == "have" for c in verb.children)
    )
