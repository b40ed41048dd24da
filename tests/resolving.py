"""Resolving named places in a sentence, as the resolution tests state them."""

from stories.geocoding.disambiguation import resolve_mentions
from stories.geocoding.gazetteer import OfflineGazetteer
from stories.geocoding.resolution import Resolution


def resolve(text: str, names: list[str], gazetteer: OfflineGazetteer) -> dict[str, Resolution]:
    """Each name's resolution in context, at the name's first occurrence in the text."""
    spans = [(text.index(name), text.index(name) + len(name)) for name in names]
    return dict(zip(names, resolve_mentions(text, spans, gazetteer=gazetteer), strict=True))
