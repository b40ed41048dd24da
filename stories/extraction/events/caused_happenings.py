"""A happening a clause says something brought about: "the ruling sparked protests across
Velton", "the closure has led to numerous protests", "the shooting prompted an inquiry".

A verb of causing (spark, trigger, prompt, provoke, cause, lead to), told as done, says that
its object came about: the effect is a happening of its own, later than the cause and often
the news, even when the sentence gives it no date, owner or determiner. A plural effect
("sparked protests", "led to numerous protests") is one wave of happenings set off at once,
which a timeline shows as one event, unlike a bare plural that names a kind of thing ("protests
rarely work"). An effect the story tells in another sentence, or names again with a bare
"the" ("sparked the strike"), is that happening told again and stays folded into the clause
(events.reacted_happenings says why).
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.governing import told_as_done
from stories.extraction.events.judged_deeds import told_elsewhere
from stories.extraction.events.lexicon import NOUN_CLASSES
from stories.extraction.events.reacted_happenings import named_again

# Verbs whose object their subject brought about.
CAUSING_VERBS = frozenset({"cause", "prompt", "provoke", "spark", "trigger"})
# "led to protests": the verb of causing that takes its effect after "to".
_LEADING = frozenset({"lead"})
_DONE_AUXILIARIES = frozenset({"has", "have", "had", "'s", "'ve", "'d"})


def brought_about(noun: Token) -> bool:
    """Whether an event noun of the lexicon is what a subject's verb of causing, told as done,
    set off ("sparked protests", "has led to numerous protests")."""
    if noun.lemma_.lower() not in NOUN_CLASSES:
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lemma_.lower() in _LEADING:
        verb = verb.head
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in CAUSING_VERBS:
        return False
    return (
        verb.pos_ == "VERB"
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ == "neg" for c in verb.children)
        and told_as_done(verb, _DONE_AUXILIARIES)
        and not told_elsewhere(noun)
        and not named_again(noun)
    )
