"""A subject "they" whose own sentence says who they are.

"Economic development officials in Ohio say they will check whether …", "When officials
searched her purse they found 15 pills": English binds a subject "they" to the plural people
who report its clause, or whose adverbial clause of the same moment ("when", "as") opens the
sentence on the pronoun's own verb.
The wider search for a common-noun antecedent (MentionIndex.antecedent_noun) passes over the
vague reporting words ("officials", "sources"), because a "he" after "an official said" is
mostly someone the official tells of; but those are plural people too, and a "they" their
own clause governs means them. Without this the clause had no title and the happening was lost
(lgldev: "officials say they will check", "when officials searched her purse they found").
An opening clause of things ("after the storms passed, they rebuilt") binds nothing: only a
noun that names people ("officials", "investigators", "residents") does; nor does one of a
cause or of what came before ("after residents complained, they closed the park").
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.person_nouns import names_a_person

# Reporting words that name people though too vague for a "he" (MentionIndex's _VAGUE).
_VAGUE_PEOPLE = frozenset({"official", "source", "spokesman", "spokeswoman", "spokesperson"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_SAME_MOMENT = frozenset({"when", "as", "once", "while"})


def bound_they(pronoun: Token, reporter: Token | None) -> Token | None:
    """The plural people a subject "they" stands for in its own sentence: `reporter`, the
    subject of the saying that reports its clause (context.reporting_subject), or the subject
    of an adverbial clause before it on its own verb; None when neither names people."""
    if pronoun.lower_ != "they" or pronoun.dep_ not in _SUBJECTS:
        return None
    if reporter is not None and _plural_people(reporter):
        return reporter
    verb = pronoun.head
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > pronoun.i or not _same_moment(clause):
            continue
        subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
        if subject is not None and _plural_people(subject):
            return subject
    return None


def _same_moment(clause: Token) -> bool:
    """An opening clause of the same moment ("when", "as", "once", "while"), whose people go on
    acting in the main clause; one of a cause or of what came before ("after residents
    complained, they closed the park", "because students protested") tells of others, whom
    the main clause's "they" answers."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in _SAME_MOMENT for c in clause.children)


def _plural_people(noun: Token) -> bool:
    """A plural common noun that names people: "officials", "investigators", "residents"."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return False
    word = noun.lemma_.lower()
    return word in _VAGUE_PEOPLE or names_a_person(word)
