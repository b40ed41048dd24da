"""A request in the subjunctive or to another: the request is the deed told.

English puts what someone asks, demands or recommends of others in a bare subjunctive: "he
asked that the case be dismissed", "the developer has asked that its land be designated a town
center", "prosecutors demanded that he remain in custody". The clause's verb has no tense of
its own (a bare "be dismissed", "remain", where a told fact would say "was dismissed",
"remains"), so it tells what was wanted, not what happened: no event of its own, as little as
a wish (events.unrealised). The verb that asks is then the one happening the sentence tells,
done on its day, though a request that takes an infinitive ("asked him to leave") is only the
frame of its complement (events.sites).

A request to another told with an object and a "to" infinitive ("attorneys have asked the
judge to bar the testimony") stays the frame of the other's act (events.object_purposes): made
an event of its own, it matched a real happening for every one it added that matched nothing,
measured on real news nobody here wrote, and its titles were thin ("Official asks people").

Only the closed class of verbs of requesting, demanding and recommending takes this
subjunctive (not "require", whose subject is mostly a rule that states, not a person who asks);
the clause must have its own subject and a bare verb form with no modal and no "to", which is
what a subjunctive looks like to the tagger (a VB, or a VBP after a singular subject: "that he
remain").
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs that take a mandative subjunctive ("asked that …", "recommended that … be").
_MANDATING = frozenset({"ask", "request", "demand", "urge", "insist", "recommend", "propose"})


def mandated(verb: Token) -> bool:
    """Whether the verb heads a subjunctive "that" clause of a verb of requesting: "(asked
    that the case) be dismissed", "(demanded that he) remain"."""
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # "that the case be dismissed and that his fine be reduced": the second "that" clause
        # hangs on the first, or on the verb that asks
        if verb.head.lemma_.lower() in _MANDATING:
            return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) and _bare(
                verb
            )
        return _bare(verb) and mandated(verb.head)
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _MANDATING:
        return False
    return _bare(verb)


def _bare(verb: Token) -> bool:
    """A clause with a subject of its own and the bare verb form of a subjunctive."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ != "be" for a in auxiliaries):
        return False  # "that he would resign", "that it has been", "to leave"
    if auxiliaries:
        return verb.tag_ == "VBN" and all(a.tag_ == "VB" for a in auxiliaries)
    if verb.tag_ == "VB":
        return True
    # "that he remain": the tagger reads a bare verb after a singular subject as a plural
    # present; "asked that residents stay": a present under a past request is no told fact
    # ("insisted that they are innocent" is one: a subjunctive "be" is never "are")
    if verb.tag_ != "VBP" or verb.lemma_.lower() == "be":
        return False
    return _singular(subject) or _request_verb(verb).tag_ in ("VBD", "VBN")


def _request_verb(verb: Token) -> Token:
    while verb.dep_ in ("ccomp", "conj") and verb.head.lemma_.lower() not in _MANDATING:
        verb = verb.head
    return verb.head


def _singular(subject: Token) -> bool:
    if subject.pos_ == "PRON":
        return subject.lower_ in ("he", "she", "it")
    return subject.tag_ in ("NN", "NNP")


def requests_by_mandate(verb: Token) -> bool:
    """Whether the verb asks, demands or recommends in a subjunctive clause ("asked that the
    case be dismissed"): the request is its own happening."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # "he would recommend the village seek funding": no request made
    return verb.lemma_.lower() in _MANDATING and any(mandated(c) for c in verb.children)
