"""Events named by a noun: "Thursday night's fight", "an SEC inquiry into X", "the protests".

News reports many happenings with a noun rather than a verb, often inside a clause about
something else: "the Steelers distanced themselves from Thursday night's fight", "China
denounced a court ruling", "his sentencing is scheduled for May 2". The noun is an event of its
own when it points at one happening, which the wording shows in a few general ways: a date of
its own, a definite or possessive determiner ("the hearing", "its listing"), or a named actor
or target ("the SEC inquiry", "the inquiry into WeWork", "suspensions for Garrett"). A bare
generic noun ("a fight is never good") is not an event.

A verb of the lexicon or a light verb that takes the noun tells the same happening ("attended
the summit", "held talks") and keeps it; any other verb ("denounced", "delayed", "led to") is a
second happening, and the noun gets a site of its own here.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.entities import PLACE_LABELS
from stories.extraction.events.accords import accord_in_force
from stories.extraction.events.certainty import noun_certainty
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.counted_happenings import (
    counted_toll,
    past_passive,
    reported_in_the_past,
)
from stories.extraction.events.delivered_occasions import placed_by_its_participle
from stories.extraction.events.fronted_settings import fronted_dated_deed
from stories.extraction.events.lexicon import (
    ATTRIBUTION_VERBS,
    BARRED_MODALS,
    CHANNEL_NOUNS,
    DEFINITE_DETERMINERS,
    FUTURE_AUXILIARIES,
    GOVERNOR_CERTAINTY,
    LASTING_NOUNS,
    NON_EVENT_VERBS,
    NOUN_CERTAINTY,
    NOUN_CLASSES,
    SIGHTING_VERBS,
    SPECULATIVE_MODALS,
)
from stories.extraction.events.noun_phrases import phrase, place_name
from stories.extraction.events.noun_subjects import subject_clause
from stories.extraction.events.occasions import (
    MOVE_NOUNS,
    MOVE_PREPOSITIONS,
    NOUN_PARTY_PREPOSITIONS,
    OCCASION_NOUNS,
    PARTY_PREPOSITIONS,
)
from stories.extraction.events.presupposed_acts import presupposed_legal_act
from stories.extraction.events.reacted_happenings import reacted_to
from stories.extraction.events.sites import Site, enclosing_verb, has_tense
from stories.extraction.events.stances import inside_a_view
from stories.extraction.events.titles import compose, place_phrase
from stories.extraction.events.told_alone import of_phrase, owned
from stories.extraction.mentions import PlaceMention

# Prepositions that make a happening the setting of a deed: "said at a rally".
_SETTING_PREPOSITIONS = frozenset({"at", "during"})
# How an event noun sits in its clause when it stands for a happening.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "appos"})
# Prepositions that name the target or the actor of an event noun: "inquiry into X",
# "suspensions for X", "attack on X", "protests against X", "fight between X and Y".
_TARGET_PREPOSITIONS = frozenset(
    {"into", "for", "on", "against", "between", "with", "of", "by", "over"}
)
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT"})
_NAME_TAGS = frozenset({"NNP", "NNPS"})
# Prepositions that introduce the other party of an event noun in a title.
_PARTY_PREPOSITIONS = frozenset({"with", "of", "between", "against", "over", "into", "for", "on"})
_ACTORS = frozenset({"PERSON", "ORG"})
# Periods whose count says a happening goes on: "the second day of", "a third week of".
_PERIODS = frozenset({"day", "night", "week", "month", "round"})
_ORDINALS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
    | {"tenth", "another", "latest", "new", "fresh"}
)
# Dependents that start another clause: not part of the noun's phrase.
_OTHER_CLAUSES = frozenset({"relcl", "acl", "appos", "ccomp", "advcl", "parataxis", "conj", "cc"})
# How an infinitive or participle hangs on the noun it describes: "shells to be used in".
_DESCRIBING = frozenset({"acl", "relcl"})
# Verbs that tell rather than do (a saying, a seeing, or a state of the lexicon): in the past
# passive of a relative clause they vouch that its noun took place (_witnessed).
_TELLING = ATTRIBUTION_VERBS | SIGHTING_VERBS | NON_EVENT_VERBS
# Verb sites that tell the same happening as an event noun they take. A verb of motion does
# not: "rode into a 50th anniversary tour" is the tour.
_ABSORBING_KINDS = frozenset({"verb", "light", "sighting"})
# Prepositions of cause that set an event noun apart from the lexicon verb it hangs on. (A
# happening named as a landmark in time, "will meet after the forum", is told for the verb.)
CAUSE_PREPOSITIONS = frozenset({"for", "over"})
# Verbs that say a happening goes on, starts or stops: their subject is that happening.
_UNDER_WAY = frozenset({"begin", "start", "continue", "resume", "end", "escalate", "intensify"})


def nominal_sites(doc: Doc, sites: list[Site]) -> list[Site]:
    """Event nouns taken by a verb that reports another happening, as sites of their own.

    `sites` are those `find_sites` found; the result lists only the nouns it left out because a
    verb took them over although that verb is no event of the lexicon ("denounced a ruling").
    """
    taken = {s.anchor.i for s in sites} | {s.noun.i for s in sites if s.noun is not None}
    kinds = {s.anchor.i: s.kind for s in sites}
    found = []
    for token in doc:
        lemma = token.lemma_.lower()
        event_class = NOUN_CLASSES.get(lemma) or OCCASION_NOUNS.get(lemma)
        if token.i in taken or token.pos_ != "NOUN" or event_class is None:
            continue
        if token.ent_type_ in _NAMED or token.ent_type_ in ("DATE", "TIME"):
            continue
        carrier = token.head.head if token.dep_ == "pobj" else token.head
        if (
            kinds.get(carrier.i) in _ABSORBING_KINDS
            and not _second_happening(token)
            and not reacted_to(token)
            and not _subjectless_root(carrier)
            and not fronted_dated_deed(token)
        ):
            continue  # "attended the summit": one happening, the verb's
        if lemma in OCCASION_NOUNS and token.dep_ in ("dobj", "nsubjpass") and carrier.i in kinds:
            continue  # "lost this week's game", "signed a deal": the verb tells the occasion
        found.append(Site(token, lemma, event_class, "noun", token))
    return found


def _subjectless_root(verb: Token) -> bool:
    """ "Attends a forum with X on Monday", a diary's capitalised "OPENS the spring fair in
    Y, May 3": a main verb with no subject tells of no one's deed
    (its title has no actor), so the happening it names is the noun, which must then stand on
    its own (`stands_alone`). A verb the parser reads as an imperative still addresses the
    reader, and so does what it names (statements.addresses_the_reader)."""
    return verb.dep_ == "ROOT" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children
    )


def _second_happening(noun: Token) -> bool:
    """ "arrested for the call", "resigned over the scandal": a preposition of cause makes the
    noun a happening apart from its verb's."""
    return noun.dep_ == "pobj" and noun.head.lower_ in CAUSE_PREPOSITIONS


def stands_alone(noun: Token, *, dated: bool) -> bool:
    """Whether an event noun points at one happening rather than naming a kind of thing.

    It does with a date of its own; when the sentence tells it as one happening (under way, "a
    diagnosis that was later confirmed", "the second day of an offensive", a verbless headline
    "Heavy shelling in Norland."); or, as an argument of its clause, with a definite or
    possessive determiner or a named actor or target. A lasting state named without a date
    inside another noun's phrase ("shells for a country's war") never does: it is a topic,
    not a happening (elsewhere it is going on: `noun_certainty`). A place
    alone is not enough: "talks in Mexico", "acquisitions in Hollywood" name kinds of thing as
    often as happenings. A happening the sentence judges or asks about is a topic, even dated
    (`_judged_or_asked`).
    """
    if _judged_or_asked(noun) or _channel_of_a_saying(noun) or inside_a_view(noun):
        return False  # "dashed hopes of a rescue": hoped for (events.stances), not told
    if accord_in_force(noun):
        return False  # "Under the 2015 agreement, ...": the accord in force (events.accords)
    if not dated and _not_yet_real(noun) and not presupposed_legal_act(noun):
        return False  # "the ICC indictment of X" stays told (events.presupposed_acts)
    if dated or _under_way(noun) or _witnessed(noun) or _counted_day(noun) or _headline(noun):
        return True
    if fronted_dated_deed(noun):
        return True  # "In a police raid Thursday, …" (events.fronted_settings)
    if counted_toll(noun) or reported_in_the_past(noun):
        return True
    if noun.lemma_.lower() in OCCASION_NOUNS:
        return _party_of_occasion(noun)
    if noun.lemma_.lower() in LASTING_NOUNS and _topic_of_a_thing(noun):
        return False
    if _setting_of_a_deed(noun) or placed_by_its_participle(noun):
        return True
    if noun.dep_ not in _ARGUMENT_DEPS and noun.dep_ != "ROOT":
        return False
    # "Lind's visits to the factories": a definite plural sums several happenings up.
    return (_definite(noun) and noun.tag_ == "NN") or _named_party(noun)


def _judged_or_asked(noun: Token) -> bool:
    """ "The mayor's inquiry is pointless", "How likely is a conviction?": an event noun that a
    copula in the present gives an adjective, or one in a direct question, is what the writer
    weighs or wonders about, not a happening the story reports. In the past the copula tells
    what the happening was like ("the attack was deadly"), and an adjective of timing ("the
    ceremony is due", "talks are likely") still tells the happening (`noun_certainty`)."""
    if noun.sent.text.rstrip().rstrip("\"'”’ )").endswith("?"):
        return True
    if noun.dep_ != "nsubj" or noun.head.lemma_ != "be" or noun.head.tag_ not in ("VBZ", "VBP"):
        return False
    return any(
        c.dep_ == "acomp" and c.lemma_.lower() not in GOVERNOR_CERTAINTY for c in noun.head.children
    )


def _channel_of_a_saying(noun: Token) -> bool:
    """ "the ministry's statement said": a statement or letter that says something is the
    medium of the saying, which is reported as the saying itself."""
    return (
        noun.lemma_.lower() in CHANNEL_NOUNS
        and noun.dep_ == "nsubj"
        and noun.head.lemma_.lower() in ATTRIBUTION_VERBS
    )


# Auxiliaries of a clause that tells what is not (yet) so: "will", "would", "should", "could".
_UNREAL_AUXILIARIES = FUTURE_AUXILIARIES | SPECULATIVE_MODALS | BARRED_MODALS


def _not_yet_real(noun: Token) -> bool:
    """ "the panel will find the interview useful", "has the power to end the unrest", "stays
    in jail until his hearing": an undated event noun in a clause of the future, of a modal
    or of an infinitive, in a sentence that names no time, with no place of its own ("his
    hearing in Geneva"; a target, "will respond to an attack on Kuwait", is none) and no word
    on its certainty ("a planned summit"; "will be watching the meeting" puts it to come:
    `noun_certainty`), is a thing the clause talks about, not a happening told. A participle
    or gerund has no tense of its own: "may end up giving less, resulting in an awkward trip"
    is told in the "may"."""
    verb = enclosing_verb(noun)
    for _ in range(4):
        if verb is None or has_tense(verb) or _infinitive(verb) or verb.dep_ not in _UNTENSED:
            break
        verb = enclosing_verb(verb)
    if verb is None or (noun.dep_ in ("nsubj", "nsubjpass") and noun.head == verb):
        return False  # "the hearing will decide": the happening acts, so it is to come
    if any(t.ent_type_ in ("DATE", "TIME") for t in noun.sent):
        return False
    if any(c.lower_ in NOUN_CERTAINTY for c in noun.children) or _placed(noun):
        return False
    lemma = noun.lemma_.lower()
    event_class = NOUN_CLASSES.get(lemma) or OCCASION_NOUNS.get(lemma) or ""
    told = noun_certainty(noun, date=None, published=None, event_class=event_class)
    if told not in ("occurred", "ongoing"):
        return False  # "will be watching the meeting": the words around it make it to come
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(auxiliaries & _UNREAL_AUXILIARIES) or _infinitive(verb)


def _infinitive(verb: Token) -> bool:
    """ "to end": a bare verb after "to"."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# How a participle, gerund or bare verb hangs on the clause whose tense it takes.
_UNTENSED = frozenset({"advcl", "xcomp", "acl", "pcomp", "conj"})


# Prepositions that name what a happening is aimed at, not where it is: "an attack on Kuwait".
_TARGETING = frozenset({"on", "against"})


def _placed(noun: Token, *, targets: bool = False) -> bool:
    """ "a hearing in Geneva": a preposition of the noun names a place; its target ("an attack
    on Kuwait") only with `targets`: that sets a reported strike, not a hypothetical one."""
    return any(
        prep.dep_ == "prep"
        and (targets or prep.lower_ not in _TARGETING)
        and any(t.ent_type_ in PLACE_LABELS for t in prep.subtree)
        for prep in noun.children
    )


def _party_of_occasion(noun: Token) -> bool:
    """ "a deal with Boeing", "warnings from Moscow", "the game against the Steelers": an
    occasion noun (events.occasions) without a date of its own is one happening only with a
    named party; "the deal", "a ban on masks" name a topic."""
    moving = noun.lemma_.lower() in MOVE_NOUNS
    parties = NOUN_PARTY_PREPOSITIONS.get(noun.lemma_.lower(), PARTY_PREPOSITIONS)
    return any(
        prep.dep_ == "prep"
        and (prep.lower_ in parties or (moving and prep.lower_ in MOVE_PREPOSITIONS))
        and _names_its_object(prep)
        for prep in noun.children
    ) or (moving and any(c.dep_ == "poss" for c in noun.children))


def _under_way(noun: Token) -> bool:
    """ "An intense manhunt continues", "primary voting begins": an event noun that a verb says
    goes on, starts or stops is one happening under way, whatever its determiner."""
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _UNDER_WAY


def _headline(noun: Token) -> bool:
    """ "More heavy shelling in Norland.", "Explosion at a harbour in Lyon.": a verbless sentence
    headed by an event noun with a named place reports that happening, as a headline does."""
    if noun.dep_ != "ROOT" or any(t.pos_ in ("VERB", "AUX") for t in noun.sent):
        return False
    return _placed(noun, targets=True)  # "Air strikes on Gaza.": told as a headline tells it


def _counted_day(noun: Token) -> bool:
    """ "the second day of an offensive", "a third night of protests": a happening whose days
    are counted is going on, one happening under way."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    period = noun.head.head
    return period.lemma_.lower() in _PERIODS and any(
        c.dep_ == "amod" and c.lower_ in _ORDINALS for c in period.children
    )


def _witnessed(noun: Token) -> bool:
    """ "a diagnosis that was later confirmed", "a blast which was heard across the city": a
    happening that a relative clause says was confirmed, reported or seen took place. A verb of
    the lexicon or any other deed in the relative clause ("a protest that closed the schools")
    is a happening of its own, told with this one as its actor (events.clauses)."""
    return any(
        c.dep_ == "relcl" and _relative_subject(c) and past_passive(c, _TELLING)
        for c in noun.children
    )


def _relative_subject(verb: Token) -> bool:
    """The relative clause's subject is its relative word: "that was found"."""
    return any(c.dep_ == "nsubjpass" and c.lower_ in ("that", "which") for c in verb.children)


def _setting_of_a_deed(noun: Token) -> bool:
    """ "said at a rally", "was arrested during a protest": a happening named as where or
    when someone did something is one that took place; a plural ("at rallies") is several."""
    return (
        noun.tag_ == "NN"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in _SETTING_PREPOSITIONS
        and noun.head.head.pos_ == "VERB"
    )


def _topic_of_a_thing(noun: Token) -> bool:
    """ "shells for a country's war", "the impact on the war", "shells to be used in the
    war": a lasting state named inside another noun's phrase (also through an infinitive or
    participle describing that noun) is what that thing is about, not a happening."""
    token = noun
    for _ in range(4):
        if token.dep_ != "pobj":
            return False
        holder = token.head.head
        if holder.pos_ in ("NOUN", "PROPN"):
            return True
        if holder.dep_ not in _DESCRIBING or has_tense(holder):
            return False
        token = holder.head if holder.head.pos_ in ("NOUN", "PROPN") else holder
        if token.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def _definite(noun: Token) -> bool:
    """ "the hearing", "its listing", "Garrett's suspension"."""
    return any(c.dep_ == "poss" or c.lower_ in DEFINITE_DETERMINERS for c in noun.children)


def _named_party(noun: Token) -> bool:
    """A name on the noun or in a preposition it takes: "SEC inquiry", "inquiry into WeWork",
    also through the words that describe that name ("a Hong Kong court ruling", "a chat with
    Salesforce founder Marc Benioff": a name in the phrase of the party, not only on its head)."""
    for child in noun.children:
        if child.dep_ == "compound" and _names(child):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in _TARGET_PREPOSITIONS
            and _names_its_object(child, owner=_by_owner(noun, child))
        ):
            return True
    return False


def _names_its_object(prep: Token, *, owner: bool = False) -> bool:
    """Whether a preposition's object is a name (not a date): "with Boeing", "by the FBI"."""
    target = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return (
        target is not None
        and _names(target, owner=owner)
        and target.ent_type_ not in ("DATE", "TIME")
    )


def _by_owner(noun: Token, prep: Token) -> bool:
    """Whether a named owner in the phrase after `prep` names the party: only for the agent of
    one happening ("a declaration by China's health chiefs"); "talk of Lee's victory" and
    "attacks by Hun's troops" are a topic and several happenings."""
    return noun.tag_ == "NN" and prep.lower_ == "by"


def _names(head: Token, *, owner: bool = False) -> bool:
    """The word is a name, or a name stands in its compounds or apposition (or, with `owner`,
    as its owner: "a declaration by China's health chiefs")."""
    if _is_name(head):
        return True
    deps = ("compound", "appos", "poss") if owner else ("compound", "appos")
    return any(
        c.dep_ in deps and _is_name(c) and c.ent_type_ not in ("DATE", "TIME")
        for c in head.children
    )


def owned_by_name(noun: Token, index: MentionIndex) -> bool:
    """ "the Wild's win", "his first match" (he being someone named), "the SEC inquiry": a
    named owner or actor written on the noun itself ties it to one happening of that actor.
    A country or city in front of it is a topic more often than an actor ("Hong Kong
    unrest", "China trade talks"). A plural ("Lind's visits to the factories") is several
    happenings, none of which the noun points at."""
    if _witnessed(noun) or _counted_day(noun):
        return True  # "a diagnosis that was later confirmed": told as a named actor's would be
    if noun.tag_ != "NN":
        return False
    return _done_by_name(noun) or any(
        (c.dep_ == "poss" and (_is_name(c) or index.person(c) is not None))
        or (c.dep_ == "compound" and c.ent_type_ in _ACTORS and index.place(c) is None)
        for c in noun.children
    )


def _done_by_name(noun: Token) -> bool:
    """ "an offensive by the Serbian army", "a manhunt conducted by the FBI": a named agent
    after "by", on the noun or on a participle describing it, carries the happening out."""
    holders = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ == "by" and _names_its_object(prep):
                return True
    return False


def _party(token: Token, index: MentionIndex) -> bool:
    """Someone or something definite: a name, a person, a place, or "the teams"."""
    if token.ent_type_ in ("DATE", "TIME"):
        return False
    if _is_name(token) or index.person(token) is not None or index.place(token) is not None:
        return True
    return any(c.dep_ in ("det", "poss") for c in token.children)


def _is_name(token: Token) -> bool:
    return token.tag_ in _NAME_TAGS or token.ent_type_ in _NAMED


def noun_phrase(noun: Token) -> list[Token]:
    """The noun with its determiners, modifiers and prepositions, without other clauses:
    the span of a noun event inside a clause that reports something else."""
    tokens = [noun]
    stack = [c for c in noun.children if c.dep_ not in _OTHER_CLAUSES]
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(c for c in token.children if c.dep_ not in _OTHER_CLAUSES)
    return sorted(tokens, key=lambda t: t.i)


def nominal_title(noun: Token, *, place: PlaceMention | None, index: MentionIndex) -> str:
    """ "Altercation with Garrett", "Purchase of The Times", "Summit in Geneva": the noun's
    short phrase, its party with the preposition that introduces it, and the place."""
    what = phrase(noun, index, keep_adjectives=True, objective=True) or noun.text
    party = ""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in _PARTY_PREPOSITIONS:
            target = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if target is None or not _party(target, index):
                continue  # "the fight on Thursday", "the meeting with concern": no party
            named = phrase(target, index, objective=True)
            if named and (place is None or named != place_name(place)):
                party = f"{prep.lower_} {named}"
                break
    if not party and place is None:  # "Statement", "Release": said whose, and of what
        whose, party = owned(noun, what, index), of_phrase(noun, index)
        told = whose != what or party
        what = whose
    else:
        told = bool(party)
    if not told and (clause := subject_clause(noun, index)) is not None:
        return compose(what, *clause, place_phrase(place, index, noun))  # "poll shows support"
    return compose(what, "", party, place_phrase(place, index, noun))
