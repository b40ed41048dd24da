"""Verbs that pass on a future seen from the past, read by `certainty`.

"Would" on its own is the writer's view ("the team would probably lose"), but under a verb
that announces or undertakes ("announced the judge would be sworn in on Monday", "pledged the
country would double its output", "assured them the border would stay open") it is the
future of that announcement, a plan as surely as under "said". The reporting verbs
(lexicon.ATTRIBUTION_VERBS) pass it on the same way.
"""

from __future__ import annotations

from stories.extraction.events.lexicon import ATTRIBUTION_VERBS

# Verbs of announcing or undertaking whose "would" clause is a plan they make known.
_ANNOUNCING = frozenset({"announce", "declare", "promise", "pledge", "vow", "assure", "inform"})
FUTURE_IN_THE_PAST_VERBS = ATTRIBUTION_VERBS | _ANNOUNCING
