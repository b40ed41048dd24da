"""Words after a name that say the name is a place: "the agency's Velton facility".

News writes a site of an organisation with its town's name before the kind of site ("the
Velton facility", "its Ardmore plant"). The small model often leaves such a name unlabelled;
the gazetteer still decides whether the name is a place it knows.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from stories.extraction.doc_text import doc_text

# Kinds of site an organisation keeps in a town, named after it: "the Velton facility".
_SITE = re.compile(
    r"^\s+(?:facility|facilities|plant|refinery|factory|prison|jail)\b", re.IGNORECASE
)


def site_follows(span: Span) -> bool:
    """Whether the name is followed by a kind of site ("the Velton facility"). Read only for
    names the model gave no label: a company named like a town ("the Norco plant") is
    labelled an organisation and keeps that reading."""
    return _SITE.match(doc_text(span.doc)[span.end_char : span.end_char + 40]) is not None
