"""A title that stops on its verb takes what the clause says after it (events.title_completions):
a passive's "with"/"of" phrase, an infinitive's reported or small clause, a saying's fronted
clause; a verb used with nothing after it keeps its short title."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _titles(nlp, text):  # noqa: F811
    return {e.trigger: e.title for e in events_of(nlp, text)}


def test_a_passive_keeps_its_with_phrase(nlp):  # noqa: F811
    text = "On Tuesday in Port Lanier, the new printer was plagued with paper jams."
    assert _titles(nlp, text)["plague"] == "Printer plagued with paper jams in Port Lanier"


def test_a_passive_keeps_its_of_phrase(nlp):  # noqa: F811
    text = "Harold Venn was convicted of arson in Port Lanier on Tuesday."
    assert _titles(nlp, text)["convict"].startswith("Harold Venn convicted of arson")


def test_an_infinitive_keeps_its_that_clause(nlp):  # noqa: F811
    text = "Mayor Lena Ortiz tried on Monday to prove to the council that bus lanes save time."
    title = _titles(nlp, text)["try"]
    assert title == "Mayor Lena Ortiz tries to prove bus lanes save time"


def test_an_infinitive_keeps_the_clause_it_lets_happen(nlp):  # noqa: F811
    text = "The town council agreed on Monday to allow the bakery to stay open."
    assert _titles(nlp, text)["agree"] == "Town council agrees to allow bakery to stay open"


def test_an_intransitive_fall_keeps_its_short_title(nlp):  # noqa: F811
    text = "Wheat prices fell on Monday in Port Lanier."
    assert _titles(nlp, text)["fall"] == "Wheat prices fall in Port Lanier"


def test_resumed_talks_keep_their_short_title(nlp):  # noqa: F811
    text = "The talks between the two unions resumed on Monday in Port Lanier."
    assert _titles(nlp, text)["resume"].startswith("Talks resume")


def test_a_bare_passive_with_nothing_after_it_stays_as_it_is(nlp):  # noqa: F811
    text = "Harold Venn was arrested on Tuesday."
    assert _titles(nlp, text)["arrest"] == "Harold Venn arrested"


def test_a_saying_keeps_its_long_unmarked_clause_said_before_it(nlp):  # noqa: F811
    text = (
        "A retired teacher from the valley pleaded guilty to sending threats to the council,"
        " the county prosecutor announced on Monday."
    )
    title = _titles(nlp, text)["announce"]
    assert title == "County prosecutor announces teacher pleaded guilty"


def test_a_found_things_with_phrase_is_its_state_and_stays_out(nlp):  # noqa: F811
    text = "The missing hiker was found with a broken leg on Tuesday near Port Lanier."
    assert "with" not in _titles(nlp, text)["find"]


def test_a_passives_with_phrase_naming_a_companion_stays_out(nlp):  # noqa: F811
    text = "The aid worker was kidnapped with his driver Amos Pell on Tuesday near Port Lanier."
    assert "with" not in _titles(nlp, text)["kidnap"]


def test_filing_keeps_what_was_filed_for(nlp):  # noqa: F811
    text = "The toy maker filed for bankruptcy protection on Monday in Port Lanier."
    assert _titles(nlp, text)["file"] == "Toy maker files for bankruptcy protection in Port Lanier"


def test_a_vote_keeps_what_it_was_for(nlp):  # noqa: F811
    text = "On Monday the delegates voted for a directly elected mayor in Port Lanier."
    assert _titles(nlp, text)["vote"].startswith("Delegates vote for")


def test_a_with_phrase_keeps_the_of_phrase_its_noun_needs(nlp):  # noqa: F811
    # "charged with breach" is cut mid-phrase: a breach is of something.
    text = "The club's former treasurer was charged with breach of trust in Port Lanier on Monday."
    assert "charged with breach of trust" in _titles(nlp, text)["charge"]


def test_a_gerund_cut_from_its_phrase_stays_out(nlp):  # noqa: F811
    # "charged with driving" says another thing than driving under the influence.
    text = "The mayor was charged with driving under the influence in Port Lanier on Saturday."
    assert "with driving" not in _titles(nlp, text)["charge"]


def test_a_with_phrase_telling_an_amount_stays_out(nlp):  # noqa: F811
    # "arrested with bond of 2,500" tells an amount, not what the arrest was for.
    text = "Tara Quill was arrested with a bond of $2,500 in Port Lanier on Monday."
    assert "with" not in _titles(nlp, text)["arrest"]
