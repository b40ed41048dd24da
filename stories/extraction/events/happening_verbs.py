"""More verbs that news uses for one happening, added to lexicon.VERB_CLASSES.

The lexicon's verbs came from wire news of wars, politics and disasters: "kill", "shoot",
"attack", "raid". Local news tells its key happening with the verbs of crime as often: "a man
robbed a bank", "accused of strangling a lodger", "for stabbing a neighbour". Without a
class such a verb is a site only when it heads a tensed clause of its own, so a crime told in
the gerund after a charge ("arrested for robbing a store on May 2") is no event at all. These
are the crime verbs English uses for one deed each ("abuse", "beat", "threaten", mostly told
as a state or a habit, stay out; "molest", which can be either, is in because news uses it
for the deed charged), in the classes of the nouns that name the same deeds
(happening_nouns: "robbery", "slaying") so that `same_event` compares verb and noun.
"""

from __future__ import annotations

MORE_VERB_CLASSES = {
    verb: cls
    for cls, verbs in {
        "kill": "murder stab strangle slay behead",
        "attack": "rob assault rape burglarize burgle mug carjack hijack molest torch loot "
        "vandalize",
        "fraud": "defraud embezzle swindle",
    }.items()
    for verb in verbs.split()
}
