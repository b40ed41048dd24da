"""A named actor's event verb in the progressive, marked "now": the news, wherever it stands.

An undated present progressive is read as how things go on (certainty), except in the lead,
where a name's act under way is the news. A feature often holds its news back a few sentences
and marks it with "now" ("Sales of its cereal have slumped. Its chief left in May. Now Acme is
suspending work on its new plant."): "now" sets the act against what came before
as the latest turn, as "has now detected" does for a perfect (noise.hot_news). Only a verb of
the event lexicon (this is certainty's question, asked after noise has let such verbs through)
and a subject that is a name: "Schiff is now working against the clock" is a verb outside the
lexicon, "the mother is now helping investigators" no name.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.deed_marks import progressive


def named_act_now(verb: Token) -> bool:
    """ "And now Acme is suspending work on its plant": a present progressive whose subject is
    a name and which carries "now"."""
    if not progressive(verb):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "now" for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children)
