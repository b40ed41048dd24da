"""A passive "report" with a thing for its subject and no reported clause: "476 cases of the
illness were reported across the county".

"Report" is a verb of saying (events.lexicon.ATTRIBUTION_VERBS), so it frames the clause it
reports and is no site of its own. In the passive with a noun subject and nothing reported
after it, though, nobody's words follow: the sentence records that its subject came about,
which local news tells as the happening itself. LGL dev gold marks four of seven such clauses
on "reported" itself, and a fifth on its subject; AEB and TimeBank dev have none outside a
reported clause. Not "no injuries were reported" (nothing happened), not "it was reported
that…" (a saying), not "was reported missing" (a state reported), not an event noun
("explosions were reported near the harbour": the noun's own event tells it), not a tally over
a time ("186 cases were reported in 2019": a statistic, as in events.first_reports), and not
inside what someone says ("officials confirmed a case has been reported": the confirming is
the event told, the report only its content; on AEB dev it took a matched event's place).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.first_reports import dated_on_itself, is_or_has_number
from stories.extraction.events.lexicon import NOUN_CLASSES
from stories.extraction.events.sites import Site

# A subject that says nothing came about: "no injuries", "none".
_NOTHING = frozenset({"no", "none", "nothing", "neither"})
# Children that are what was reported or a state reported of the subject.
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "oprd", "acomp", "neg"})


def reported_happening_sites(doc: Doc) -> list[Site]:
    """Passive "report" verbs that record their noun subject's happening, in text order."""
    return [Site(t, "report", "report", "verb") for t in doc if _records_a_happening(t)]


def _records_a_happening(verb: Token) -> bool:
    if verb.lemma_.lower() != "report" or verb.tag_ != "VBN" or verb.dep_ == "ccomp":
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ in _COMPLEMENTS for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return False
    if subject.lemma_.lower() in NOUN_CLASSES:
        return False
    if is_or_has_number(subject) and dated_on_itself(verb):
        return False
    return subject.lower_ not in _NOTHING and not any(
        c.lower_ in _NOTHING for c in subject.children
    )
