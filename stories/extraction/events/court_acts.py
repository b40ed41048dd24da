"""Acts of custody and of the court's first hearing, added to the lexicon's classes.

Court and police news moves a case on with words the lexicon lacked: a suspect "was jailed
Tuesday", "was imprisoned for life", "was arraigned last week and pleaded not guilty", "a
judge set $50,000 bail". Each names one step done to a person on a day, as "arrested" and
"sentenced" (lexicon verbs) do, and is the story's key happening as often. Without a class
such a verb is a site only when it heads a tensed clause outside the lexicon's reach, and a
passive of it ("was jailed") is read as a state the suspect is in, so the step is lost.
"Jail", "imprison" and "incarcerate" put someone in custody (the class of "arrest", so
`same_event` compares them with "detain"); "arraign" is the court's act (the class of "rule",
with "indict" and the noun "arraignment"). The noun "jail" and the adjective "jailed" ("the
jailed leader") are no verbs and stay out.

"Bail" is a sum, not a happening, so alone ("free on bail", "held on $70,000 bail") it reports
nothing; carried by a light verb ("set bail", lexicon.LIGHT_VERBS) it is the court's ruling on
custody. It is a class of its own: a ruling on bail is not the verdict or sentence of "rule".
"""

from __future__ import annotations

COURT_VERB_CLASSES = {
    verb: cls
    for cls, verbs in {
        "arrest": "jail imprison incarcerate",
        "rule": "arraign",
    }.items()
    for verb in verbs.split()
}

COURT_NOUN_CLASSES = {"bail": "bail"}
