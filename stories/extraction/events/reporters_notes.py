"""Lines of a story that are about the reporting, not the news: no event on a timeline.

Three kinds, all told in every kind of news and none a happening an editor would date:

- The headline above an unbroken text ("Reward raised in arson case. The reward for …"). It
  says in short what the lead then tells in full, so its clause is a second view of the lead's
  happening, titled from fewer words (a dated plan the body never retells stays:
  headline_happenings).
  A dateline after the headline already makes it noise
  (`MentionIndex.is_noise`); a text with no dateline needs the headline's own end, which
  `stories.paragraphs.headline_end` finds. Only a line in headline style counts: no article
  and no finite "be" or "have", the words a headline leaves out, and no simple past with an
  object (a headline tells the past in the present: "Deputies arrest two men"). A short lead
  that opens an unbroken text ("The mayor has resigned.", "Deputies arrested two men
  Tuesday.") keeps them, and keeps its event; so does a dated past opening a brief story
  scraped as one block ("Two hikers drowned Sunday."), where no paragraph shows the headline,
  and an undated one there with all of a lead's marks ("Wheat prices rose sharply.": brief_leads).
- An unanswered request for comment: "Lund could not be reached for comment", "did not
  return a message left Monday", "calls to the firm were not returned". The reporter's
  attempt to reach someone is how the story was gathered, not what happened in it; the
  message "left" is the same attempt, and so is "a message seeking comment was left". A
  passive "could not be reached" counts only of a person (or "for comment"), and "none of
  the owners could be reached" as well: "a deal could not be reached" is news. So is a
  refusal to talk about it: "the sheriff declined to discuss the evidence", "the clerk
  declined comment" ("declined to comment" is no event already:
  events.governing), but only about the case itself or with the press; "refused to discuss
  its nuclear program with inspectors" is a deed of the story.
- A pointer to a web address: "for updates, see www.example.org", "visit example.com". It
  tells the reader where to read on.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.brief_leads import opens_on_a_lead
from stories.paragraphs import headline_end, inferred_breaks, sentence_ends

_ARTICLES = frozenset({"a", "an", "the"})
_FINITE_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had"})

# What a reporter asks for or leaves when trying to reach someone.
_CONTACT_NOUNS = frozenset(
    {
        "call",
        "calls",
        "comment",
        "comments",
        "email",
        "emails",
        "e-mail",
        "e-mails",
        "message",
        "messages",
        "voicemail",
        "voicemails",
        "request",
        "requests",
        "inquiry",
        "inquiries",
    }
)
# Subjects that deny their verb: "none of them could be reached".
NEGATIVE_SUBJECTS = frozenset({"none", "neither", "nobody", "no-one"})
# A refusal told with the noun: "declined comment".
_COMMENT_NOUNS = frozenset({"comment", "comments"})
# A request for comment left or sent: "a message seeking comment was left".
_SENDING_VERBS = frozenset({"leave", "send"})
_SEEKING_VERBS = frozenset({"seek", "request"})
# Verbs that send the reader to a web address: "see www.example.org", "go to example.com".
_POINTING_VERBS = frozenset({"see", "visit", "go", "log", "click"})
# Verbs that say whether the attempt was answered.
_ANSWERING_VERBS = frozenset({"answer", "reach", "respond", "return"})
# A refusal to talk to the reporter: "declined to discuss", "refused to elaborate".
REFUSING_VERBS = frozenset({"decline", "refuse"})
_TALKING_VERBS = frozenset({"comment", "discuss", "elaborate", "specify", "speculate"})
# General words for the case a reporter asks about: "declined to discuss the evidence".
_CASE_WORDS = frozenset(
    {"case", "matter", "details", "investigation", "incident", "allegations", "evidence"}
)
# The reporter's side of the talk: "refused to discuss it with reporters".
_PRESS_WORDS = frozenset({"reporters", "press", "journalists", "media"})
# Nouns for the people a reporter tries to reach: "the owner could not be reached".
PERSON_NOUNS = frozenset(
    {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "officials",
        "owner",
        "owners",
        "family",
        "lawyer",
        "lawyers",
        "attorney",
        "attorneys",
        "representative",
        "representatives",
        "relative",
        "relatives",
        "neighbor",
        "neighbors",
        "manager",
        "director",
        "chief",
        "sheriff",
        "mayor",
    }
)


def headline_end_in(doc: Doc, text: str) -> int:
    """Where the body begins after a headline in headline style opening an unbroken text; 0
    when there is none (or the short first sentence reads as prose: a lead)."""
    end = headline_end(text)
    if not end:
        return 0
    first = [t for t in doc if t.idx < end]
    if not inferred_breaks(text) and (_dated_past(first) or _lead_of_a_brief(doc, text, end)):
        return 0  # a brief one-block story: "Two hikers drowned Sunday." is its lead
    return end if in_headline_style(first) else 0


def _lead_of_a_brief(doc: Doc, text: str, end: int) -> bool:
    """Whether a brief one-block story's first sentence, ending at `end`, is its lead by
    grammar and by what follows it ("Wheat prices rose sharply. Traders blamed …")."""
    ends = sentence_ends(text[end:])
    after = end + ends[0] if ends else len(text)
    following = [t for t in doc if end <= t.idx < after]
    return opens_on_a_lead([t for t in doc if t.idx < end], following)


def _dated_past(tokens: list[Token]) -> bool:
    """Whether the words tell a simple past dated by a time word ("drowned Sunday"): a lead's
    sentence, as a headline tells a deed done in the present."""
    return any(t.tag_ == "VBD" for t in tokens) and any(
        t.ent_type_ in ("DATE", "TIME") for t in tokens
    )


def in_headline_style(tokens: list[Token]) -> bool:
    """Whether the words read as a headline: no article and no finite "be" or "have", and no
    simple past with an object."""
    if not tokens:
        return False
    if any(t.lower_ in _ARTICLES or t.lower_ in _FINITE_AUXILIARIES for t in tokens):
        return False
    # "Deputies arrested two men Tuesday.": a headline says "arrest". The tagger also reads a
    # headline's bare passive ("Pastor named to lead …") as a past; only a past with an object
    # is surely active.
    dated = any(t.ent_type_ in ("DATE", "TIME") for t in tokens)
    return not any(
        t.tag_ == "VBD"
        and any(c.dep_ == "dobj" for c in t.children)
        and (dated or not _plural_present_form(t))
        for t in tokens
    )


def _plural_present_form(verb: Token) -> bool:
    """Whether a verb tagged past is written as its plural present too ("Burglars hit barns"):
    a headline's tense, unless a time word dates it as a lead's past."""
    return verb.lower_ == verb.lemma_.casefold() and any(
        c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") for c in verb.children
    )


def unanswered(token: Token) -> bool:
    """Whether the token tells an unanswered attempt to reach someone for comment: a negated
    answering verb about a call, message or comment ("did not return calls", "could not be
    reached for comment"), the message left that went unanswered, or a refusal to talk about
    it ("declined to discuss the case")."""
    if _unanswered_verb(token) or _refuses_to_talk(token) or _asks_for_comment(token):
        return True
    return (
        token.dep_ == "acl"
        and token.head.lower_ in _CONTACT_NOUNS
        and _unanswered_verb(token.head.head)
    )


def _asks_for_comment(verb: Token) -> bool:
    """ "A message seeking comment was left for his lawyer": the request itself, sent or left,
    whether or not an answer came; not "left a message for the family"."""
    if verb.lemma_.lower() not in _SENDING_VERBS:
        return False
    return any(
        c.dep_ in ("dobj", "nsubjpass")
        and c.lower_ in _CONTACT_NOUNS
        and any(
            a.dep_ == "acl"
            and a.lemma_.lower() in _SEEKING_VERBS
            and any(o.lower_ in _COMMENT_NOUNS for o in a.children if o.dep_ == "dobj")
            for a in c.children
        )
        for c in verb.children
    )


def points_the_reader(verb: Token) -> bool:
    """Whether the verb sends the reader to a web address ("for more, see www.example.org",
    "visit example.com"): where to read on, not a happening. Only an instruction counts: a
    bare present with no auxiliary and no subject of its own. "Shoppers visited Velmart.com
    on Monday" and "Hackers logged into Norburg.net" tell deeds done on a site (a bare domain
    is a URL to the tagger too), and stay events."""
    if verb.lemma_.lower() not in _POINTING_VERBS or verb.tag_ not in ("VB", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # "will see www.…", "can visit …": told of someone, not asked
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not _after_a_purpose(verb):
        return False
    targets = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod", "attr")]
    targets += [o for p in verb.children if p.dep_ == "prep" for o in p.children]
    return any(t.like_url for t in targets)


def _after_a_purpose(verb: Token) -> bool:
    """ "For updates on Ana's ride see www.…", "To follow Ana's ride see www.…": a clause
    opening with a phrase of purpose, whose last noun the parser often takes for the subject
    of the bare verb after it."""
    first = verb.sent[0]
    return first.lower_ in ("for", "to") and verb in first.ancestors


def _unanswered_verb(verb: Token) -> bool:
    if verb.lemma_.lower() not in _ANSWERING_VERBS:
        return False
    if not any(c.dep_ == "neg" for c in verb.children) and not _none_of(verb):
        return False
    if verb.lemma_.lower() == "reach" and any(
        c.dep_ == "nsubjpass" and _a_person(c) for c in verb.children
    ):
        return True  # "Varga could not be reached", with or without "for comment"
    asked = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    asked += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(t.lower_ in _CONTACT_NOUNS for t in asked)


def _none_of(verb: Token) -> bool:
    """ "None of the owners could be reached": a subject that denies the verb, as "not"
    does."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in NEGATIVE_SUBJECTS for c in verb.children
    )


def _a_person(subject: Token) -> bool:
    """Whether a passive subject of "reach" is someone a reporter calls: a person's name, a
    proper noun, a personal pronoun or a word for a person ("the owner"); not "a deal"."""
    if subject.ent_type_ == "PERSON" or subject.pos_ == "PROPN" or subject.tag_ == "PRP":
        return True
    if subject.lower_ in NEGATIVE_SUBJECTS:  # "none of the owners": whom it counts
        return any(
            o.dep_ == "pobj" and _a_person(o)
            for p in subject.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
        )
    return subject.lower_ in PERSON_NOUNS


def _refuses_to_talk(verb: Token) -> bool:
    """ "declined to discuss the case", and "declined comment": the noun says the same."""
    if verb.lemma_.lower() not in REFUSING_VERBS:
        return False
    return any(
        (c.dep_ == "xcomp" and c.lemma_.lower() in _TALKING_VERBS and _about_the_case(c))
        or (c.dep_ == "dobj" and c.lower_ in _COMMENT_NOUNS)
        for c in verb.children
    )


def _about_the_case(talk: Token) -> bool:
    """Whether a refused talk is the reporter's question: no object ("declined to elaborate"),
    a pronoun or a general word for the case ("the evidence"), or a talk "with reporters";
    "refused to discuss its nuclear program with inspectors" is a refusal in the news."""
    # The parser may hang "with reporters" on the object ("the arrest with reporters").
    with_press = any(
        p.lower_ == "with" and any(o.lower_ in _PRESS_WORDS for o in p.children)
        for p in talk.subtree
        if p.dep_ == "prep"
    )
    objects = [c for c in talk.children if c.dep_ == "dobj"]
    # An object counts with its conjuncts: "the items and evidence" is about the case.
    return with_press or all(
        any(w.pos_ == "PRON" or w.lower_ in _CASE_WORDS for w in (o, *o.conjuncts)) for o in objects
    )
