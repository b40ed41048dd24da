"""Short headline-style titles: "Ortega arrives in Norfield", "Lind's train stops in Elmvale".

A title is the subject's short form, the verb in the present tense, its particle, the object's
short form and the place with its preposition. Noun phrases lose articles, adjectives,
appositions and relative clauses; people go by the short name the article uses for them and
places by their gazetteer name. Titles stay under `MAX_TITLE` characters by dropping the object
first, then the place. Who the subject is comes from events.verb_subjects; what a saying said,
from events.reported_words.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.approaches import before_a_body
from stories.extraction.events.bound_prepositions import (
    addressee,
    bound_forms,
    told_words,
)
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.inflection import headline_verb, present, said_plural
from stories.extraction.events.lexicon import (
    DESTINATION_PREPOSITIONS,
    MOTION_VERBS,
    NOUN_AS_VERB,
    RELATIVE_WORDS,
)
from stories.extraction.events.meeting_acts import carrier_lemma
from stories.extraction.events.noun_phrases import phrase, place_name, said_head, single_phrase
from stories.extraction.events.noun_subjects import subject_clause
from stories.extraction.events.place_prepositions import title_preposition
from stories.extraction.events.places import as_place_head
from stories.extraction.events.reported_clauses import decided_on
from stories.extraction.events.reported_words import linking_complement, reported_words
from stories.extraction.events.role_nouns import may_be_a_person
from stories.extraction.events.stand_in_titles import conjunct_object, one_more_of
from stories.extraction.events.timed_infinitives import is_infinitive_complement
from stories.extraction.events.title_objects import (
    contact_phrase,
    infinitive_forms,
    infinitive_head,
    object_infinitive,
)
from stories.extraction.events.title_parts import (
    MAX_WORDS,
    clipped,
    direct_object,
    is_time_word,
    loose_particle,
    named_thing,
    relative_object,
    shorter_objects,
    thing_named_before,
)
from stories.extraction.events.told_alone import of_phrase, owned
from stories.extraction.events.unmarked_passives import unmarked_passive
from stories.extraction.events.verb_subjects import subject_of
from stories.extraction.mentions import PlaceMention

MAX_TITLE = 70
_PLURAL_PRONOUNS = frozenset({"they", "we", "you"})


def is_plural(head: Token) -> bool:
    return (
        head.tag_ in ("NNS", "NNPS")
        or head.lower_ in _PLURAL_PRONOUNS
        or any(c.dep_ == "conj" for c in head.children)
    )


def place_phrase(place: PlaceMention | None, index: MentionIndex, anchor: Token) -> str:
    """ "in Norfield": the place with the preposition that introduces it in the text, but not
    the "to" of a move when the event's word (`anchor`) is told in a clause on the place:
    "towed to X, where engineers inspected the hull" inspected it in X."""
    if place is None:
        return ""
    root = index.place_root(place)
    if root is not None:
        root = as_place_head(root)
    preposition = "in" if root is None else title_preposition(root, place, anchor)
    if not preposition:
        return ""
    return f"{preposition} {place_name(place)}"


def compose(*parts: str, shorter: tuple[str, ...] = ()) -> str:
    """Join the non-empty parts, capitalise, and fit the title under MAX_TITLE characters.

    The parts come as (subject, verb, object, place). A verb's object is what makes the
    sentence whole ("Senators criticise", with nothing criticised, is no sentence), so when the
    title is too long the place goes first, then the object is said `shorter` (its first
    member, its head), and it is dropped only when even that does not fit.
    """
    subject, verb, obj, where = parts
    if where and where.split(" ", 1)[-1] in f"{subject} {verb} {obj}":
        where = ""
    said = f"{verb} {obj}".split()
    if where.startswith("to ") and len(said) > 2 and said[-2] == "to":
        where = "of " + where.split(" ", 1)[-1]  # "responds to block" + "to X": "block of X"
    if where and not obj and verb.endswith(" " + where.split(" ", 1)[0]):
        where = where.split(" ", 1)[-1]  # "sworn in" + "in Warsaw": say "in" once
    fallbacks = [(form, place) for form in shorter for place in (where, "")]
    for candidate in ((obj, where), (obj, ""), *fallbacks, ("", where), ("", "")):
        words = " ".join(p for p in (subject, verb, *candidate) if p)
        if len(words) <= MAX_TITLE:
            return words[:1].upper() + words[1:]
    words = subject + " " + verb
    if len(words) > MAX_TITLE:  # never cut a word in two
        words = words[: MAX_TITLE + 1].rsplit(" ", 1)[0]
    return words[:1].upper() + words[1:]


def verb_title(
    verb: Token,
    *,
    particle: str,
    place: PlaceMention | None,
    place_is_object: bool,
    index: MentionIndex,
    guess: bool = False,
    chain: bool = False,
    named: str | None = None,  # the caller's name for the subject ("it": thing_pronouns)
) -> str | None:
    """ "Ortega arrives in Norfield"; passives read like headlines: "Lind met by Kessler".

    With `guess`, a "he" or "she" no subject accounts for is the last person named before it
    (`MentionIndex.last_named`): the caller asks only for a clause that holds its own date or
    place, where a happening is told even when who did it is only likely."""
    subject = subject_of(verb)
    if subject is None:
        return None
    who = named or one_more_of(subject, verb) or phrase(subject, index)  # "another soldier"
    if who is None and guess:
        who = index.last_named(subject) or _role_before(subject, index)
    who = index.chained_name(subject) if who is None and chain else who  # pronoun_chains
    if who is None and guess and subject.lower_ == "they" and subject.dep_ == "nsubj":
        return _done_there(verb, particle or loose_particle(verb), place, index)
    if who is None:
        return None
    passive = _passive(verb) and verb.lemma_ != "head"
    counted = said_head(subject)  # "three days of fighting end" -> "Fighting ends"
    plural = said_plural(counted, who, plural=is_plural(counted))
    words = verb.lower_ if passive else headline_verb(verb, plural=plural)
    particle = particle or loose_particle(verb)
    if particle:
        words += " " + particle
    obj = ""
    shorter: tuple[str, ...] = ()
    target = relative_object(verb, direct_object(verb))
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    told = addressee(verb, target)
    telling = _what_told(verb, told, who, words, index) if told is not None else None
    if place_is_object and place is not None:
        obj, place = place_name(place), None
    elif telling is not None:
        obj, shorter = telling  # "mayor tells reporters the road will reopen"
    elif target is not None and target.lower_ not in RELATIVE_WORDS:
        obj = phrase(target, index, objective=True) or ""
        if obj:
            shorter = shorter_objects(
                target, obj, lambda t, conj=False: single_phrase(t, index, False, True)
            )
        if obj and any(c.dep_ == "det" and c.lower_ == "no" for c in target.children):
            obj = f"no {obj}"  # "found no evidence": the title must not say the opposite
        if obj and (moved := object_infinitive(verb, target, index)):
            obj, shorter = f"{obj} {moved}", (obj, *shorter)  # "urges residents to leave"
        if not obj and target.lower_ in ("it", "this", "that"):
            thing = thing_named_before(target, subject) or conjunct_object(target, verb)
            if thing is None and not _named(subject):
                return None  # "the train reaches it": a title must say what
            if thing is None:
                target = None  # "Nelson won it": whatever it was, Nelson's deed
            else:
                obj = phrase(thing, index, objective=True) or ""  # "contracted it": the plague
        if not obj and target is not None and target.tag_ == "PRP":
            obj = target.lower_  # "divers find them": better than no event at all
        if not obj and target is not None and place is None:
            return None
    elif (said := reported_words(verb, index, _room(who, words))) is not None:
        obj = said  # "ministry says lifting the duties is a condition for any deal"
        shorter = clipped(said, MAX_TITLE - len(who) - len(words) - 2, f"{who} {words}")
    elif (topic := decided_on(verb, index)) is not None:
        obj = topic  # "board rules on permit"
    elif (doing := _gerund_object(verb)) is not None:
        obj = doing.text  # "resumed flying", "denied having sex"
        what = next((c for c in doing.children if c.dep_ == "dobj"), None)
        if what is not None and (said := phrase(what, index, objective=True)):
            obj = f"{obj} {said}"
    elif (
        infinitive := _infinitive_object(verb, index) or infinitive_head(verb, index)
    ) is not None:
        obj = infinitive  # "offered to stage clinic", "tried to steal van"
        shorter = infinitive_forms(verb, index)  # "agrees to drop charges"
    elif (done_to := contact_phrase(verb, index)) is not None:
        obj = done_to  # "the order she signed": "signs order"
    elif (complement := linking_complement(verb)) is not None:
        obj = complement  # "becomes bowl-eligible"
    elif passive and agent is not None:
        by = next((c for c in agent.children if c.dep_ == "pobj"), None)
        named = phrase(by, index) if by is not None else None
        obj = f"by {named}" if named else ""
    elif not particle and (whither := _destination(verb, index)) is not None:
        obj = whither  # "patient goes to doctor", not "patient goes"
    elif not particle and (bound := bound_forms(verb, index)) is not None:
        obj, shorter = bound  # "flood leads to school closures", not "flood leads"
    return compose(who, words, obj, place_phrase(place, index, verb), shorter=shorter)


def _what_told(
    verb: Token, person: Token, who: str, words: str, index: MentionIndex
) -> tuple[str, tuple[str, ...]] | None:
    """ "told reporters that the road would reopen" -> ("reporters the road would reopen",
    shorter forms): the person told and what they were told; the person alone when what was
    told does not fit, as before. None when either cannot be said."""
    heard = phrase(person, index, objective=True)
    if not heard:
        return None
    lead = f"{words} {heard}"
    said = reported_words(verb, index, _room(who, lead))
    if not said:
        return None
    said = told_words(verb, said)
    if not said:
        return None
    cut = clipped(said, MAX_TITLE - len(who) - len(lead) - 2, f"{who} {lead}")
    return f"{heard} {said}", (*(f"{heard} {s}" for s in cut), heard)


def _room(who: str, words: str) -> tuple[int, int]:
    """Characters and words a title with this subject and verb leaves for what was said."""
    return MAX_TITLE - len(who) - len(words) - 2, MAX_WORDS - len(f"{who} {words}".split())


def _role_before(pronoun: Token, index: MentionIndex) -> str | None:
    """ "the talk turned to the mayor as she arrived in the square", "The rebels regrouped.
    On Monday they took the airport": a pronoun with no name before it means the last role
    with "the" its own sentence or the one before gave ("the mayor", "the rebels")."""
    plural = pronoun.lower_ == "they"
    if pronoun.lower_ not in ("he", "she", "they") or pronoun.dep_ != "nsubj":
        return None
    number = index.sentence_number(pronoun)
    begin = index.sentences[max(0, number - 1)].start
    role = next(
        (
            t
            for t in reversed(pronoun.doc[begin : pronoun.i])
            if t.pos_ == "NOUN"
            and t.tag_ == ("NNS" if plural else "NN")
            and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
            and may_be_a_person(t)
            and any(c.lower_ == "the" for c in t.children)
            and index.noun_agrees(pronoun, t)  # not "she" for "the father" (events.sexed_nouns)
        ),
        None,
    )
    return phrase(role, index) if role is not None else None


def _done_there(
    verb: Token, particle: str, place: PlaceMention | None, index: MentionIndex
) -> str | None:
    """ "In the main square, they put up a stage today", "In Ohio, they voted for a
    new governor": a "they" the story never names is people in general, and a clause holding
    its own place or date tells a happening all the same. Titled by what was done, as a
    headline passive ("Stage put up in main square"), or with nothing done to a
    thing, by the town, region or country that did it ("Ohio votes")."""
    if verb.dep_ not in ("ROOT", "ccomp", "conj"):
        return None  # "the changes they made in 2010": a description, not the news
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if target is not None:
        thing = phrase(target, index, objective=True) if target.pos_ != "PRON" else None
        regular = verb.lower_.endswith("ed") or verb.lower_ == verb.lemma_.lower()
        if not thing or not (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and regular)):
            return None  # "they took it": neither what nor a participle to say it with
        done = f"{verb.lower_} {particle}".strip()
        return compose(thing, done, "", place_phrase(place, index, verb))
    if place is None or not 1 <= place.specificity <= 3:
        return None
    words = f"{headline_verb(verb, plural=False)} {particle}".strip()
    return compose(place_name(place), words, "", "")


# Nouns of a "for example" aside, which names no destination.
_ASIDE_NOUNS = frozenset({"example", "instance"})


def _destination(verb: Token, index: MentionIndex) -> str | None:
    """Where a motion verb with no object went when that is not a gazetteer place: "went to his
    doctor" -> "to doctor"; a motion told without it ("patient goes") says nothing. A named
    destination ("for the Brackmoor spaceport") is a place or a body the title names otherwise.
    A destination follows its verb, and "for example" or "for instance" is an aside, never
    where anyone went ("bombers, for example, flew to within 200 km of the coast"). A matter
    goes "before" a body too ("went before the city council", events.approaches)."""
    if verb.lemma_.lower() not in MOTION_VERBS:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.i > verb.i:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if prep.lower_ not in DESTINATION_PREPOSITIONS and not (
                pobj is not None and before_a_body(prep, pobj)
            ):
                continue
            if pobj is not None and pobj.lower_ in _ASIDE_NOUNS:
                continue
            if pobj is None or index.place(pobj) is not None or named_thing(pobj):
                continue  # a place destination is the title's place ("goes to Lyon")
            said = phrase(pobj, index, objective=True)
            if said:
                return f"{prep.lower_} {said}"
    return None


def _named(subject: Token) -> bool:
    """A name for a subject ("Nelson", "Google"): its deed is news even when what it acted
    on is only "it"; "two people" or "the train" acting on "it" says nothing."""
    return subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG")


def _passive(verb: Token) -> bool:
    """ "was arrested", "a tariff imposed on Sept. 1", "was evicted and sentenced": an own or
    shared auxiliary, a participle on a noun or fronted, or one unmarked (unmarked_passives)."""
    if any(c.dep_ == "auxpass" for c in verb.children) or unmarked_passive(verb):
        return True
    own = any(c.dep_ in ("nsubj", "nsubjpass", "aux", "dobj") for c in verb.children)
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return True
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and not own:
        return True  # "Cited by police in May, Quill resigned": Quill was cited
    if verb.dep_ in ("xcomp", "oprd") and verb.tag_ == "VBN" and not own:
        # "were reported killed", "were left stranded": passive through the verb it completes
        return any(c.dep_ == "auxpass" for c in verb.head.children)
    return (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBN", "VBD")
        and not own
        and any(c.dep_ == "auxpass" for c in verb.head.children)
    )


def _infinitive_object(verb: Token, index: MentionIndex) -> str | None:
    """What an act of will aims at, when the infinitive is all it takes: "offered to stage a
    clinic" -> "to stage clinic"; None when the infinitive's own object cannot be said."""
    complement = next(
        (
            c
            for c in verb.children
            if is_infinitive_complement(c)
            and c.tag_ == "VB"
            and any(a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    if complement is None or complement.lemma_ == "be":
        return None  # "turned out to be true": a linking verb says nothing on its own
    particle = next((c.lower_ for c in complement.children if c.dep_ == "prt"), "")
    words = " ".join(w for w in ("to", complement.lower_, particle) if w)
    target = next((c for c in complement.children if c.dep_ == "dobj"), None)
    if target is None:
        return words
    what = phrase(target, index, objective=True)
    return f"{words} {what}" if what else None


def _gerund_object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)


def sighting_title(verb: Token, *, place: PlaceMention | None, index: MentionIndex) -> str | None:
    """ "Train seen in Dunmere": what a photo or witness showed, and where."""
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    what = phrase(target, index) if target is not None else None
    if what is None or place is None:
        return None
    return compose(what, "seen", "", place_phrase(place, index, verb))


def noun_title(
    noun: Token,
    *,
    agent: Token | None,
    light_verb: Token | None,
    place: PlaceMention | None,
    index: MentionIndex,
) -> str:
    """ "Varga visits North Korea", "Moscow invades Ukraine", or "Summit in Norfield"."""
    timed = agent is not None and is_time_word(agent)  # "next week's talks": no one's
    who = phrase(agent, index) if agent is not None and not timed else None
    tie, partner = _partner(noun, index)
    as_verb = NOUN_AS_VERB.get(noun.lemma_.lower())
    where = place_phrase(place, index, noun)
    if who and as_verb is not None:
        verb, takes_place = as_verb
        words = present(verb, plural=is_plural(agent))
        if takes_place and place is not None:
            return compose(who, words, place_name(place), "")
        obj = partner if verb == "meet" else ("" if partner == _name(place) else partner)
        return compose(who, words, obj, where)
    what = phrase(noun, index, keep_adjectives=True, objective=True) or noun.text
    if who and light_verb is not None:
        verb = present(carrier_lemma(light_verb), plural=is_plural(agent))
        return compose(who, verb, what, where)
    if not who and (clause := subject_clause(noun, index)) is not None:
        return compose(what, clause[0], clause[1], where)  # "poll shows broad support"
    if not partner and place is None:  # "faced investigations for fraud": no one's, of what
        what, partner = owned(noun, what, index), of_phrase(noun, index)
    elif partner and partner != _name(place):
        partner = f"{tie} {partner}"  # no verb to carry it: "Inspection of hull"
    return compose(what, "", partner if partner != _name(place) else "", where)


def _partner(noun: Token, index: MentionIndex) -> tuple[str, str]:
    """The other party of an event noun and the preposition that ties it: ("with", "Lind")
    for "meeting with Lind", ("of", "Ukraine") for "invasion of Ukraine"; ("", "") if none.
    A title with a verb says the party alone; one without needs the preposition too."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("with", "of", "between", "against"):
            target = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if target is not None:
                return prep.lower_, phrase(target, index, objective=True) or ""
    return "", ""


def _name(place: PlaceMention | None) -> str:
    return place_name(place) if place is not None else ""
