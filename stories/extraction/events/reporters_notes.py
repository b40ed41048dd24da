"""Lines of a story that are about the reporting, not the news: no event on a timeline.

Two kinds, both told in every kind of news and neither a happening an editor would date:

- The headline above an unbroken text ("Reward raised in arson case. The reward for …"). It
  says in short what the lead then tells in full, so its clause is a second view of the lead's
  happening, titled from fewer words. A dateline after the headline already makes it noise
  (`MentionIndex.is_noise`); a text with no dateline needs the headline's own end, which
  `stories.paragraphs.headline_end` finds. Only a line in headline style counts: no article
  and no finite "be" or "have", the words a headline leaves out. A short lead that opens an
  unbroken text ("The mayor has resigned.") keeps them, and keeps its event.
- An unanswered request for comment: "Lund could not be reached for comment", "did not
  return a message left Monday", "calls to the firm were not returned". The reporter's
  attempt to reach someone is how the story was gathered, not what happened in it; the
  message "left" is the same attempt. So is a refusal to talk about it: "the sheriff declined
  to discuss the evidence" ("declined to comment" is no event already: events.governing).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.paragraphs import headline_end

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
# Verbs that say whether the attempt was answered.
_ANSWERING_VERBS = frozenset({"answer", "reach", "respond", "return"})
# A refusal to talk to the reporter: "declined to discuss", "refused to elaborate".
_REFUSING_VERBS = frozenset({"decline", "refuse"})
_TALKING_VERBS = frozenset({"comment", "discuss", "elaborate", "specify", "speculate"})


def headline_end_in(doc: Doc, text: str) -> int:
    """Where the body begins after a headline in headline style opening an unbroken text; 0
    when there is none (or the short first sentence reads as prose: a lead)."""
    end = headline_end(text)
    if not end:
        return 0
    words = [t.lower_ for t in doc if t.idx < end]
    if any(w in _ARTICLES or w in _FINITE_AUXILIARIES for w in words):
        return 0
    return end


def unanswered(token: Token) -> bool:
    """Whether the token tells an unanswered attempt to reach someone for comment: a negated
    answering verb about a call, message or comment ("did not return calls", "could not be
    reached for comment"), the message left that went unanswered, or a refusal to talk about
    it ("declined to discuss the case")."""
    if _unanswered_verb(token) or _refuses_to_talk(token):
        return True
    return (
        token.dep_ == "acl"
        and token.head.lower_ in _CONTACT_NOUNS
        and _unanswered_verb(token.head.head)
    )


def _unanswered_verb(verb: Token) -> bool:
    if verb.lemma_.lower() not in _ANSWERING_VERBS:
        return False
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.lemma_.lower() == "reach" and any(c.dep_ == "nsubjpass" for c in verb.children):
        return True  # "could not be reached", with or without "for comment"
    asked = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    asked += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(t.lower_ in _CONTACT_NOUNS for t in asked)


def _refuses_to_talk(verb: Token) -> bool:
    return verb.lemma_.lower() in _REFUSING_VERBS and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _TALKING_VERBS for c in verb.children
    )
