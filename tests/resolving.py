"""Resolving named places in a sentence, as the resolution tests state them."""

from stories.geocoding.disambiguation import resolve_mentions
from stories.geocoding.gazetteer import OfflineGazetteer
from stories.geocoding.resolution import Resolution


def resolve(text: str, names: list[str], gazetteer: OfflineGazetteer) -> dict[str, Resolution]:
    """Each name's resolution in context, at the name's first occurrence in the text."""
    spans = [(text.index(name), text.index(name) + len(name)) for name in names]
    return dict(zip(names, resolve_mentions(text, spans, gazetteer=gazetteer), strict=True))


def spans_of(text: str, names: list[str]) -> list[tuple[int, int]]:
    """The span of each name in `text`, each found after the start of the name before it."""
    spans, position = [], 0
    for name in names:
        start = text.index(name, position)
        spans.append((start, start + len(name)))
        position = start + 1
    return spans


def resolve_names(text: str, names: list[str], gazetteer: OfflineGazetteer) -> list[Resolution]:
    """resolve_mentions on the names in the order given, each found after the end of the name
    before it."""
    spans, position = [], 0
    for name in names:
        start = text.index(name, position)
        spans.append((start, start + len(name)))
        position = start + len(name)
    return resolve_mentions(text, spans, gazetteer=gazetteer)
