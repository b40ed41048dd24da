"""The place and the people of an event's clause.

The place is the most specific place named in the clause; on a tie, the one the verb takes
through a preposition ("in", "at", "into"...) or as its object beats one merely mentioned, and
a place used as a modifier ("the Norfield forum") or an owner ("North Korea's leader") comes
last or not at all. A departure's destination ("bound for X") is not where it happened, nor is
where a thing or person comes from ("a request from X"), nor who receives what is handed over
("returned the territory to X"), nor the other side of a contest ("X's win over Y":
events.sides). A modifier of a locative phrase is a location ("in an El Paso facility", "at
Cleveland's auditorium"), and a local body that acts ("Hong Kong police", "the Kentucky
governor") acts at home, when nothing better is named.
Relative clauses borrow their antecedent: in "a city ... where the two leaders met", the place
is the city.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from stories.extraction.events import place_rules
from stories.extraction.events.bound_for import inside_a_destination
from stories.extraction.events.complements import borne_by, finer_than_its_locator
from stories.extraction.events.containers import stated_container
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.copular_scenes import copular_scene
from stories.extraction.events.described_orgs import in_describing_agent
from stories.extraction.events.judged_deeds import judging_verb
from stories.extraction.events.lexicon import (
    DESTINATION_PREPOSITIONS,
    HEADING_CLASSES,
    LEAVING_CLASSES,
    LOCATIVE_OBJECT_CLASSES,
    LOCATIVE_PREPOSITIONS,
    NOUN_CLASSES,
    NOUN_MODIFIER_DEPS,
    PARTICIPANT_PREPOSITIONS,
    PLACE_HEAD_NOUNS,
    PLACE_PREPOSITIONS,
    RELATIVE_WORDS,
)
from stories.extraction.events.pointing_back import place_pointed_at
from stories.extraction.events.purpose_trips import purpose_destination
from stories.extraction.events.route_starts import route_start
from stories.extraction.events.sides import beaten_by, faces_a_place, the_other_side
from stories.extraction.events.site_objects import names_a_site_acted_on
from stories.extraction.events.sites import Site
from stories.extraction.events.town_states import region_after_town
from stories.extraction.events.where_towns import town_of_where_noun
from stories.extraction.events.whereabouts import subject_whereabouts
from stories.extraction.mentions import PersonMention, PlaceMention

_MODIFIER_DEPS = NOUN_MODIFIER_DEPS | {"npadvmod"}
_OWNER_DEPS = frozenset({"poss", "nsubj", "nsubjpass"})
_NOMINAL_LINKS = frozenset({"appos", "prep", "pobj", "amod", "compound", "advmod", "conj"})
_CLAUSE_CLIMB = frozenset({"xcomp", "conj"})
_MAX_CLIMB = 5
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Verbs whose "to X" is who receives: "handed the city to X", "lost the contract to X".
GIVING_VERBS = frozenset(
    {"give", "hand", "return", "sell", "cede", "transfer", "award", "grant", "surrender", "lease"}
)
LOSING_VERBS = frozenset({"lose", "concede", "forfeit"})
# Bodies that act where they belong: "<place> police arrested", "the <place> governor signed".
# Not armies, leaders or teams, which act abroad as often as at home.
LOCAL_BODIES = frozenset(
    {
        "police",
        "authority",
        "authorities",
        "government",
        "ministry",
        "court",
        "jury",
        "prosecutor",
        "prosecutors",
        "governor",
        "gov.",
        "mayor",
        "council",
        "parliament",
        "legislature",
        "lawmaker",
        "lawmakers",
        "legislator",
        "senate",
        "assembly",
        "secretary",
        "department",
        "sheriff",
        "firefighter",
        "firefighters",
        "resident",
        "residents",
        "regulator",
        "regulators",
        "voter",
        "voters",
    }
)
# Removals, which happen where what is removed is: "his extradition from X" is heard in X.
REMOVAL_NOUNS = frozenset(
    {"extradition", "deportation", "expulsion", "evacuation", "withdrawal", "pullout", "rescue"}
)
# Happenings that take place where the place named with them is: "the Hong Kong protests", "the
# Virginia election", "the El Paso shooting", "the Tokyo ceremony". Not talks, visits, attacks,
# fights, deals or contests, whose place modifier is as often a side or a target ("US-China
# talks", "the Gaza strikes"), nor inquiries and hearings ("the Ukraine inquiry" sat elsewhere).
SITED_CLASSES = frozenset({"vote", "protest", "disaster", "ceremony", "kill"})
# Happenings in the air or from it, for which "over X" says where ("a jet blown up over X", "flew
# over X", "shot down over X"); for others "over" names a topic or a side ("a row over X").
OVERHEAD_CLASSES = frozenset({"travel", "attack", "disaster", "kill"})


@dataclass(frozen=True)
class PlaceChoice:
    """The event's place, and how the clause holds it."""

    place: PlaceMention | None = None
    is_object: bool = False  # the verb takes it as its object: "visited X", "which ... visit"
    is_location: bool = False  # named as a location, not only as an actor ("X's leader")
    # "clause": the clause names it; "relative": "where", "which"; "owner": the home of whoever
    # acts or owns ("Hong Kong police", "Japan's index")
    source: str = "clause"


def choose_place(site: Site, tokens: list[Token], index: MentionIndex) -> PlaceChoice:
    """The most specific location of the clause; places that only act or own come last."""
    best: tuple[tuple[bool, int, int], PlaceChoice] | None = None
    best_head: Token | None = None
    heads = {site.anchor.i} | ({site.noun.i} if site.noun is not None else set())
    extra = [*_described_happening(site.anchor), *_verbless_circumstance(site.anchor)]
    extra += subject_whereabouts(site.anchor) if "whereabouts" in place_rules.ENABLED else []
    extra += copular_scene(site.noun) if site.kind == "noun" else []
    extra += purpose_destination(site.anchor) if "purpose trips" in place_rules.ENABLED else []
    for token in [*tokens, *extra, *_renaming(tokens, index)]:
        place = index.place_roots.get(token.i) or pointed_at(token, index)
        if place is None:
            continue
        place = stated_container(token, place, index)  # "at Velton in Norburg"
        attachment = _attachment(token, heads, site.event_class, index)
        if attachment is None:
            continue
        head = _renamed(as_place_head(token))
        is_object = head.dep_ == "dobj" and head.head.i in heads
        score = (attachment > 0, place.specificity, attachment)
        if best is None or score > best[0]:
            source = "clause" if attachment > 0 else "owner"
            best = (score, PlaceChoice(place, is_object, attachment > 0, source))
            best_head = head
    if best is not None and best_head is not None and "route starts" in place_rules.ENABLED:
        start = route_start(best_head, site.event_class, index)
        if start is not None:  # "rolled into X from Y": the journey is told from Y
            best = (best[0], PlaceChoice(start, False, True, "clause"))
    antecedent = relative_antecedent(site.anchor, index)
    if antecedent is not None:
        word, place = antecedent
        score = (True, place.specificity, 3)
        if best is None or score >= best[0]:
            best = (score, PlaceChoice(place, word.dep_ == "dobj", True, "relative"))
    return best[1] if best else PlaceChoice()


def pointed_at(token: Token, index: MentionIndex) -> PlaceMention | None:
    """The place a noun such as "the country" stands for (events.pointing_back), when that
    rule is on."""
    if "pointing back" not in place_rules.ENABLED:
        return None
    return place_pointed_at(token, index)


def as_place_head(token: Token) -> Token:
    """The noun a place name stands for: "the Brackmoor spaceport", "the city of X", and the
    first of coordinated places ("North Korea and Russia were ...")."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    noun = _comma_renamed(token)
    if noun is not None:
        return noun
    if token.dep_ == "compound" and token.head.lemma_.lower() in PLACE_HEAD_NOUNS:
        return token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        noun = token.head.head
        if noun.lemma_.lower() in PLACE_HEAD_NOUNS:
            return noun
    return token


def _comma_renamed(token: Token) -> Token | None:
    """The noun of place a name follows after a comma ("a rally in the capital, X"), which the
    parser often leaves unattached to the name: the name holds that noun's role in the clause,
    as an apposition does (`_renamed`)."""
    first = token.left_edge.i
    if token.dep_ == "appos" or first < 2 or token.doc[first - 1].text != ",":
        return None
    noun = token.doc[first - 2]
    if noun.pos_ == "NOUN" and noun.is_lower and noun.lemma_.lower() in PLACE_HEAD_NOUNS:
        return noun
    return None


def _renaming(tokens: list[Token], index: MentionIndex) -> list[Token]:
    """Places set beside a common noun of the clause to name it ("in the capital, Lyon",
    "at the plant, Norville"): the clause leaves out appositions as side remarks, but this one
    says which place the noun is."""
    apposed = [
        child
        for token in tokens
        if token.pos_ == "NOUN"
        for child in token.children
        if child.dep_ == "appos" and child.i in index.place_roots
    ]
    # By position, once: a token equals another of its document at the same offset.
    positions, offsets = {t.i for t in tokens}, {t.idx for t in tokens}
    nouns = index.comma_nouns  # each place's noun, found once per document, not per clause
    for root in index.place_roots:
        if root not in nouns:
            nouns[root] = _comma_renamed(index.doc[root])
    after_comma = [
        root
        for root in index.place_roots
        if root not in positions and (noun := nouns[root]) is not None and noun.idx in offsets
    ]
    return [*apposed, *(index.doc[i] for i in after_comma)]


def _renamed(head: Token) -> Token:
    """The common noun an apposed place names ("the capital" of "the capital, Lyon"), which
    holds the place's role in the clause."""
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head != head:
        return head.head
    return head


def _attachment(token: Token, heads: set[int], event_class: str, index: MentionIndex) -> int | None:
    """2 when the event word takes the place, 1 when it is just in the clause; None when the
    place is no location of this event.

    Participants are not places: a country or city that acts ("Russia accused ..."), owns
    ("Russia's army"), is acted on by a verb that does not go there ("accused Russia"), or
    takes part through "with", "against", "according to" is an actor, not where it happened.
    """
    judging = judging_verb(token)
    if judging is not None and judging.i in heads:
        return None  # "assailed X for drilling in Y": Y is where the deed judged was
    if in_describing_agent(token, heads):
        return None  # "the report released by the Houston police": which report, not where
    head = _renamed(as_place_head(token))
    region = region_after_town(head, index) if "town states" in place_rules.ENABLED else None
    if region is not None:
        head = _renamed(as_place_head(region))  # "in Dearborn, Mich.": the town holds "in"
    if head.dep_ in _MODIFIER_DEPS or head.dep_ == "poss":
        located = _locative_modifier(head, heads, event_class)
        if located is not None:
            head = located  # "in an El Paso facility": as if "in El Paso"
        elif names_a_site_acted_on(head, heads):
            return 2  # "blocked the Velton crossing": at the crossing, in Velton
        elif _names_the_happening(head, heads):
            return 1  # "the Hong Kong protests grew": where they happen
        elif _local_body(head):
            return 0
        elif head.dep_ != "poss":
            return None
    preposition = head.head if head.dep_ == "pobj" and head.head.pos_ == "ADP" else None
    if preposition is not None:
        word = preposition.lower_
        if word == "from" and _comes_from(preposition, heads):
            return None  # "a request from the US", "the train from X": where it comes from
        if word == "over" and _overhead(preposition, heads, event_class):
            return 2 if preposition.head.i in heads else 1  # "a jet blown up over X"
        if event_class in LEAVING_CLASSES and word in DESTINATION_PREPOSITIONS:
            return None
        if word in PARTICIPANT_PREPOSITIONS or preposition.head.lower_ == "according":
            return None
        if "bound for" in place_rules.ENABLED and inside_a_destination(head, heads, event_class):
            return None  # "left for talks in X": where the traveller is bound
        if word == "by" and "sides" in place_rules.ENABLED and beaten_by(preposition):
            return None  # "Norland's defeat by Sudland": the winning side, no place
        if word == "on" and _topic(preposition, heads):
            return None  # "talks on Norland", "a lead on Sudland": what it is about
        if "borne" in place_rules.ENABLED and borne_by(preposition):
            return None  # "imposed sanctions on X": X bears them
        if word == "to" and "recipients" in place_rules.ENABLED and recipient(preposition):
            return None  # "returned the territory to X", "lost the bid to X": X receives
        if word == "of" and residence(preposition):
            return None  # "Jane Doe, 34, of Franklin, was arrested": where she lives
        if word == "for" and event_class not in HEADING_CLASSES:
            return None  # "scored for the Wild", "a win for Norland": a side, not a place
        if word in PLACE_PREPOSITIONS and preposition.head.i in heads:
            return 2
        return 1
    locative = event_class in LOCATIVE_OBJECT_CLASSES
    if head.dep_ == "dobj" and head.head.i in heads:
        return 2 if locative else None
    if head.dep_ == "nsubjpass" and head.head.i in heads and locative:
        return 2  # "Kherson was shelled"
    if head.dep_ == "poss":
        if "sides" in place_rules.ENABLED and faces_a_place(head.head, index):
            return None  # "Norland's win over Sudland": a side, as Sudland is
        if "opponents' homes" in place_rules.ENABLED and the_other_side(head.head):
            return None  # "a win over Sudland's top team": the opponent's home
        return 0  # "Japan's index fell": where the owner is, when nothing better is named
    return None if head.dep_ in _OWNER_DEPS or head.dep_ == "dobj" else 1


def _overhead(preposition: Token, heads: set[int], event_class: str) -> bool:
    """ "over X" on the event word of a happening in the air, or on the thing it strikes ("blew
    up a jet over X"), says where it happened."""
    if event_class not in OVERHEAD_CLASSES:
        return False
    word = preposition.head
    return word.i in heads or (word.dep_ == "dobj" and word.head.i in heads)


def _verbless_circumstance(anchor: Token) -> list[Token]:
    """The words of a verbless clause that says where the event's subject was ("died while in
    custody in a Norland jail", "when in Lyon, she met"): the clause's own parse leaves it out,
    having no verb of its own, but it says where the event was."""
    return [
        token
        for child in anchor.children
        if child.dep_ == "advcl" and child.pos_ == "ADP"
        for token in child.subtree
    ]


def _topic(preposition: Token, heads: set[int]) -> bool:
    """ "on X" after a noun other than the event's own word says what that thing is about or
    bears on ("peace talks on Norland", "sanctions on Sudland", "a lead on Lyon"), not where
    the event happened; after the event word ("the strike on X") it is the event's target."""
    noun = preposition.head
    if NOUN_CLASSES.get(noun.lemma_.lower()) == "attack":
        return False  # "the raid on X": X is where it struck
    return noun.i not in heads and noun.pos_ in ("NOUN", "PROPN")


def recipient(preposition: Token) -> bool:
    """ "to X" after a verb that hands something over ("returned the territory to X", "sold
    the club to X") or loses it to a rival ("lost the race to X") names who receives it, a
    side, not where the handing over happened."""
    verb = preposition.head
    lemma = verb.lemma_.lower()
    if lemma in LOSING_VERBS:
        return True
    return lemma in GIVING_VERBS and any(c.dep_ == "dobj" for c in verb.children)


def residence(preposition: Token) -> bool:
    """ "of X" on a person's name or age ("Jane Doe, 34, of Franklin") says where someone lives,
    as news style writes it, not where the clause's event took place."""
    owner = preposition.head
    aged = any(c.dep_ == "appos" and c.pos_ == "NUM" for c in owner.children)
    return owner.pos_ == "NUM" or owner.ent_type_ == "PERSON" or aged


def _comes_from(preposition: Token, heads: set[int]) -> bool:
    """ "from X" on a thing or a person the event involves ("a request from the US") says where
    it comes from; on a predicate ("became the senator from X") it says what someone is. On a
    removal ("sought his extradition from X", "the withdrawal of troops from X") it says where
    the removing is done: the person is held there, the troops stand there."""
    noun = preposition.head
    if noun.lemma_.lower() in REMOVAL_NOUNS:
        return False
    return noun.i not in heads and noun.pos_ in ("NOUN", "PROPN") and noun.dep_ != "attr"


def _locative_modifier(modifier: Token, heads: set[int], event_class: str) -> Token | None:
    """The noun a place modifies when that noun is where the event is: the object of a locative
    preposition ("in an El Paso facility", "at Cleveland's Public Auditorium", through an
    owner too: "in a Bergen magistrate's court") or of a verb that goes there ("toured
    Norland's factories")."""
    noun = modifier.head
    climb = (
        _MODIFIER_DEPS | {"poss"}
        if "modifiers take part" in place_rules.ENABLED
        else _MODIFIER_DEPS
    )
    while noun.dep_ in climb and noun.head != noun:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in LOCATIVE_PREPOSITIONS:
        return noun
    if noun.dep_ == "dobj" and noun.head.i in heads and event_class in LOCATIVE_OBJECT_CLASSES:
        return noun
    return None


def _described_happening(anchor: Token) -> list[Token]:
    """The words naming the happening a participle describes ("Hong Kong" of "with Hong Kong
    protests exploding"), which lie outside the participle's own clause."""
    if anchor.dep_ != "acl" or "sited happenings" not in place_rules.ENABLED:
        return []
    noun = anchor.head
    if NOUN_CLASSES.get(noun.lemma_.lower()) not in SITED_CLASSES:
        return []
    named = [c for c in noun.children if c.dep_ in _MODIFIER_DEPS or c.dep_ == "poss"]
    return [token for child in named for token in child.subtree]


def _names_the_happening(modifier: Token, heads: set[int]) -> bool:
    """Whether a place modifies a noun naming a happening that takes place where it is named
    for (`SITED_CLASSES`): the event noun itself ("the Hong Kong protests"), the happening
    that is the event verb's subject ("Hong Kong protests grew") or that a participle describes
    ("with Hong Kong protests exploding")."""
    if "sited happenings" not in place_rules.ENABLED:
        return False
    noun = modifier.head
    while noun.dep_ in _MODIFIER_DEPS and noun.head != noun:
        noun = noun.head
    if NOUN_CLASSES.get(noun.lemma_.lower()) not in SITED_CLASSES:
        return False
    if noun.i in heads:
        return True
    if noun.dep_ in _SUBJECT_DEPS and noun.head.i in heads:
        return True
    return any(c.dep_ == "acl" and c.i in heads for c in noun.children)


def _local_body(modifier: Token) -> bool:
    """A place that modifies the subject naming a local body: "Hong Kong police", "the UK Home
    Secretary", "Kentucky Gov. X", "the U.S. government"."""
    noun = modifier.head
    words = [noun.lower_, noun.lemma_.lower()]
    while noun.dep_ in (*_MODIFIER_DEPS, "poss") and noun.head != noun:
        noun = noun.head
        words += [noun.lower_, noun.lemma_.lower()]
    acts = noun.dep_ in _SUBJECT_DEPS or (noun.dep_ == "pobj" and noun.head.lower_ == "by")
    return acts and any(word in LOCAL_BODIES for word in words)


def relative_word(anchor: Token) -> Token | None:
    """ "where" or "which" standing for a noun outside the clause, if the clause has one."""
    for child in anchor.children:
        if child.lower_ in RELATIVE_WORDS and child.dep_ in ("advmod", "dobj", "pobj"):
            return child
    return None


def relative_antecedent(anchor: Token, index: MentionIndex) -> tuple[Token, PlaceMention] | None:
    """The place a relative word of the clause refers to.

    The parser often hangs the relative clause on a nearby noun ("the border where ..."), so
    the search climbs from that noun to the first place; a coordinated relative clause
    ("..., and which Ortega is visiting") falls back to the last place named before it.
    """
    word = relative_word(anchor)
    if word is None:
        return None
    clause = anchor
    for _ in range(_MAX_CLIMB):
        if clause.dep_ not in _CLAUSE_CLIMB or clause.head == clause:
            break
        if clause.dep_ == "conj" and clause.head.pos_ not in ("VERB", "AUX"):
            break
        clause = clause.head
        if clause.dep_ == "relcl":
            break
    if clause.dep_ == "relcl":
        token = clause.head
        town = town_of_where_noun(word, token, index)
        if town is not None:  # "brought to New Milford authorities, where ..."
            return word, town
        for _ in range(_MAX_CLIMB):
            place = index.place(token)
            if place is not None:
                finer = finer_than_its_locator(token, index)
                if finer is not None and "finer relative" in place_rules.ENABLED:
                    return word, finer  # "X in Y, where ...": X
                return word, place
            if token.dep_ not in _NOMINAL_LINKS or token.head == token:
                break
            token = token.head
    sentence = index.sentence(word)
    for token in reversed(sentence[: word.i - sentence.start]):
        place = index.place_roots.get(token.i)
        if place is not None and as_place_head(token).dep_ not in _MODIFIER_DEPS:
            return word, place
    return None


def people_of(tokens: list[Token], subject: Token | None, index: MentionIndex) -> tuple[str, ...]:
    """Names of the people in the clause, the subject's first."""
    found: list[PersonMention] = []
    if subject is not None:
        for token in subject.subtree:
            person = index.person(token)
            if person is not None:
                found.append(person)
    for token in tokens:
        person = index.person_at.get(token.i)
        if person is not None:
            found.append(person)
    return tuple(dict.fromkeys(p.name for p in found))
