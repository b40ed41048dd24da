"""The hurt counted beside the dead in one toll: one happening.

News gives a deadly happening's toll in one sentence, the dead and then the hurt: "Two
Palestinians were killed and three were wounded early Saturday", "Some 14 people were killed
and scores were injured, including the minister". The clause reader makes an event of each
verb, and no retelling rule in `identity` joins them (the subjects are two counts of people, and
the verbs differ). An editor keeps one event, the toll ("Two people die and three are hurt in
the clash", as the LGL dev gold tells every such sentence), and the hurt telling of it matched
nothing.

`fold_wounded_tolls` folds a telling of the hurt ("injure", "wound", "hurt", "suffered
injuries") to the killing, dying or blow ("was struck and suffered non-life threatening
injuries") told just before it in the same sentence when only "and" stands between the two
clauses, both are told as done and their days and places do not disagree; the first stays,
taking the hurt telling's day or place when it has none (as a retelling gives them,
events.deduplication).
The hurt clause must belong to the same happening by its grammar, read from the parse: it has
no subject of its own
("killed three people and wounded 12 others", "was struck and suffered injuries"), it is told in
the passive, the toll's second count ("and three were wounded"), or its subject is the
killing's own ("he killed his wife and he injured her sister"). A hurt dealt by another actor
is another happening even when "and" joins it ("Israel struck Gaza and a rocket injured two
Israelis in Sderot"; "The Yankees beat the Red Sox and Judge hurt his wrist"), and so is one
whose passive names a doer other than the killer ("the gunman shot his wife and was wounded
by police"; a doer after a passive killing with none, "were killed and 12 were injured by
debris", is the same toll), or one told of "a separate attack". "Beat" is no
blow here: in news it is as often a defeat.
A wounding told on its own stays an event: in a sentence of its own ("Garner was wounded in the
leg"), or set apart by another word ("was stabbed to death, while another man was critically
injured in an attempt to stop the assailant").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.dates import dates_overlap
from stories.extraction.events.deduplication import with_retold_date, with_retold_place
from stories.extraction.events.folding import anchored
from stories.extraction.events.lexicon import NOUN_CLASSES, VERB_CLASSES
from stories.extraction.events.states import passive_agent
from stories.extraction.events.undergoers import period_of, places_agree
from stories.extraction.mentions import EventCandidate

_HURT = frozenset({"injure", "wound", "hurt", "injury"})  # "injury": "suffered injuries"
_DEADLY = frozenset({"kill", "die"})  # the lexicon's classes of killing and dying
# Blows dealt to a person, whose hurt is their toll: "was struck and suffered injuries".
_BLOWS = frozenset({"strike", "hit", "shoot", "stab", "punch", "assault"})
_JOINED = "and"
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_PASSIVES = frozenset({"nsubjpass", "csubjpass", "auxpass"})
# Modifiers that set a happening apart from the one told before: "in a separate attack".
_APART = frozenset({"separate", "unrelated", "different"})


def fold_wounded_tolls(events: list[EventCandidate], doc: Doc) -> list[EventCandidate]:
    """The events left once each hurt counted in a toll has folded into the killing before it
    ("… were killed and three were wounded")."""
    anchors, _ = anchored(events, doc)
    kept: list[tuple[EventCandidate, Token | None]] = []  # each event kept, with its word
    for event in events:
        wounding = anchors[id(event)]
        at = next(
            (
                n
                for n, (dead, killing) in enumerate(kept)
                if _wounded_in_the_toll(dead, event, killing, wounding)
            ),
            None,
        )
        if at is None:
            kept.append((event, wounding))
        else:
            kept[at] = (with_retold_place(with_retold_date(kept[at][0], event), event), kept[at][1])
    return [event for event, _ in kept]


def _wounded_in_the_toll(
    dead: EventCandidate, hurt: EventCandidate, killing: Token | None, wounding: Token | None
) -> bool:
    """Whether `hurt` counts the hurt of the happening `dead` counts the dead of, in the same
    sentence right after it ("… were killed and three were wounded"); `killing` and
    `wounding` are the words the two were read from."""
    if hurt.trigger not in _HURT or dead.trigger in _HURT or not _deadly(dead):
        return False
    if dead.certainty != "occurred" or hurt.certainty != "occurred":
        return False
    if "noun" in (dead.extra.get("kind"), hurt.extra.get("kind")):
        return False
    if killing is None or wounding is None or not _joined_by_and(dead, hurt):
        return False
    if not _hurt_of_the_same_happening(_clause_verb(killing), _clause_verb(wounding)):
        return False
    if dead.date_start and hurt.date_start and not dates_overlap(period_of(dead), period_of(hurt)):
        return False
    return places_agree(dead, hurt)


def _deadly(candidate: EventCandidate) -> bool:
    """A killing, a death, or a blow dealt to a person."""
    lemma = candidate.trigger
    if lemma in _BLOWS:
        return True
    return (VERB_CLASSES.get(lemma) or NOUN_CLASSES.get(lemma) or lemma) in _DEADLY


def _joined_by_and(dead: EventCandidate, hurt: EventCandidate) -> bool:
    """The two clauses stand in one sentence, the killing first, with only "and" (or ", and")
    between them."""
    sentence = dead.summary
    if not sentence or sentence != hurt.summary or dead.start >= hurt.start:
        return False
    first = sentence.find(dead.quote)
    if first < 0:
        return False
    end = first + len(dead.quote)
    second = sentence.find(hurt.quote, end)
    if second < 0:
        return False
    return sentence[end:second].strip(" ,").casefold() == _JOINED


def _clause_verb(word: Token) -> Token:
    """The verb whose clause tells the event: the word itself, or the verb a hurt noun is the
    object of ("suffered injuries", "sustained minor injuries")."""
    if word.pos_ in ("NOUN", "PROPN") and word.dep_ == "dobj":
        return word.head
    return word


def _hurt_of_the_same_happening(killing: Token, wounding: Token) -> bool:
    """The hurt clause has no subject of its own ("and (seriously) wounded 12 others"), is
    passive ("and three were wounded"), or its subject is the killing's ("he killed … and he
    injured"): not a wounding dealt by another actor ("and a rocket injured two Israelis"),
    named as the passive's agent ("shot his wife and was wounded by police"), nor one told of
    a separate attack ("another was wounded in a separate attack")."""
    if _told_apart(wounding):
        return False
    hurter = passive_agent(wounding)
    doer = passive_agent(killing) if _passive(killing) else _subject(killing)
    if hurter is not None and doer is not None and _words(hurter) != _words(doer):
        return False  # "shot his wife and was wounded by police"
    subject = _subject(wounding)
    if subject is None or _passive(wounding):
        return True
    own = _subject(killing)
    return own is not None and _words(own) == _words(subject)


def _subject(verb: Token) -> Token | None:
    """The verb's own subject, or None: unlike verb_subjects.subject_of, which climbs to the verb a
    coordinate continues, a hurt clause with no subject of its own is what marks it as the
    killing's ("killed three and wounded 12")."""
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


def _passive(verb: Token) -> bool:
    """Whether the verb is told in the passive ("were wounded")."""
    return any(c.dep_ in _PASSIVES for c in verb.children)


def _told_apart(verb: Token) -> bool:
    """A phrase of the clause sets its happening apart: "in a separate attack (incident)"."""
    return any(
        t.dep_ == "amod" and t.lower_ in _APART and t.head.dep_ == "pobj"
        for c in verb.children
        if c.dep_ == "prep"
        for t in c.subtree
    )


def _words(phrase: Token) -> str:
    """The phrase's words, lower-cased, to compare two phrases by."""
    return " ".join(t.lower_ for t in phrase.subtree)
