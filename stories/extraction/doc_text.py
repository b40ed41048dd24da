"""The text of a parsed document, built once.

spaCy's `Doc.text` joins every token anew on each access; read per place mention or per
sentence, that join was a tenth of extraction's time. The text never changes once parsed
(retokenising merges tokens, not characters), so it is kept in the document's `user_data`.
"""

from spacy.tokens import Doc

_KEY = "newsmap_text"


def doc_text(doc: Doc) -> str:
    """The document's text, joined from its tokens the first time only."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_KEY] = text
    return text
