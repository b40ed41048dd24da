"""An inquiry under way, told by the authority that runs it: "police are investigating the
death", "the state patrol is probing the crash".

A progressive outside the lexicon is mostly colour in news prose ("the bar is offering
oxygen"), so noise.describes_rather_than_reports drops it without a date of its own, and
"investigate" stays out of the lexicon because its other uses ("has investigated how
hibernation would change a mission", "officers who had been searching") describe. Local
news tells the opening of an inquiry into a death, a crash or a fire in just this shape, and
its gold counts it: on the dev batches each present progressive of an inquiry verb heading a
main or reported clause with police, a public body or an authority for subject was a gold
event (LGL: a city's police, and a sheriff's department with the state police, each
investigating a death). Researchers investigating how cells age (no authority), an inquiry
in a relative clause describing a case ("the cold cases the bureau is reviewing"), a company
or a company's own department ("Acme Corp. is investigating", "the Acme Group's legal
department is investigating the leak"), and a perfect progressive ("had been investigating
him for months") stay descriptions.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.company_names import is_company_suffix
from stories.extraction.events.audiences import AUTHORITIES
from stories.extraction.events.deed_marks import progressive

# Verbs of a public inquiry into something that happened.
INQUIRY_VERBS = frozenset({"investigate", "probe"})
# Bodies that run an inquiry, beside those who take statements (audiences.AUTHORITIES).
_BODIES = AUTHORITIES | frozenset({"department", "office", "sheriff", "agency", "patrol"})
_CLAUSES = frozenset({"ROOT", "conj", "ccomp"})
_ORGANISATIONS = frozenset({"ORG", "GPE", "NORP"})
# Last words of a company's name beside its legal suffixes (company_names): "Orvane Holdings",
# "the Orvane Group".
_COMPANY_NAME_ENDINGS = frozenset({"company", "holdings", "group"})


def inquiry_under_way(verb: Token) -> bool:
    """Whether `verb` is an authority's present progressive of an inquiry verb heading a main,
    coordinated or reported clause: an inquiry under way, a happening."""
    if verb.lemma_.lower() not in INQUIRY_VERBS or verb.dep_ not in _CLAUSES:
        return False
    if not progressive(verb):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(_authority(s) for s in subjects)


def _authority(subject: Token) -> bool:
    """Police, a public body, or a body the text names ("the Norland State Police")."""
    if subject.pos_ not in ("NOUN", "PROPN"):
        return False
    if subject.lemma_.lower() in _BODIES:
        return not _privately_owned(subject)
    if subject.ent_type_ in _ORGANISATIONS:
        return not _company(subject)
    return any(_authority(c) for c in subject.children if c.dep_ == "conj")


def _company(name: Token) -> bool:
    """ "Orvane Holdings", "Acme Corp.": a named organisation whose name ends as a company's."""
    return name.ent_type_ == "ORG" and (
        is_company_suffix(name.text) or name.lower_ in _COMPANY_NAME_ENDINGS
    )


def _privately_owned(body: Token) -> bool:
    """ "a private office", "the Orvane Group's security department": a department or office
    of a company (an organisation named with no public body's word in it) or a private one."""
    if any(t.dep_ == "amod" and t.lower_ == "private" for t in body.subtree):
        return True  # "a private office", "a private investigator's office"
    if body.ent_type_ == "ORG":
        return False  # "the Norland State Police": the words before it are its own name
    return any(
        c.dep_ in ("poss", "compound")
        and c.ent_type_ == "ORG"
        and not any(t.lemma_.lower() in _BODIES for t in c.subtree)
        for c in body.children
    )
