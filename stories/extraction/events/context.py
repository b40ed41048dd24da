"""The recognizers' mentions indexed by token, so the parse can ask "is this word a place?".

Event extraction walks the dependency tree; places, people and times arrive as character
offsets. This index maps them onto tokens once per document, and keeps what titles need about
people: the short form the article itself uses ("Lind" for "Lind Ove Berg") and who "he" most
likely is (the last person the story made a subject). Which common nouns may stand for people
(roles, bodies of people, a group's short name) is events.role_nouns'.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from stories.datelines import Dateline, find_dateline
from stories.extraction.doc_text import doc_text
from stories.extraction.events.clause_mates import bound_they
from stories.extraction.events.closing_teasers import closing_teaser_start
from stories.extraction.events.coordinated_antecedents import coordinated_subject_before
from stories.extraction.events.fronted_pronouns import named_after
from stories.extraction.events.headline_happenings import headline_above
from stories.extraction.events.lexicon import ATTRIBUTION_VERBS, PERSONAL_PRONOUNS
from stories.extraction.events.noise import is_noise_line
from stories.extraction.events.object_antecedents import object_antecedent
from stories.extraction.events.pronoun_agreement import (
    disagrees,
    seeming_subject,
    told_pronouns,
)
from stories.extraction.events.pronoun_chains import chained_person, told_only
from stories.extraction.events.reporters_notes import (
    headline_end_in,
    points_the_reader,
    unanswered,
)
from stories.extraction.events.role_nouns import (
    GROUP_NOUNS,
    VAGUE_SUBJECTS,
    may_be_a_person,
    names_people,
)
from stories.extraction.events.sexed_nouns import noun_disagrees
from stories.extraction.events.unreflexive_objects import (
    subjects_passed_over,
    taken_for_own_subject,
)
from stories.extraction.events.withheld_information import withheld
from stories.extraction.mentions import PersonMention, PlaceMention
from stories.paragraphs import line_starts as paragraph_lines

_LINE_BREAK = re.compile(r"\n+")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PRONOUN_REACH = 120  # tokens back to look for whom "he" or "she" refers to
_REPORTED_PRONOUNS = frozenset({"he", "she", "they"})
_NOUN_REACH = 40  # tokens back for a common-noun antecedent: about one sentence
# Clauses inside a reported clause whose "he" is still the speaker's.
_INNER_CLAUSES = frozenset({"relcl", "advcl", "xcomp", "pcomp", "pobj", "prep", "dobj", "acl"})


@dataclass
class MentionIndex:
    """Places and people of one document, reachable from any token inside them."""

    doc: Doc
    text: str = ""  # doc.text, which spaCy rebuilds on every access
    dateline: Dateline | None = None  # "SEOUL, South Korea (AP) —": never a clause's subject
    dateline_end: int = 0
    headline_end: int = 0  # "Reward raised in arson case. The reward …": the headline's end
    told_headline_end: int = 0  # that headline's end, or one's above a dateline: may tell news
    teaser_start: int | None = None  # a closing blurb of another story (closing_teasers)
    place_at: dict[int, PlaceMention] = field(default_factory=dict)
    place_roots: dict[int, PlaceMention] = field(default_factory=dict)
    root_of_place: dict[tuple[int, int], int] = field(default_factory=dict)
    person_at: dict[int, PersonMention] = field(default_factory=dict)
    short_names: dict[str, str] = field(default_factory=dict)
    salient: list[tuple[int, PersonMention]] = field(default_factory=list)
    subject_nouns: list[int] = field(default_factory=list)
    groups: list[tuple[int, str]] = field(default_factory=list)
    coordinated: list[int] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)
    line_starts: list[int] = field(default_factory=list)
    paragraph_starts: list[int] = field(default_factory=list)
    noise: dict[int, bool] = field(default_factory=dict)
    pronouns: dict[str, frozenset[str]] | None = None  # pronoun_agreement.told_pronouns
    event_words: dict[tuple[int, int, str], Token | None] = field(default_factory=dict)  # homes
    comma_nouns: dict[int, Token | None] = field(default_factory=dict)  # places._renaming

    @classmethod
    def build(
        cls, doc: Doc, places: list[PlaceMention], people: list[PersonMention]
    ) -> MentionIndex:
        text = doc_text(doc)
        dateline = find_dateline(text)
        index = cls(doc, text, dateline, dateline.body_start if dateline else 0)
        if dateline is None:  # a dateline at the top opens the lead; one below a headline
            index.headline_end = headline_end_in(doc, text)  # makes it noise already
        index.sentences = list(doc.sents)
        top = dateline.city_start if dateline else 0
        if index.headline_end or dateline is None or top > 0:
            index.told_headline_end = index.headline_end or headline_above(
                doc, top, index.sentences
            )
        index.sentence_starts = [sentence.start for sentence in index.sentences]
        index.teaser_start = closing_teaser_start(index.sentences, text)
        index.line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
        index.paragraph_starts = paragraph_lines(text)
        for place in places:
            span = token_span(doc, place.start, place.end)
            if span is None:
                continue
            for token in span:
                index.place_at[token.i] = place
            index.place_roots[span.root.i] = place
            index.root_of_place[place.start, place.end] = span.root.i
        index.subject_nouns = [
            t.i
            for t in doc
            if t.pos_ == "NOUN"
            and t.lower_ not in VAGUE_SUBJECTS
            and (_is_salient(t) or _speaker(t))
        ]
        for person in people:
            span = token_span(doc, person.start, person.end)
            if span is None:
                continue
            for token in span:
                index.person_at[token.i] = person
            shortest = index.short_names.get(person.name)
            form = span.text.removesuffix("'s").removesuffix("’s")
            if shortest is None or len(form) < len(shortest):
                index.short_names[person.name] = form
            if _is_salient(span.root):
                index.salient.append((span.root.i, person))
        index.coordinated = [
            i for i in sorted(index.person_at) if _coordinates_people(doc[i], index.person_at)
        ]
        surnames = {p.name.split()[-1] for p in people if p.name}
        index.groups = [
            (ent.start, ent.text.removeprefix("the ").removeprefix("The "))
            for ent in doc.ents
            if ent.label_ == "ORG"
            and ent.root.dep_ in _SUBJECTS
            and ent.root.i not in index.person_at
            and ent.text.split()[-1].removesuffix("'s") not in surnames
        ]
        return index

    def person(self, token: Token) -> PersonMention | None:
        """The person this token names, or the one a personal pronoun most likely stands for."""
        found = self.person_at.get(token.i)
        if found is None and token.lower_ in PERSONAL_PRONOUNS:
            found = self.antecedent(token)
            if found is not None and taken_for_own_subject(token, found, self.person):
                return self._salient_near(token, frozenset({found.name}), agreeing=token)
        return found

    def antecedent(self, pronoun: Token) -> PersonMention | None:
        """The last person before the pronoun who was the subject (or its owner) of a clause.

        An object pronoun never means its own clause's subject ("Lind invited him": not Lind;
        that would be "himself"), so that subject is passed over; a preposition's object may
        ("took the dog with him"), as events.unreflexive_objects reads it.
        """
        own = self._subject_before(pronoun)
        if own is not None:
            return own  # "Kerr said Lee skidded and he was thrown": Lee, not one named before
        reporter = reporting_subject(pronoun)
        speaker = self.person_at.get(reporter.i) if reporter is not None else None
        if speaker is not None and self._agrees(pronoun, speaker):
            return speaker
        if _fits(reporter, plural=False):
            return None  # "the man told doctors he ate …": the unnamed speaker (antecedent_noun)
        ahead = named_after(pronoun, self.person_at)
        if ahead is not None and self._agrees(pronoun, self.person_at[ahead.i]):
            return self.person_at[ahead.i]  # "While he was held, Jones lost his job"
        number = self.sentence_number(pronoun)
        before = self.sentences[number - 1] if number > 0 else None
        only = object_antecedent(
            pronoun, self.sentences[number], before, self.person_at, lambda t: _fits(t, False)
        )
        if only is not None and self._agrees(pronoun, only):
            return only  # "Police arrested X. He punched …" (events.object_antecedents)
        excluded = subjects_passed_over(pronoun, self.antecedent_noun, self.person, self.person_at)
        return self._salient_near(pronoun, excluded, agreeing=pronoun)

    def _agrees(self, pronoun: Token, person: PersonMention) -> bool:
        """Whether the story may call `person` by `pronoun`: never a "he" for one it calls
        "she", nor the reverse (events.pronoun_agreement)."""
        return not disagrees(pronoun, person.name, self.told_pronouns())

    def told_pronouns(self) -> dict[str, frozenset[str]]:
        """Which of he/she the story uses for each named person, read once per document
        (events.pronoun_agreement)."""
        if self.pronouns is None:
            names = {i: p.name for i, p in self.person_at.items()}
            self.pronouns = told_pronouns(self.doc, names)
        return self.pronouns

    def _subject_before(self, pronoun: Token) -> PersonMention | None:
        """The nearest person named as a subject before a subject "he"/"she" in its own
        sentence, a speaker or one inside what is reported ("Kerr said Lee skidded when he
        …"), who agrees with it; None when a role that may be the person ("the driver fled
        and he …"), or a "he"/"she" the pronoun does not follow, comes first."""
        if pronoun.lower_ not in ("he", "she") or pronoun.dep_ not in _SUBJECTS:
            return None
        sentence = self.sentence(pronoun)
        for token in reversed(self.doc[sentence.start : pronoun.i]):
            owner = token.dep_ in ("appos", "poss") and token.i in self.person_at
            root = token.head if owner else token  # "the painter Berg said", "Ford's book was"
            if root.dep_ not in _SUBJECTS and not seeming_subject(root):
                continue
            if across_lines(token, root):
                continue
            person = self.person_at.get(token.i)
            if person is not None and self._agrees(pronoun, person):
                return person
            if person is None and (_fits(token, plural=False) or token.lower_ == pronoun.lower_):
                return None
        return None

    def chained_name(self, pronoun: Token) -> str | None:
        """ "Two months later, he died": far from any name, whom the "he" or "she" before it
        means (events.pronoun_chains), said short; None for any other word."""
        if pronoun.lower_ not in ("he", "she") or self._named_speaker(pronoun):
            return None  # "Berg said he had resigned": Berg, or one Berg names, not the chain
        called = told_only(pronoun.lower_, self.told_pronouns())
        person = chained_person(
            pronoun,
            _PRONOUN_REACH,
            lambda link: self._salient_near(link, called=called),
            self._person_noun_between,
        )
        return self.short_name(person) if person is not None else None

    def _named_speaker(self, pronoun: Token) -> bool:
        """Whether the clause of a subject pronoun is reported by a named person ("His friend,
        the painter Karl Berg, said he …")."""
        speaker = reporting_subject(pronoun)
        if speaker is None:
            return False
        around = [speaker]
        for token in around:  # "His friend, the painter Karl Berg": appositive in appositive
            around += [c for c in token.children if c.dep_ in ("appos", "compound")]
        return any(t.i in self.person_at for t in around)

    def _person_noun_between(self, later: Token, earlier: Token) -> bool:
        """Whether a singular common noun that may be a person ("the mayor", "a burglar") was
        made a subject between two links of a pronoun chain: the later link may mean it."""
        start = bisect_right(self.subject_nouns, earlier.i)
        for position in self.subject_nouns[start:]:
            if position >= later.i:
                break
            noun = self.doc[position]
            if noun.tag_ == "NN" and may_be_a_person(noun):
                return True
        return False

    def _salient_near(
        self,
        token: Token,
        excluded: frozenset[str] = frozenset(),
        called: frozenset[str] | None = None,
        agreeing: Token | None = None,
    ) -> PersonMention | None:
        """The last person made a subject before `token`, within the pronoun's reach, none named
        in `excluded` (one the story `called` by the pronoun, when given; one the story may call
        by the pronoun `agreeing`, when given)."""
        for position, person in reversed(self.salient):
            if position < token.i and token.i - position <= _PRONOUN_REACH:
                if person.name in excluded:
                    continue
                if called is not None and person.name not in called:
                    continue
                if agreeing is not None and not self._agrees(agreeing, person):
                    continue
                return person
        return None

    def antecedent_noun(self, pronoun: Token) -> Token | None:
        """The noun a pronoun stands for when no named person fits: the last common noun that
        was a subject shortly before ("The suspect fled. He was arrested a block away"),
        singular for "he"/"she", plural for "they"."""
        plural = pronoun.lower_ in ("they", "them")
        reporter = reporting_subject(pronoun)
        fits = _fits(reporter, plural) and self.noun_agrees(pronoun, reporter)
        if fits or (plural and _coordinated(reporter)):
            return reporter
        if (bound := bound_they(pronoun, reporter)) is not None:
            return bound  # "officials say they will check" (events.clause_mates)
        number = self.sentence_number(pronoun)
        joined = coordinated_subject_before(pronoun, self.sentences, number, self._people)
        if joined is not None:
            return joined  # "She and kin went … They found him" (events.coordinated_antecedents)
        pair = self._last_pair(pronoun) if plural else None
        position = bisect_right(self.subject_nouns, pronoun.i - 1) - 1
        while position >= 0:
            token = self.doc[self.subject_nouns[position]]
            if pronoun.i - token.i > _NOUN_REACH or (pair is not None and pair.i > token.i):
                return pair
            if (token.tag_ == "NNS") == plural and (plural or may_be_a_person(token)):  # noqa: SIM102
                if self.noun_agrees(pronoun, token):  # not "she" for "the father"
                    return token
            position -= 1
        return pair

    def noun_agrees(self, pronoun: Token, noun: Token | None) -> bool:
        """Not "she" for "the father", nor for "the father, Tom Reyes" (events.sexed_nouns)."""
        person = self.person_at.get
        wrong = lambda t: (p := person(t.i)) is not None and not self._agrees(pronoun, p)  # noqa: E731
        return noun is None or not noun_disagrees(pronoun, noun, wrong)

    def _people(self, noun: Token) -> bool:
        """A named person or a noun that names people ("family members", "the officer")."""
        return noun.i in self.person_at or names_people(noun)

    def _last_pair(self, pronoun: Token) -> Token | None:
        """The last two people named together before a "they", within about a sentence:
        "Senator Warren and Representative Ocasio-Cortez. They criticised …"."""
        position = bisect_right(self.coordinated, pronoun.i - 1) - 1
        if position < 0 or pronoun.i - self.coordinated[position] > _NOUN_REACH:
            return None
        return self.doc[self.coordinated[position]]

    def last_named(self, pronoun: Token) -> str | None:
        """Whom a "he" or "she" most likely means when no subject fits (`antecedent`): the one
        an earlier "he" of its sentence means ("He is seen as Smith's heir, and he led …":
        not Smith), else the last person named before it, within a short reach ("Jones was
        arrested in 2018. He is held in Leeds"). A weaker guess than `antecedent`, used only
        to say who in a title."""
        if pronoun.lower_ not in ("he", "she"):
            return None
        sentence = self.sentence(pronoun)
        earlier = next(
            (
                t
                for t in sentence
                if t.i < pronoun.i and t.lower_ == pronoun.lower_ and t.dep_ in _SUBJECTS
            ),
            None,
        )
        if earlier is not None:
            person = self.person(earlier)
            return self.short_name(person) if person is not None else self.last_named(earlier)
        for position in range(pronoun.i - 1, max(-1, pronoun.i - _PRONOUN_REACH - 1), -1):
            person = self.person_at.get(position)
            if person is not None and self._agrees(pronoun, person):
                return self.short_name(person)
        return None

    def named_group(self, noun: Token) -> str | None:
        """The organisation a short name stands for: "the company" after "WeWork said" — the
        last organisation the story made a subject before it."""
        if noun.lemma_.lower() not in GROUP_NOUNS or noun.tag_ != "NN":
            return None
        if not any(c.lower_ == "the" for c in noun.children) or noun.ent_type_:
            return None
        for start, name in reversed(self.groups):
            if start < noun.i and noun.i - start <= _PRONOUN_REACH:
                return name
        return None

    def short_name(self, person: PersonMention) -> str:
        return self.short_names.get(person.name, person.name)

    def sentence(self, token: Token) -> Span:
        """The token's sentence (spaCy's `Token.sent` rescans the document on every call)."""
        return self.sentences[bisect_right(self.sentence_starts, token.i) - 1]

    def sentence_number(self, token: Token) -> int:
        return bisect_right(self.sentence_starts, token.i) - 1

    def paragraph_number(self, offset: int) -> int:
        """Which paragraph holds this offset: a line of the text (paragraphs are lines in clean
        text), or one inferred in an unbroken stretch (stories.paragraphs)."""
        return bisect_right(self.paragraph_starts, offset) - 1

    def line_number(self, offset: int) -> int:
        return bisect_right(self.line_starts, offset) - 1

    def is_noise(self, token: Token, *, headline_news: bool = False) -> bool:
        """Whether the token's sentence, or the line it is on, is a byline, credit or caption,
        or the token stands above the dateline (a headline: "Storm hits coast. CITY — …") or
        above the body of an unbroken text ("Storm hits coast. The storm …"), or it tells an
        unanswered request for comment or sends the reader to a web address (reporters_notes:
        how the story was gathered or where to read on) or information kept back
        (withheld_information), or it is in a closing blurb of another story
        (closing_teasers). With `headline_news` a headline's
        words may tell news (headline_happenings)."""
        told = headline_news and token.idx < self.told_headline_end
        if not told and self.dateline is not None and token.idx < self.dateline.city_start:
            return True
        if not told and token.idx < self.headline_end:
            return True
        if unanswered(token) or points_the_reader(token) or withheld(token):
            return True
        if self.teaser_start is not None and token.idx >= self.teaser_start:
            return True  # another story's blurb closing the page (closing_teasers)
        number = self.sentence_number(token)
        if number not in self.noise:
            sentence = self.sentences[number]
            line = self.line_number(sentence.start_char)
            start = self.line_starts[line]
            end = self.line_starts[line + 1] if line + 1 < len(self.line_starts) else len(self.text)
            within_line = sentence.end_char <= end
            self.noise[number] = is_noise_line(sentence.text) or (
                within_line and is_noise_line(self.text[start:end].strip())
            )
        return self.noise[number]

    @property
    def noise_headline_end(self) -> int:
        """The end of the headline that is no event unless it announces a dated plan."""
        return max(self.headline_end, self.dateline.city_start if self.dateline else 0)

    def in_dateline(self, token: Token) -> bool:
        """Whether the token is in the dateline or above it (a told headline is not)."""
        return self.told_headline_end <= token.idx < self.dateline_end

    def place(self, token: Token) -> PlaceMention | None:
        return self.place_at.get(token.i)

    def place_root(self, place: PlaceMention) -> Token | None:
        position = self.root_of_place.get((place.start, place.end))
        return None if position is None else self.doc[position]


def _fits(noun: Token | None, plural: bool) -> bool:
    """A common noun "he", "she" (a person) or "they" (a plural) can stand for."""
    if noun is None or noun.pos_ != "NOUN" or noun.lower_ in VAGUE_SUBJECTS:
        return False
    return (noun.tag_ == "NNS") == plural and (plural or may_be_a_person(noun))


def _coordinated(noun: Token | None) -> bool:
    """ "Lind and his team reported that they …": a coordinated subject is a "they"."""
    return noun is not None and any(c.dep_ == "conj" for c in noun.children)


def _coordinates_people(token: Token, person_at: dict[int, PersonMention]) -> bool:
    """The root of a name with another person's name coordinated to it ("X and Y")."""
    return any(c.dep_ == "conj" and c.i in person_at for c in token.children)


def across_lines(first: Token, second: Token) -> bool:
    """ "Staff Reports\n\nPolice arrested…": two words on different lines, a byline or heading
    the parser joined to what follows, not one phrase."""
    low, high = sorted((first.i, second.i))
    return any("\n" in t.text_with_ws for t in first.doc[low:high])


def _speaker(noun: Token) -> bool:
    """ "The man told doctors he ate …": a person noun speaking is the "he" of what follows
    as often as any other subject (the vague speakers, "officials", are left out)."""
    return noun.dep_ == "nsubj" and noun.head.lemma_ in ATTRIBUTION_VERBS


def reporting_subject(pronoun: Token) -> Token | None:
    """Who reports the clause a subject pronoun stands in: in "the man told doctors he ate
    rabbit meat" or "Smith said she would resign", "he" and "she" are the speaker, the
    commonest reading of reported speech (a speaker telling of someone else names them)."""
    if pronoun.dep_ not in _SUBJECTS or pronoun.lower_ not in _REPORTED_PRONOUNS:
        return None
    clause = pronoun.head
    for _ in range(4):  # "said he was waiting for a commission he appointed"
        if clause.dep_ not in _INNER_CLAUSES or clause.head == clause:
            break
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in ATTRIBUTION_VERBS:
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN"):
        return None
    return speaker


def token_span(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens covering a character range; None when it falls outside every token."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _is_salient(root: Token) -> bool:
    """A subject, or the owner of a subject ("Lind's train stopped"), of anything but a
    reporting verb: the spokesman who "said" is rarely the "he" of the next clause."""
    if root.dep_ == "appos" and across_lines(root, root.head):
        return False  # a byline ("X, BBC correspondent") the parser joined to the text
    if root.dep_ in ("poss", "appos"):
        root = root.head  # "Lind's train stopped", "the immunologist X looked"
    return root.dep_ in _SUBJECTS and root.head.lemma_ not in ATTRIBUTION_VERBS
