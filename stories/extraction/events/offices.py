"""Whose country a leader or official serves: "Israeli Prime Minister X", "Norland's Senate
President X", "X, the prime minister of Norland", "President X of Norland".

News introduces a national office holder once with the country the office belongs to and then
writes only the name or "he". What such a person does as an official without naming a place
(tells the cabinet, apologises by phone, agrees to pay, criticises a plan) is done at home, as
a national body's act is (events.homes): this module only says which country each person of
the story holds an office of, read from the words the story names them with.

A leader is also introduced as the country's own ("Iraq's X"); that is an office only in a
story that also writes of such a leader by title ("the Iraqi leader"), since athletes and
writers are introduced so too. A head titled with no country at all ("President X") is the
head of the one country a story names (`titled_heads`; events.homes places them at the seat of
government the story writes, "the Kremlin said").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from stories.extraction.events import place_rules
from stories.extraction.events.context import MentionIndex

# Words of a national office: the title itself ("President", "Minister") or its holder.
OFFICE_WORDS = frozenset(
    {
        "president",
        "minister",
        "premier",
        "chancellor",
        "secretary",
        "speaker",
        "king",
        "queen",
        "monarch",
        "emir",
        "sultan",
        "leader",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "senator",
        "lawmaker",
        "official",
    }
)
# The heads of a nation, who speak and decide for its government at home.
NATIONAL_LEADERS = frozenset(
    {"leader", "president", "premier", "chancellor", "king", "queen", "monarch", "emir", "sultan"}
)
_NAME_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
# The words of a head of nation's title alone: "President", "Prime Minister".
_BARE_TITLES = NATIONAL_LEADERS | {"prime", "minister"}


def story_offices(index: MentionIndex, country_of: Callable[[Token], str | None]) -> dict[str, str]:
    """Each person the story names with a country's office, by full name, with the country's
    code (the first office the story gives them). `country_of` says which country a word names
    (a country mention or a nationality)."""
    offices: dict[str, str] = {}
    seen: set[int] = set()
    led: set[str] | None = None
    for position, person in index.person_at.items():
        token = index.doc[position]
        root = _root(token, index)
        if root.i in seen or person.name in offices:
            continue
        seen.add(root.i)
        code = office_country(root, country_of)
        if code is None and "leaders by their country" in place_rules.ENABLED:
            code = _country_owned(root, country_of)
            if code is not None:
                led = described_leaders(index, country_of) if led is None else led
                code = code if code in led else None
        if code is not None:
            offices[person.name] = code
    return offices


def titled_heads(index: MentionIndex) -> set[str]:
    """The people the story names with a nation's head's title and no country ("President X",
    "Prime Minister X"): in a story of one country, that country's head (events.homes)."""
    return {
        person.name
        for position, person in index.person_at.items()
        if _bare_title(_root(index.doc[position], index), index)
    }


def _bare_title(name: Token, index: MentionIndex) -> bool:
    """Whether a person is named with a nation's head's title and nothing else before the name
    ("President X", "Prime Minister X"): no country, company or state says whose office it is,
    so in a story of one country it is that country's. Not a name followed by whose body
    the title is ("President X of the dockers' union", "President X, head of the union")."""
    words = [w for w in name_words(name)[1:] if w.i not in index.person_at]
    return (
        bool(words)
        and not _body_after(name)
        and all(w.lower_ in _BARE_TITLES for w in words)
        and (
            any(w.lower_ in NATIONAL_LEADERS for w in words) or "prime" in {w.lower_ for w in words}
        )
    )


def _body_after(name: Token) -> bool:
    """Whether the name is followed by the body its title belongs to: an "of" after it
    ("President X of the union") or an appositive organisation, or office of one ("X, head of
    the union")."""
    for word in name.children:
        if word.dep_ == "prep" and word.lower_ == "of":
            return True
        if word.dep_ == "appos" and (
            word.ent_type_ == "ORG"
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children)
        ):
            return True
    return False


def _country_owned(name: Token, country_of: Callable[[Token], str | None]) -> str | None:
    """The country a person's name is written as belonging to: "Norland's X"."""
    for word in name.children:
        if word.dep_ == "poss":
            return country_of(word)
    return None


def described_leaders(index: MentionIndex, country_of: Callable[[Token], str | None]) -> set[str]:
    """The countries whose head the story writes by office alone, without a name: "the
    Norlandic leader", "Norland's president". News introduces a country's head once as
    "Norland's X" and then calls them so; a person named only as "Norland's X" (an athlete,
    a writer) is no office holder unless the story also writes of such a leader."""
    codes: set[str] = set()
    for token in index.doc:
        if token.lower_ not in NATIONAL_LEADERS or token.i in index.person_at:
            continue
        if any(c.i in index.person_at for c in token.children) or token.head.i in index.person_at:
            continue  # "President X", "X, the Norlandic leader": a title of a name
        for word in name_words(token)[1:]:
            code = country_of(word)
            if code is not None:
                codes.add(code)
                break
    return codes


def office_country(name: Token, country_of: Callable[[Token], str | None]) -> str | None:
    """The country whose office the words around a person's name give them: a title with a
    nationality or country before it ("French President X", "Norland's foreign minister X"), an
    appositive office of a country ("X, the prime minister of Norland"), or "of Norland" after
    a titled name ("President X of Norland")."""
    holders = [name]
    if name.dep_ == "appos" and _office(name.head):
        holders.append(name.head)  # "The prime minister of Norland, X, said"
    holders += [c for c in name.children if c.dep_ == "appos" and _office(c)]
    for holder in holders:
        words = name_words(holder)
        if not any(_office(w) for w in words):
            continue
        for word in words[1:] if holder is name else words:
            code = country_of(word)
            if code is not None:
                return code
        for preposition in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "of"):
            for noun in (c for c in preposition.children if c.dep_ == "pobj"):
                code = country_of(noun)
                if code is not None:
                    return code
    return None


def _office(word: Token) -> bool:
    return word.lemma_.lower() in OFFICE_WORDS or word.lower_ in OFFICE_WORDS


def _root(token: Token, index: MentionIndex) -> Token:
    """The head of the name the token is part of: "Netanyahu" of "Benjamin Netanyahu"."""
    while token.dep_ in ("compound", "flat") and token.head.i in index.person_at:
        token = token.head
    return token


def name_words(holder: Token) -> list[Token]:
    """The holder and the words that name it: "Israeli Prime Minister Benjamin Netanyahu",
    "Kentucky GOP Gov. Matt Bevin" (events.homes reads an actor's home from them too)."""
    words = [holder]
    stack = [c for c in holder.children if c.dep_ in _NAME_DEPS]
    while stack:
        word = stack.pop()
        words.append(word)
        stack.extend(c for c in word.children if c.dep_ in _NAME_DEPS)
    return words
