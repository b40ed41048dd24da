"""The verbs of saying: one list of each kind, for every rule that asks whether a verb says.

Several rules ask whether a verb only passes a speaker's words on (events.sayings, speech,
opinion_sayings, occasioned_sayings, sent_sayings, the lexicon's attribution verbs). Each kept
its own list, and the lists drifted apart where their meaning is the same; they are built here
from shared parts instead, and a rule that deliberately reads a narrower or wider set says why
where it builds it. The module imports nothing, so any rule can read it without a cycle (sites
reads opinion_sayings, and sayings reads sites).
"""

from __future__ import annotations

# Verbs that only pass a speaker's words on and do nothing else: "said", "told", "stated",
# "claimed". "claim" is an affirming verb as well (below): the rules that ask whether a verb
# only frames what it reports (lexicon.ATTRIBUTION_VERBS, sent_sayings) read an undated
# "claimed" as they read "said".
PLAIN_SAYINGS = frozenset({"say", "tell", "state", "claim"})
# Verbs that go on with a statement already told: "she added", "he noted".
CONTINUING_SAYINGS = frozenset({"add", "note"})
# Verbs that grant a point the speaker might have kept back: "acknowledged", "conceded".
CONCEDING_VERBS = frozenset({"acknowledge", "admit", "concede"})
# Verbs that vouch for what they report: dated or in the lead, confirming or stressing a
# happening is news of its own ("Police confirmed Friday that the body was the missing man's",
# "the allies stressed the ruling would not change the border"), where "said" only frames it.
# "claim" is a plain saying as well (above): the rules that ask whether a dated saying is news
# of its own (sayings, speech) read "claimed on Friday that it had downed the drone" as they
# read "confirmed".
AFFIRMING_VERBS = frozenset({"confirm", "claim", "stress", "insist", "assert"})
# Reporting verbs whose reported clause may be the whole news ("think", "know" report no act;
# "add", "note" continue a statement already told).
STATEMENT_VERBS = PLAIN_SAYINGS | {"report"} | AFFIRMING_VERBS
