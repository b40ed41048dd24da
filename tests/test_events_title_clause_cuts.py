"""A reported clause or quote cut to fit a title ends on a word that closes a phrase
(events.clause_cuts): never on "the", "in", "and" or "is"."""

from stories.extraction.events.clause_cuts import closed_cut
from stories.extraction.events.title_parts import clipped


def test_a_cut_clause_never_ends_on_an_article_or_preposition():
    clause = "many of the students bused to school in the district were late"
    (cut,) = clipped(clause, 45, "Heath acknowledges")
    assert cut == "many of the students bused to school…"


def test_a_cut_drops_a_conjunction_and_the_comma_before_it():
    assert closed_cut("Today's second hearing is over, and the") == "Today's second hearing is over"


def test_a_cut_ending_on_a_content_word_stays_as_it_is():
    assert (
        closed_cut("the mayor would not seek reelection") == "the mayor would not seek reelection"
    )


def test_a_cut_keeps_two_words_at_least():
    assert closed_cut("officers in the") == "officers in"
