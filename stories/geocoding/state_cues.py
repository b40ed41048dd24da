"""A town's state named anywhere in the article, even inside another name.

Local news rarely names its own state as a place, but its institutions carry it: "An Albany
police SWAT team and Georgia Bureau of Investigation agents" is Albany, Georgia, not the New
York capital. The recogniser rightly does not pass "Georgia" there as a place, so the resolver
never hears of it. When a town's chosen namesake lies in a state the article never writes, no
other place of the story lies in that state, and the article does write the state of another
namesake of that name, the town is that namesake.
"""

import itertools
import re

from stories.geocoding.gazetteer import OfflineGazetteer
from stories.geocoding.mention_reading import Mention
from stories.geocoding.namesake_evidence import move_to_single_state, unqualified_names
from stories.geocoding.places import TOWN_KINDS, GazetteerKind

_WORD = re.compile(r"[A-Z][a-z]+")
# "S.C.", "N.Y.", "W.Va.": a state's dotted abbreviation, letters each closed by a dot. A lone
# "Mass." or "Ill." is left alone: it is as often a word ending a sentence.
_DOTTED = re.compile(r"(?<![\w.])[A-Z][a-z]?\.(?:[A-Z][a-z]?\.)+")


def written_states(
    text: str, gazetteer: OfflineGazetteer, places: set[str]
) -> set[tuple[str, str]]:
    """Each state or province the article writes by its own name only inside other names,
    one or two capitalised words (not a name shared with a capital, "Washington", nor one the
    story names as a place: the resolver weighed those already, and the governorate of
    Alexandria is not written by the town's "Alexandria"), or by its dotted abbreviation
    inside another name ("the S.C. Bar")."""
    words = list(_WORD.finditer(text))
    names = {w.group() for w in words}
    names |= {
        f"{a.group()} {b.group()}"
        for a, b in itertools.pairwise(words)
        if text[a.end() : b.start()] == " "
    }
    names = {n for n in names if n.casefold() not in places}
    states = set()
    dotted = {m.group() for m in _DOTTED.finditer(text)}
    for abbreviation in {d for d in dotted if d.casefold() not in places}:
        states |= {
            (c.place.country_code, c.place.admin1)
            for c in gazetteer.index.candidates(abbreviation)
            if c.place.kind == GazetteerKind.ADMIN1 and c.match == "abbreviation"
        }
    for name in names:
        found = gazetteer.index.candidates(name)
        if any(c.place.feature_code == "PPLC" for c in found):
            continue
        states |= {
            (c.place.country_code, c.place.admin1)
            for c in found
            if c.place.kind == GazetteerKind.ADMIN1 and c.match == "name"
        }
    return states


def follow_written_states(text: str, mentions: list[Mention], gazetteer: OfflineGazetteer) -> None:
    """Move each town whose chosen namesake's state the article never writes, and no other of
    its places lies in, to its namesake in the state the article does write (only one such)."""
    states = None
    for key, group in unqualified_names(mentions, TOWN_KINDS):
        chosen = group[0].choice
        if states is None:
            states = written_states(text, gazetteer, {m.surface.casefold() for m in mentions})
        if (chosen.country_code, chosen.admin1) in states:
            continue
        move_to_single_state(
            key, group, mentions, lambda p, written=states: (p.country_code, p.admin1) in written
        )


_QUALIFYING_COMMA = re.compile(r",\s*")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])")


def _sentence_bounds(text: str, position: int) -> tuple[int, int]:
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, position)), default=0)
    follow = _SENTENCE_END.search(text, position)
    return start, follow.start() if follow else len(text)


def follow_sentence_states(text: str, mentions: list[Mention]) -> None:
    """Move a town or county to its namesake in the state its own sentence names ("swans in
    Michigan on the coast of Lake Erie near the game area in Monroe County"), when its chosen
    namesake lies in no state that sentence names and exactly one named state holds a namesake.
    A state that qualifies another name ("Wintersville, Ohio") speaks for that name only; every
    mention of the name moves with it."""
    ordered = sorted(mentions, key=lambda m: m.start)
    qualifying = {
        id(o)
        for p, o in itertools.pairwise(ordered)
        if p.end < o.start and _QUALIFYING_COMMA.fullmatch(text[p.end : o.start])
    }
    for key, group in unqualified_names(mentions, TOWN_KINDS):
        chosen = group[0].choice
        states = set()
        for m in group:
            start, end = _sentence_bounds(text, m.start)
            states |= {
                (o.choice.country_code, o.choice.admin1)
                for o in mentions
                if o.key != key
                and id(o) not in qualifying
                and o.choice is not None
                and o.choice.kind == GazetteerKind.ADMIN1
                and start <= o.start < end
            }
        if not states or (chosen.country_code, chosen.admin1) in states:
            continue
        options = [
            c.place
            for c in group[0].candidates
            if c.place.kind == chosen.kind
            and c.match == "name"
            and (c.place.country_code, c.place.admin1) in states
        ]
        if len({(p.country_code, p.admin1) for p in options}) == 1:
            best = max(options, key=lambda p: p.population)
            for m in group:
                m.choice = best
