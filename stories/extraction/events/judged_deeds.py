"""A deed someone is blamed or praised for: where it happened is not where the judging was.

"Officials in Norland assailed Sudland for holding drills off Cape Vell", "the minister
praised the rescuers for their work in Port Ash": the gerund after "for" or "of" on a verb of
blame or praise tells the deed judged, often somewhere else and often long before. A place
stated inside it locates that deed; the judging itself happened where the judge spoke, which
the actor's home, the dateline or the story's setting gives. Only a judge the sentence names
as its subject makes the judging an act of its own: "X has been accused of blocking aid in Y"
tells of the deed, with nobody judging anywhere.

The deed may also be the object itself, a happening noun: "Norland condemned the invasion of
Sudland", "the mayor praised the rescue at Port Ash". The place inside it is the happening's,
not the condemning's, which happened at the judge's home; but only when the story tells that
happening in another sentence too, so that it is an event of its own holding the place
("Troops invaded Sudland on Monday. Norland condemned the invasion of Sudland."). A happening
told only as what was condemned has no event but the condemning's ("Norland condemned the
attack on Velton"), and taking its place away from that would lose it from the map.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import NOUN_CLASSES, VERB_CLASSES

# Verbs of judging a party for a deed: "accused X of", "blamed X for", "praised X for".
JUDGING_VERBS = frozenset(
    {
        "accuse",
        "assail",
        "blame",
        "castigate",
        "chide",
        "commend",
        "condemn",
        "congratulate",
        "criticise",
        "criticize",
        "denounce",
        "fault",
        "hail",
        "lambaste",
        "praise",
        "rebuke",
        "reprimand",
        "scold",
        "slam",
        "thank",
    }
)
_DEED_PREPOSITIONS = frozenset({"for", "of"})
_MAX_CLIMB = 8


def judging_verb(token: Token) -> Token | None:
    """The verb of blame or praise, active with its judge as subject, whose judged deed (a
    gerund after "for"/"of") holds `token`, if any: "assailed" for a word of "Officials
    assailed X for holding drills in Y"."""
    for _ in range(_MAX_CLIMB):
        if token.head == token:
            return None
        if token.dep_ == "pcomp" and token.pos_ == "VERB":
            preposition = token.head
            verb = preposition.head
            if (
                preposition.lower_ in _DEED_PREPOSITIONS
                and verb.pos_ == "VERB"
                and verb.lemma_.lower() in JUDGING_VERBS
                and any(c.dep_ == "nsubj" for c in verb.children)
            ):
                return verb
        if token.dep_ == "dobj" and _judged_happening(token):
            return token.head
        token = token.head
    return None


def _judged_happening(noun: Token) -> bool:
    """A happening noun ("the invasion", "the attack") a judge's verb takes as its object."""
    verb = noun.head
    return (
        noun.lemma_.lower() in NOUN_CLASSES
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in JUDGING_VERBS
        and any(c.dep_ == "nsubj" for c in verb.children)
        and told_elsewhere(noun)
    )


def told_elsewhere(noun: Token) -> bool:
    """Whether the story tells the happening in a sentence other than the one judging it: the
    same noun, or a verb of its kind ("troops invaded Sudland" and "the invasion")."""
    lemma = noun.lemma_.lower()
    kind = NOUN_CLASSES[lemma]
    sentence = noun.sent
    return any(
        (word.pos_ == "NOUN" and word.lemma_.lower() == lemma)
        or (word.pos_ == "VERB" and VERB_CLASSES.get(word.lemma_.lower()) == kind)
        for word in noun.doc
        if not sentence.start <= word.i < sentence.end
    )
