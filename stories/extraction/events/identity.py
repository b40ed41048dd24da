"""Which candidates are one happening: identity across re-runs, versions and retellings.

`event_key` gives an event an identity that survives re-runs and new versions of an article:
trigger class, date, place and main person, never offsets or ids. `same_event` says whether two
reports (two versions, or the lead and a later paragraph) tell one happening. The retelling
rules (`same_predicate`, `refers_back`, `named_as_deed`, `names_deed_again` …) say which two
tellings inside one article are one happening; events.deduplication merges them.
"""

from __future__ import annotations

import calendar
import hashlib
import re

from spacy.lang.en.stop_words import STOP_WORDS

from stories.extraction.events.dates import dates_overlap
from stories.extraction.events.deed_nouns import noun_of_deed, without_dates
from stories.extraction.events.folding import own_date
from stories.extraction.events.inflection import present
from stories.extraction.events.lexicon import (
    COMPATIBLE_CLASSES,
    MOTION_VERBS,
    NOUN_CLASSES,
    PHRASAL_CLASSES,
    PLACE_PREPOSITIONS,
    REFLEXIVES,
    VERB_CLASSES,
)
from stories.extraction.events.place_prepositions import without_place_phrase
from stories.extraction.events.setting import related
from stories.extraction.events.undergoers import period_of
from stories.extraction.mentions import EventCandidate, PlaceMention

_KEY_LENGTH = 16
_SETTLED = frozenset({"occurred", "ongoing"})
_NEXT_SENTENCE = 300  # characters: the lead's retelling comes in the sentence after it
_CALENDAR = frozenset(
    {calendar.month_name[n].casefold() for n in range(1, 13)}
    | {calendar.day_name[n].casefold() for n in range(7)}
)  # "that October hearing": a date, not a name of the happening's own
_INDEFINITE = frozenset({"a", "an", "another"})
_FOLLOWING = 6  # words after the trigger that say what (or whom) it was done to
_SUBJECT_WORDS = 3  # "a 55-year-old man": an article opens the subject a few words before


def event_key(candidate: EventCandidate) -> str:
    """Stable identity: trigger class, date, place and main person, hashed.

    Offsets and article ids are left out on purpose, so a re-run or a new version of the article
    that reports the same happening gets the same key.
    """
    place = candidate.place
    parts = (
        event_class(candidate.trigger),
        candidate.date_start.isoformat() if candidate.date_start else "",
        candidate.date_precision,
        _normal(place.name or place.text) if place else "",
        _normal(candidate.people[0]) if candidate.people else "",
    )
    digest = hashlib.sha1("|".join(parts).encode()).hexdigest()[:_KEY_LENGTH]
    return f"{parts[0]}-{digest}"


def same_event(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether two candidates (say from two versions of an article) report one happening.

    They must agree on the kind of happening (the same class, or classes that describe one
    journey or one meeting from different angles), must not contradict each other on date,
    place or people, and must share at least one of them positively.
    """
    if not _classes_compatible(event_class(a.trigger), event_class(b.trigger)):
        return False
    if a.background != b.background:
        return False
    settled = {a.certainty in _SETTLED, b.certainty in _SETTLED}
    if len(settled) == 2 and not (a.date_start and b.date_start):
        return False  # "will meet" and "met in 2019": one happening only if the dates agree
    evidence = 0
    if a.date_start and b.date_start:
        if not dates_overlap(period_of(a), period_of(b)):
            return False
        evidence += 1
    if a.place and b.place:
        if not places_compatible(a.place, b.place):
            return False
        evidence += 1
    if a.people and b.people:
        if not set(a.people) & set(b.people):
            return False
        evidence += 1
    return evidence >= 2 or (evidence == 1 and bool(a.date_start and b.date_start))


def event_class(trigger: str) -> str:
    """The class of a trigger lemma ("board" -> "depart"); the lemma itself when unknown."""
    if " " in trigger:
        verb, particle = trigger.split(" ", 1)
        return PHRASAL_CLASSES.get((verb, particle), trigger)
    return (
        VERB_CLASSES.get(trigger) or NOUN_CLASSES.get(trigger) or MOTION_VERBS.get(trigger, trigger)
    )


def done_to_other(a: EventCandidate, b: EventCandidate) -> bool:
    """The same verb told twice with what follows it sharing no word: "the nurse treated him
    for a sprain" and "he was treated for a fracture" are two treatments, where "treated him
    for a sprain" and "treated for the sprain" are one. Only deeds told as done: an aim told
    twice ("seeks aid", "may also seek supplies") is one intention elaborated."""
    if a.certainty != "occurred" or b.certainty != "occurred":
        return False
    if "noun" in (a.extra.get("kind"), b.extra.get("kind")):
        return False  # "last week's hearing" and "that October hearing": no object follows
    words = [_after_trigger(c) for c in (a, b)]
    return _reflexive_apart(a, b) or (all(words) and not words[0] & words[1])


def _reflexive_apart(a: EventCandidate, b: EventCandidate) -> bool:
    """ "cut his hand" and "cut herself on the knee": a deed done to its doer and one done to
    something else are two deeds, whatever else the clauses share."""
    return _reflexive(a) != _reflexive(b) and all(_following(c) for c in (a, b))


def _reflexive(candidate: EventCandidate) -> bool:
    """The deed was done to its own doer: a reflexive pronoun right after the trigger."""
    words = _following(candidate)
    return bool(words) and words[0] in REFLEXIVES


def _after_trigger(candidate: EventCandidate) -> set[str]:
    """The stems of the content words in the clause's few words after its trigger: short
    nouns count ("his arm", "a car"); words of the closed classes (articles, pronouns,
    prepositions, auxiliaries) do not, being shared by any two clauses."""
    return {w[:5] for w in _following(candidate) if w not in STOP_WORDS and len(w) > 2}


def _following(candidate: EventCandidate) -> list[str]:
    """The clause's few words after its trigger, lower-cased."""
    words = re.findall(r"[^\W\d_]+", candidate.quote.casefold())
    stem = candidate.trigger.split()[0][:4]
    at = next((n for n, w in enumerate(words) if w.startswith(stem)), None)
    if at is None:
        return []
    return words[at + 1 : at + 1 + _FOLLOWING]


def brought_in(candidate: EventCandidate) -> bool:
    """The clause opens with an indefinite article ("A CT of his chest showed…" after
    "Breathing tests showed"): what it tells of is brought in as new."""
    return (candidate.quote.split() or [""])[0].casefold() in _INDEFINITE


def named_apart(a: EventCandidate, b: EventCandidate) -> bool:
    """Both tellings name someone or something, and nothing in common."""
    names = (_names(a), _names(b))
    return all(names) and not names[0] & names[1]


def named_as_deed(a: EventCandidate, b: EventCandidate) -> bool:
    """ "gunmen attacked the convoy on Monday … the attack on the convoy": a deed told by its
    verb and named by a noun of that verb, both told as done, is one happening when the naming
    shares a name with the deed or both state one time, and they do not disagree on time or
    place. "a shooting" brings in another one; two stated days that differ are two."""
    pair = noun_of_deed(a, b)
    if not pair:
        return False
    noun, verb = pair
    if noun.certainty != "occurred" or verb.certainty != "occurred":
        return False
    if a.background != b.background or brought_in(noun):
        return False
    if event_class(noun.trigger) != event_class(verb.trigger):
        return False
    if noun.place and verb.place and not places_compatible(noun.place, verb.place):
        return False
    dated = own_date(noun) and bool(verb.date_start)
    if dated and not dates_overlap(period_of(noun), period_of(verb)):
        return False
    own = without_dates(_names(noun))
    if own and not own & _names(verb):
        return False
    return bool(own) or (dated and own_date(verb))


def names_deed_again(told: EventCandidate, named: EventCandidate) -> bool:
    """ "Roe pleaded guilty to murder …" then "the judge accepted Roe's plea" or "his guilty
    plea Monday": a deed told by its verb and named later by its noun, of the same first
    person, both as done, is one happening. A naming with a day of its own dates the deed when
    the verb's day was only inferred (the inferred day, and the background flag drawn from it,
    are no contradiction); two stated days are `named_as_deed`'s question. "a plea" brings in
    another one."""
    if noun_of_deed(told, named) != (named, told) or named.start < told.start:
        return False
    if told.certainty != "occurred" or named.certainty != "occurred" or brought_in(named):
        return False
    if not told.people or named.people[:1] != told.people[:1]:
        return False
    if own_date(named):
        if own_date(told) or not told.date_start or not _near_inferred(named, told):
            return False
    elif told.background != named.background:
        return False
    return not (named.place and told.place and not places_compatible(named.place, told.place))


# A naming's stated day and its deed's inferred day this far apart are two happenings.
_NEAR_DAYS = 7


def _near_inferred(named: EventCandidate, told: EventCandidate) -> bool:
    """ "Ray pleaded guilty … Ray's guilty plea in 2015": a naming dated only to a year or a
    month, or to a day weeks from the day the deed was inferred on, tells an earlier deed of the
    person (news dates its own deed to the day; a past one by its year), not the deed told. A
    deed inferred only to a month ("… in July 2008. Clark pleaded guilty") carried the story's
    earlier time: the naming's day ("his guilty plea Monday") corrects it."""
    if named.date_precision not in ("day", "unknown") or named.date_start is None:
        return False
    if told.date_precision != "day":
        return True
    return abs((named.date_start - told.date_start).days) <= _NEAR_DAYS


def refers_back(told: EventCandidate, named: EventCandidate) -> bool:
    """ "the president's March 3 call with the minister … the call with the minister": an event
    noun named again without a date of its own (another noun of its class: in another
    sentence) points at the happening the story tells there (a definite description refers),
    unless the two disagree on place or certainty. The naming with a date is the fuller
    telling, whichever comes first."""
    if named.extra.get("kind") != "noun" or not _same_naming(told, named):
        return False
    if own_date(named):
        return False  # "the 2016 election" after "the 2020 election": a happening of its own
    if brought_in(max(told, named, key=lambda c: c.start)) and named_apart(told, named):
        return False  # "a new ABC poll … a fresh Reuters poll": a second one brought in
    if named.trigger != told.trigger and named.summary and named.summary == told.summary:
        return False  # "X's victory and Y's win": one sentence naming two happenings
    earlier, later = told, named
    if (earlier.certainty in _SETTLED) != (later.certainty in _SETTLED):
        return False
    if not (earlier.place and later.place) or places_compatible(earlier.place, later.place):
        return True
    return _place_named_by(later, earlier) or _place_named_by(earlier, later)


def _place_named_by(naming: EventCandidate, telling: EventCandidate) -> bool:
    """ "Iraq's invasion of Kuwait … since Iraq's invasion": a short naming placed at the
    actor its possessive names has a place the fuller telling names as its actor, no place of
    its own; a place the other telling never names is a second happening's."""
    words = _name_words(naming.place.name or naming.place.text)
    return bool(words) and set(words) <= _names(telling) and not _names(naming) - _names(telling)


def names_shared(named: EventCandidate, told: EventCandidate) -> bool:
    """ "an Oct. 21 cabinet meeting" and later "a meeting between Mr. Trump and Xi in Chile",
    "the Gannett-Gatehouse merger" after "Soon-Shiong's purchase of The Times": a naming that
    brings names of its own (people, a place, a proper noun) describes its own happening
    unless it shares one with the first telling; "the call", "his knee injury" add none and
    point back."""
    own = _names(named)
    return not own or bool(own & _names(told))


def _names(candidate: EventCandidate) -> set[str]:
    """The name words of a telling: its people, its place and the proper nouns of its title
    (the title's first word only when the clause writes it capitalised too: "Knee injury" of
    "his knee injury" is no name)."""
    words = [w for person in candidate.people for w in _name_words(person)]
    if candidate.place:
        words += _name_words(candidate.place.name or candidate.place.text)
    title = _name_words(candidate.title, keep_case=True)
    quoted = set(_name_words(candidate.quote, keep_case=True))
    for number, word in enumerate(title):
        if word[:1].isupper() and (number or word in quoted):
            words.append(word.casefold())
    return set(words)


def _name_words(text: str, keep_case: bool = False) -> list[str]:
    words = re.findall(r"[^\W\d_][\w-]*", re.sub(r"['’]s\b", "", text))
    return [
        w if keep_case else w.casefold()
        for w in words
        if len(w) > 2 and w.casefold() not in _CALENDAR
    ]


def _same_naming(told: EventCandidate, named: EventCandidate) -> bool:
    """The same event noun, or two nouns of one class ("the fight", "the altercation"). A
    noun a verb carried ("the minister made a visit") names its actor's happening, which a
    later "the president's visit" need not be."""
    if told.extra.get("kind") != "noun" and not (
        told.start < named.start and told.people[:1] and told.people[:1] == named.people[:1]
    ):
        return False  # a verb's "made a trip" is its actor's: only his later "visit" points at it
    return event_class(named.trigger) == event_class(told.trigger)


def retold(a: EventCandidate, b: EventCandidate) -> bool:
    """Within one article, a retelling has the same kind of happening and the same place (or
    names none): "rolled into Russia" and "stopped in Elmvale" are two steps of a journey."""
    if event_class(a.trigger) != event_class(b.trigger):
        return False
    if not (_acts(a) or _acts(b)):
        return False  # "crowds protested calls for Ruiz", "Ruiz's supporters rallied"
    if _reflexive_apart(a, b):
        return False  # "sliced his arm", "sliced herself in the shin": two deeds
    if (
        a.place
        and b.place
        and _normal(a.place.name or a.place.text) != _normal(b.place.name or b.place.text)
    ):
        return False
    return same_event(a, b)


def _acts(candidate: EventCandidate) -> bool:
    """Whether the telling's first person is its actor: the title opens with the name ("Ruiz
    calls on Norland", "Ruiz's call with Lee"). A person named only in what was done ("protested
    calls for the general to run") or as the actor's owner ("the general's supporters rallied")
    is what two happenings are about, which makes them no one happening."""
    words = _name_words(candidate.people[0]) if candidate.people else []
    first = (candidate.title.split() or [""])[0]
    if not words or re.sub(r"['’]s$", "", first).casefold() not in words:
        return False
    return candidate.extra.get("kind") == "noun" or not re.search(r"['’]s$", first)


def same_predicate(a: EventCandidate, b: EventCandidate) -> bool:
    """The lead and the paragraph after it often tell one happening with two subjects ("A New
    York man pleaded guilty Monday", "John Roe, 55, pleaded guilty to…"): the same verb with
    the same object or complement (or none on one side), as sure, on a date that does not
    contradict (the later telling's own, or one it only inherited)."""
    if a.trigger != b.trigger or a.certainty != b.certainty or " " in a.trigger:
        return False
    if "noun" in (a.extra.get("kind"), b.extra.get("kind")):
        return False  # "the envoy's visit" names no predicate: its title's bare verb matches any
    earlier, later = sorted((a, b), key=lambda c: c.start)
    if later.start - earlier.end > _NEXT_SENTENCE or _introduced(later):
        return False  # "Herbert found a cell … Howitt found", "then, a 2018 analysis found"
    if _reflexive_apart(a, b):
        return False  # "sliced his arm", "sliced herself": one verb, two deeds
    first, second = sorted((_predicate(a), _predicate(b)), key=len)
    if not first or " " not in second or not (second + " ").startswith(first + " "):
        return False  # "pleads guilty" (or "pleads" and "pleads guilty"); not "pleads" twice
    own_dates = a.date_start and b.date_start and not b.extra.get("date_inferred")
    if own_dates and not dates_overlap(period_of(a), period_of(b)):
        return False
    return not (a.place and b.place and not places_compatible(a.place, b.place))


def _introduced(candidate: EventCandidate) -> bool:
    """Whether the telling's subject comes with an indefinite article ("a 2018 analysis
    found", "a 55-year-old man contracted"): a new actor, so not the one the sentence before
    told of."""
    first = (candidate.title.split() or [""])[0].casefold()
    words = re.findall(r"[\w’'-]+", candidate.quote.casefold())
    at = words.index(first) if first in words else -1
    return at > 0 and any(w in _INDEFINITE for w in words[max(0, at - _SUBJECT_WORDS) : at])


def retold_by_its_actorless_verb(a: EventCandidate, b: EventCandidate) -> bool:
    """ "the House concluded its third public hearing" in the lead, "the committee concluded
    its third public impeachment hearings on Tuesday" later; "Apple is holding a surprise
    event next month … the event will be held on December 2": one verb told twice of an
    organisation (no person named on either side), as sure, at one place, is one happening
    when its dates agree, and a date only inferred (the publication day, the story's last
    time) never contradicts one the other telling states."""
    if event_class(a.trigger) != event_class(b.trigger) or a.certainty != b.certainty:
        return False
    if a.people[:1] != b.people[:1]:
        return False
    if "noun" in (a.extra.get("kind"), b.extra.get("kind")) or " " in a.trigger:
        return False
    if a.place and b.place and not places_compatible(a.place, b.place):
        return False
    if not _shared_object(a, b):
        return False  # "holds people" and "a cell held 155 men": two holdings
    if _introduced(max(a, b, key=lambda c: c.start)):
        return False  # "then, a 2018 analysis found evidence": a new actor
    if not (a.date_start and b.date_start):
        return False
    return own_date(a) != own_date(b) or dates_overlap(period_of(a), period_of(b))


def named_more_exactly(a: EventCandidate, b: EventCandidate) -> bool:
    """ "the 2020 election", then "the November 2020 election": one event noun named twice,
    as sure, once by its year and once more exactly within that year, is one happening (the
    exact naming is the fuller telling); two exact dates ("the September hearing", "that
    October hearing") stay two happenings."""
    if a.trigger != b.trigger or a.certainty != b.certainty:
        return False
    if a.extra.get("kind") != "noun" or b.extra.get("kind") != "noun":
        return False
    if not (own_date(a) and own_date(b)) or "year" not in {a.date_precision, b.date_precision}:
        return False
    if a.date_precision == b.date_precision or not dates_overlap(period_of(a), period_of(b)):
        return False
    if a.people and b.people and not set(a.people) & set(b.people):
        return False
    return not (a.place and b.place and not places_compatible(a.place, b.place))


def _shared_object(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether the two titles' objects share a head noun ("hearing", "event"): the last word
    of each member, so "border demarcation" and "sovereignty and borders" are two things."""
    words = [_object_heads(_predicate(c)) for c in (a, b)]
    stems = [{w[:5] for w in side if len(w) > 3} for side in words]
    return bool(stems[0] & stems[1])


def _object_heads(predicate: str) -> set[str]:
    members = " ".join(predicate.split()[1:]).split(" and ")
    return {member.split()[-1] for member in members if member.split()}


def _predicate(candidate: EventCandidate) -> str:
    """The title from its verb on, without the place: "pleads guilty" of "Man pleads guilty
    near X"."""
    title = without_place_phrase(candidate.title, candidate.trigger).casefold() + " "
    verb = present(candidate.trigger, plural=False)
    # the verb agrees with its subject: "man finds", "kidnappers find" tell one predicate
    plural = present(candidate.trigger, plural=True)
    found = [at for form in (verb, plural) if (at := title.find(f" {form} ")) >= 0]
    if not found:
        return ""
    words = title[min(found) + 1 :].split()
    words[0] = verb
    for number, word in enumerate(words):
        if word in PLACE_PREPOSITIONS or word == "near":
            words = words[:number]
            break
    return " ".join(words)


def _classes_compatible(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in COMPATIBLE_CLASSES)


def places_compatible(a: PlaceMention, b: PlaceMention) -> bool:
    """The same place, or one inside the other: a country, state or city and a place in it
    (one version files from Velton what another places in Norburg, the state around it)."""
    if a.geonames_id and a.geonames_id == b.geonames_id:
        return True
    if _normal(a.name or a.text) == _normal(b.name or b.text):
        return True
    one_is_country = "country" in (a.kind, b.kind)
    if one_is_country and bool(a.country_code) and a.country_code == b.country_code:
        return True
    return related(a, b)


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())
