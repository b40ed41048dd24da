"""The court's ruling on bail, added to the lexicon's event nouns.

Court news tells the first step after an arrest as "a judge set $250,000 bail Tuesday" or "bail
was set at $50,000": the ruling on whether, and for how much, a suspect goes free before
trial, often the story's key happening. "Bail" is a sum, not a happening, so alone ("free on
bail", "held on $70,000 bail", "breaching his bail conditions") it reports nothing, and
lexicon.NOUN_CLASSES left it out; carried by a light verb ("set bail", lexicon.LIGHT_VERBS) it
is the court's act, done on a day, as "indict" and "arraignment" are. It is a class of its own:
a ruling on bail is not the verdict or sentence of "rule", and `same_event` must not fold it
into the sentencing told later in the same story.

Verbs of custody ("was jailed", "was imprisoned") were tried the same way and left out: on the
dev batches they found nothing the general rules did not already find.
"""

from __future__ import annotations

COURT_NOUN_CLASSES = {"bail": "bail"}
