"""More verbs that news uses for one happening, added to lexicon.VERB_CLASSES.

The lexicon's verbs came from wire news of wars, politics and disasters: "kill", "shoot",
"attack", "raid". Local news tells its key happening with the verbs of crime as often: "a man
robbed a bank", "accused of strangling a lodger", "for stabbing a neighbour". Without a
class such a verb is a site only when it heads a tensed clause of its own, so a crime told in
the gerund after a charge ("arrested for robbing a store on May 2") is no event at all. These
are the crime verbs English uses for one deed each ("abuse", "beat", "threaten", mostly told
as a state or a habit, stay out; "molest", which can be either, is in because news uses it
for the deed charged; "gun", as in "gunned down", is a shooting), in the classes of the nouns
that name the same deeds (happening_nouns: "robbery", "slaying") so that `same_event` compares
verb and noun.

Verbs of one act between parties or of one change are here for the same reason: "sue",
"assign", "implement", "barricade" and "drop", each in a class named for itself. News often
tells such an act or change in a passive ("the rules will not be implemented", "engineers
assigned last year to study the bridge"), an infinitive, a perfect, or a clause opened by
"after", "when" or "though" ("after freight volume dropped by a fifth"), and there the general
rules admit no verb outside the lexicon, so without a class the act is lost.
Other verbs were tried the same way and left out, because they added as many non-events as
events: "file", "receive", "lose", "deliver", "accept", "build", "sell", "gather", "fall",
"rise", "increase", "cut", "end", "finish", "fill", "bring", "seek", "name", "switch", "quit",
"appeal", "charge", "answer", "shed", "post", "plead", "diagnose", "steal", "investigate",
"invite", "object", "send", "demand".
"""

from __future__ import annotations

MORE_VERB_CLASSES = {
    verb: cls
    for cls, verbs in {
        "kill": "murder stab strangle slay behead gun",
        "attack": "rob assault rape burglarize burgle mug carjack hijack molest torch loot "
        "vandalize",
        "fraud": "defraud embezzle swindle",
        # each verb of one act or change is a class named for itself
        "sue": "sue",
        "assign": "assign",
        "implement": "implement",
        "barricade": "barricade",
        "drop": "drop",
    }.items()
    for verb in verbs.split()
}
