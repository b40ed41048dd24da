"""Event nouns that act: a happening brought in as the subject of what it did.

"A gas explosion shook the harbour", "an ice storm continues its hold on the region", "a strike
has closed the port": a news sentence often introduces a happening as the actor of its clause.
The indefinite article says the story brings a new happening in (not one told before, as "the
strike" is, nor a kind of thing, as "strikes" may be), and a past or perfect verb, or one that
says the happening goes on, says it took place rather than what such things do ("a long strike
hurts everyone"). Told so, the noun is one happening whatever else it lacks, and its own actor:
it needs no named owner, date or place to be news. Only the verb of a clause that reports (a
main, reported, coordinated or adverbial clause) counts: in "a strike that closed the port" the
relative clause describes the noun it hangs on.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.accords import accord_in_force
from stories.extraction.events.agent_happenings import agent_of_a_deed
from stories.extraction.events.counted_happenings import counted_toll, reported_in_the_past
from stories.extraction.events.lexicon import INDEFINITE_ARTICLES
from stories.extraction.events.scene_clauses import scene_setter

# Clauses that report rather than describe.
_REPORTING_DEPS = frozenset({"ROOT", "ccomp", "conj", "advcl"})
# Verbs that say a happening goes on, begins or ends: "an ice storm continues".
_GOES_ON = frozenset({"begin", "start", "continue", "resume", "end", "escalate", "intensify"})


def acts_in_its_clause(noun: Token) -> bool:
    """Whether a singular event noun with "a" or "an" is the subject of a verb that tells
    what it did or that it goes on; or, told as done in another way, needs no owner, date or
    place either: its victims counted ("the deaths of two climbers") or the noun reported
    in the past passive ("explosions were reported"), events.counted_happenings; or, definite,
    setting the scene in an adverbial clause ("as the blaze swept the warehouse"),
    events.scene_clauses; or the agent of what it caused ("protests sparked by a fare hike"),
    events.agent_happenings. Never an accord in force ("the convention which gives X the right
    … was cited"): the text, whatever is done with it (events.accords)."""
    if accord_in_force(noun):
        return False
    if counted_toll(noun) or reported_in_the_past(noun) or scene_setter(noun):
        return True
    if agent_of_a_deed(noun):
        return True
    verb = noun.head
    if noun.dep_ != "nsubj" or noun.tag_ != "NN" or verb == noun:
        return False
    if verb.pos_ != "VERB" or verb.dep_ not in _REPORTING_DEPS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in noun.children):
        return False
    if verb.lemma_.lower() in _GOES_ON and verb.tag_ in ("VBZ", "VBP", "VBD"):
        return True
    return _past_or_perfect(verb)


def _past_or_perfect(verb: Token) -> bool:
    """ "affected", "has served": told as done, not as what such a thing does."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False  # "a strike would have closed the port": for certainty to judge
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes)
