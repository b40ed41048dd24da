"""A results figure moved with no period of its own ("Sales rose 4.8%"): no happening.

A company's results are news once, when it reports them ("Acme reported a third-quarter profit
of $50 million", "third-quarter net income fell 5.9% to $9.5 million"); the report then runs
through its lines, "Net fell 16% to $123.1 million, from $145.7 million", "Sales rose 2.9% to
$329.2 million", "Comparable sales rose 3.6 percent", each a figure of the period its lead
named, compared with the one before, not a happening of its own. On the dev batches the four
such lines the extractor kept (two WSJ results notices, a retailer's quarter, a jobs report's
hourly earnings) matched no gold event, and the gold READMEs leave "results figures told as
comparisons" out; the results kept as gold are the report itself or a figure told with its
period or date ("third-quarter net income fell", "sales plunged 10 percent last month").

The test is grammatical: a verb of rising or falling (events.markets.MOVES) whose subject is a
results noun (sales, revenue, net, income, earnings, profit) moved by a figure (a percentage, a
sum, cents: events.markets.price_figure), with no period named in the clause ("third-quarter",
"quarterly", "for the year", "in the year-ago period", a date). The caller asks only undated
clauses, so "sales fell 10 percent in October" stays; a share's price ("Acme shares rose 5%") is
a market's move and stays too.

A line belongs to a report: only an article that has already reported results, in an earlier
sentence with a verb of reporting and the results or the period they cover ("Kellogg reported
lower third-quarter earnings", "the government reported" a month's jobs), runs through such
lines. Alone, "Tesla's profit plunged 55% as price cuts weighed on margins" is the only telling
of a happening and stays. So do sales named by what was sold or to whom ("Gun sales jumped
30%", "Sales of electric cars rose 40%", "Arms sales to Saudi Arabia rose"): a market's
figure, not a line of one company's report.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.markets import MOVES, price_figure
from stories.extraction.times.vocab import MONTHS, UNITS

# What a company's results count: the lines of its report.
_RESULTS = frozenset(
    {"sales", "revenue", "revenues", "net", "income", "earnings", "profit", "profits"}
)
# Words that name the period a figure belongs to: "third-quarter", "first-half", "quarterly",
# "the fiscal year", "the year-ago period".
_PERIOD_WORDS = frozenset(UNITS) | {"quarter", "half", "quarterly", "annual", "fiscal", "period"}
# Dependencies by which a figure hangs on its verb: "rose 4.8%", "fell to $9.5 million".
_FIGURE_DEPS = frozenset({"dobj", "npadvmod", "prep", "advmod"})
# Verbs by which a report of results is given: "Kellogg reported lower third-quarter earnings".
_REPORTING = frozenset({"report", "post", "announce", "release"})
# What a report gives: the results, or the period they cover ("in January", "the quarter").
_REPORTED = _RESULTS | {"results", "loss", "losses", "quarter", "quarterly", "half", "fiscal"}
_MONTHS = frozenset(month.lower() for month in MONTHS)
# Words that tell a report is of results or of a period's figures.
_REPORT_WORDS = _REPORTED | _MONTHS
# Words naming the seller or the line, not what was sold: "net sales", "store sales".
_NOT_GOODS = _RESULTS | _PERIOD_WORDS | {"store", "company", "group", "operating", "total"}
# Clauses inside the verb's subtree that tell something else ("missing the gain expected").
_OTHER_CLAUSES = frozenset({"advcl", "ccomp", "relcl", "conj", "xcomp", "parataxis"})


def told_as_a_results_line(verb: Token) -> bool:
    """Whether `verb` moves a results figure with no period of its own (see above)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in MOVES:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _RESULTS or _names_what_was_sold(subject):
        return False
    if not any(price_figure(t) for c in verb.children if c.dep_ in _FIGURE_DEPS for t in c.subtree):
        return False
    if any(_names_a_period(t) for t in _clause_words(verb)):
        return False
    return _after_a_results_report(verb)


def _names_what_was_sold(subject: Token) -> bool:
    """ "Gun sales", "Sales of electric cars", "Arms sales to Saudi Arabia": a market's figure."""
    for child in subject.children:
        if child.dep_ == "compound" and _a_good(child):
            return True
        if child.dep_ == "prep" and child.lower_ in ("of", "to") and subject.lower_ == "sales":
            return True
    return False


def _a_good(word: Token) -> bool:
    """A common noun (or one capitalised at a sentence's start, "Gun") naming a good, not the
    seller ("Acme sales") nor the line ("net sales")."""
    if word.lower_ in _NOT_GOODS or word.ent_type_:
        return False
    return word.pos_ == "NOUN" or (word.pos_ == "PROPN" and word.is_sent_start)


def _after_a_results_report(verb: Token) -> bool:
    """An earlier sentence reports results: a verb of reporting with the results or their
    period ("Kellogg reported lower third-quarter earnings")."""
    doc = verb.doc
    for sentence in doc[: verb.sent.start].sents:
        words = {t.lower_ for t in sentence}
        if any(t.lemma_.lower() in _REPORTING for t in sentence) and (words & _REPORT_WORDS):
            return True
    return False


def _clause_words(verb: Token) -> list[Token]:
    """The words of the verb's own clause: its subtree without the clauses it governs."""
    words = [verb]
    for child in verb.children:
        if child.dep_ not in _OTHER_CLAUSES:
            words.extend(child.subtree)
    return words


def _names_a_period(word: Token) -> bool:
    """ "quarter", "year-ago", "quarterly", "fiscal", a date: a period the figure belongs to."""
    return word.ent_type_ == "DATE" or word.lemma_.lower() in _PERIOD_WORDS
