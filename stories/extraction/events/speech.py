"""Speech acts that are news in themselves: "the Pentagon rejected the accusations", "Reed told
investors the merger would pay down debt", "Warren criticised the company", "Volker testified".

Reporting verbs are normally only the frame of an event ("officials said the bridge
collapsed": the collapse is the event). Some speech acts are events on their own: a named
person or organisation takes a public position (criticises, condemns, denies, rejects,
accuses, testifies, tweets), tells a named audience something, or reports or confirms a thing
(a loss, a case, a finding) rather than a clause. What makes them news is who speaks and what
they address, so a speech act counts only with a named speaker (a person, an organisation, a
country, a proper name, or a pronoun the article resolves to a person) and with content: an
object, a reported clause or an addressee. "Said" stays a frame: it is how every quote is
introduced.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.audiences import addressed_on_record
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.denied_claims import denies_a_claim
from stories.extraction.events.lexicon import ADDRESSING_VERBS
from stories.extraction.events.occasioned_sayings import SAYING_CLASS, occasioned_saying
from stories.extraction.events.opinion_sayings import only_comments
from stories.extraction.events.place_relatives import told_where
from stories.extraction.events.role_nouns import GROUP_NOUNS
from stories.extraction.events.saying_verbs import AFFIRMING_VERBS
from stories.extraction.events.sayings import states_a_position
from stories.extraction.events.sites import Site, tensed
from stories.extraction.events.time_phrases import TIME_ENTITIES
from stories.extraction.events.told_on_a_day import told_on_a_day
from stories.extraction.events.verb_subjects import subject_of

# Speech acts that take a position: events with any content.
POSITION_VERBS = {
    **dict.fromkeys(
        ["criticise", "criticize", "condemn", "denounce", "slam", "decry", "rebuke"],
        "criticise",
    ),
    **dict.fromkeys(["deny", "reject", "dismiss", "refute", "rebuff"], "deny"),
    **dict.fromkeys(["accuse", "blame"], "accuse"),
    **dict.fromkeys(["praise", "hail", "applaud"], "praise"),
    **dict.fromkeys(["warn", "urge", "appeal"], "warn"),
    **dict.fromkeys(["vow", "pledge", "promise", "threaten"], "vow"),
    **dict.fromkeys(["apologise", "apologize"], "apologise"),
    **dict.fromkeys(["admit", "acknowledge", "concede"], "admit"),
    **dict.fromkeys(["reveal", "disclose"], "report"),
    **dict.fromkeys(["demand"], "demand"),
}
# Speech acts that are events without any content: "Volker testified", "Trump tweeted".
STANDALONE_VERBS = {"testify": "testify", "tweet": "tweet", "post": "tweet"}
# Reporting verbs that are events only when they take a thing, not a clause: "reported a
# loss", "confirmed the presence of water", "confirmed its third case".
DISCLOSING_VERBS = {"report": "report", "confirm": "report"}

_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
# Public bodies and their officers, who take positions in their own right ("officials warned
# residents", "police confirmed the identity", "a judge rejected the appeal").
_BODIES = frozenset(
    {
        "official",
        "police",
        "authority",
        "government",
        "ministry",
        "court",
        "judge",
        "prosecutor",
        "regulator",
        "council",
        "committee",
        "administration",
        "department",
        "spokesman",
        "spokeswoman",
        "spokesperson",
    }
)
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "parataxis"})


def speech_sites(doc: Doc, index: MentionIndex) -> list[Site]:
    """Every speech act of the document that is an event, in text order."""
    found = []
    for token in doc:
        if token.pos_ != "VERB" or (token.dep_ not in _CLAUSE_DEPS and not told_where(token)):
            continue
        if only_comments(token):
            continue  # "said he was proud of the team" (events.opinion_sayings)
        kind = speech_class(token)
        if kind is None and states_a_position(token):
            kind = "statement"
        if (
            kind is not None
            and tensed(token)
            and (
                _named_speaker(token, index)
                or told_on_a_day(token)
                or (
                    (kind != "statement" or token.lemma_.lower() in AFFIRMING_VERBS)
                    and _acting_body(token)
                )
            )
        ):
            found.append(Site(token, token.lemma_.lower(), kind, "speech"))
        elif denies_a_claim(token):
            found.append(Site(token, token.lemma_.lower(), "deny", "speech"))
        elif occasioned_saying(token, index):
            found.append(Site(token, token.lemma_.lower(), SAYING_CLASS, "speech"))
    return found


def speech_class(verb: Token) -> str | None:
    """The class of a speech act that is an event by its wording, else None."""
    lemma = verb.lemma_.lower()
    things = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ != "PRON"]
    clause = any(c.dep_ in ("ccomp", "xcomp") and c.tag_ != "VBG" for c in verb.children)
    if lemma in STANDALONE_VERBS:
        return STANDALONE_VERBS[lemma]
    if lemma in POSITION_VERBS:
        # "rejected the accusations", "urged an end to", "warned that": a position taken;
        # "denied being unfair" only restates one.
        return POSITION_VERBS[lemma] if things or clause else None
    if lemma in DISCLOSING_VERBS:
        return DISCLOSING_VERBS[lemma] if things and not clause else None
    if lemma in ADDRESSING_VERBS:
        # Telling someone is the frame of most quotes; on a stated day or at an occasion
        # ("told investors on Oct. 31", "told reporters at a news conference") it is news.
        # So is telling the authorities or a gathered audience ("told police he acted alone").
        addressed = _occasion(verb) or addressed_on_record(verb)
        if things and addressed:
            return ADDRESSING_VERBS[lemma]
        # "employees were told Thursday": the one told is the subject (events.told_on_a_day)
        return ADDRESSING_VERBS[lemma] if told_on_a_day(verb) else None
    return None


def _occasion(verb: Token) -> bool:
    """A date or an occasion attached to the verb: "on Monday", "at a news conference"."""
    for child in verb.children:
        words = [child, *child.children] if child.dep_ in ("prep", "npadvmod") else [child]
        if any(w.ent_type_ in TIME_ENTITIES for w in words):
            return True
        if child.dep_ == "prep" and child.lower_ == "at":
            return True
    return False


def _named_speaker(verb: Token, index: MentionIndex) -> bool:
    """The speaker is someone the article names: a person, an organisation, a country."""
    subject = subject_of(verb)
    if subject is None or subject.dep_ == "nsubjpass":
        return False
    if index.person(subject) is not None or index.named_group(subject) is not None:
        return True
    if subject.pos_ == "PRON":
        return False
    heads = [subject, *(c for c in subject.children if c.dep_ in ("compound", "poss", "conj"))]
    return any(t.ent_type_ in _NAMED or t.tag_ in ("NNP", "NNPS") for t in heads)


def _acting_body(verb: Token) -> bool:
    """A speaker the article does not name but who acts in public: a public body or its
    officers ("officials warned residents", "a judge rejected the appeal"), a group the article
    named before ("the company denied"), or a common noun named beside it ("the company that
    runs the show, Acme Productions")."""
    subject = subject_of(verb)
    if subject is None or subject.dep_ == "nsubjpass" or subject.pos_ != "NOUN":
        return False
    if any(c.dep_ == "appos" and c.ent_type_ in _NAMED for c in subject.children):
        return True
    word = subject.lemma_.lower()
    if word in GROUP_NOUNS:
        # "the company": one group named before; "companies", "a group of doctors" are anyone.
        return subject.tag_ == "NN" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children
        )
    return word in _BODIES
