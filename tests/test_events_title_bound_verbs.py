"""Titles keep what a verb cannot go without (events.bound_prepositions, events.titles): a verb
that takes a preposition as others take an object keeps it ("leads to school closures"),
and a telling says what was told as well as to whom."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _title(nlp, text, trigger):  # noqa: F811
    return next(e.title for e in events_of(nlp, text) if e.trigger == trigger)


def test_a_verb_bound_to_its_preposition_keeps_it_and_what_follows(nlp):  # noqa: F811
    text = "The heavy snow in Dorvale led to school closures on Tuesday."
    assert _title(nlp, text, "lead").startswith("Snow leads to school closures")


def test_a_result_is_titled_with_what_it_resulted_in(nlp):  # noqa: F811
    text = "A coding glitch at the Farlow bank resulted in long outages for customers on Monday."
    assert _title(nlp, text, "result") == "Glitch results in long outages"


def test_a_bound_preposition_before_a_time_is_not_kept(nlp):  # noqa: F811
    from stories.extraction.events.bound_prepositions import bound_forms
    from stories.extraction.events.context import MentionIndex

    doc = nlp("The talks led to Monday.")
    led = next(t for t in doc if t.lower_ == "led")
    assert bound_forms(led, MentionIndex.build(doc, [], [])) is None


def test_a_telling_says_what_was_told_after_whom(nlp):  # noqa: F811
    text = "Mayor Dana Kroll told reporters on Friday that the ferry would resume service."
    title = _title(nlp, text, "tell")
    assert title.endswith("Kroll tells reporters the ferry would resume service")


def test_a_telling_after_its_quote_says_the_quote(nlp):  # noqa: F811
    text = '"We will rebuild the school," Governor Lina Marsh told the crowd on Monday.'
    assert _title(nlp, text, "tell").endswith("Marsh tells crowd “We will rebuild the school”")


def test_a_telling_with_nothing_told_keeps_the_person_told(nlp):  # noqa: F811
    text = "Mayor Dana Kroll told reporters on Friday about the ferry."
    assert _title(nlp, text, "tell").endswith("Kroll tells reporters")


def test_what_was_told_drops_its_that_and_an_unpaired_quote_mark(nlp):  # noqa: F811
    from stories.extraction.events.bound_prepositions import told_words

    doc = nlp('Ola Brisk told the Gazette that Tarn "wrote the letter himself.')
    told = next(t for t in doc if t.lower_ == "told")
    said = 'that Tarn "wrote the letter himself'
    assert told_words(told, said) == "Tarn wrote the letter himself"


def test_what_was_told_is_dropped_when_it_opens_on_its_verb(nlp):  # noqa: F811
    from stories.extraction.events.bound_prepositions import told_words

    doc = nlp("Olaf told friends that the show he made was a success.")
    told = next(t for t in doc if t.lower_ == "told")
    assert told_words(told, "was a success") is None


def test_what_was_told_keeps_its_pronoun_subject_or_is_left_out(nlp):  # noqa: F811
    from stories.extraction.events.bound_prepositions import told_words

    doc = nlp("Mara Voss told reporters that she had not seen him since the storm.")
    told = next(t for t in doc if t.lower_ == "told")
    assert told_words(told, "Kell had not seen him") is None
    assert told_words(told, "she had not seen him") == "she had not seen him"


def test_a_reported_clause_said_short_keeps_its_pronoun_subject(nlp):  # noqa: F811
    text = (
        "Mara Voss, a lawyer for the town, said Monday night she had not had time to review"
        " the long order from the court."
    )
    assert _title(nlp, text, "say").endswith("Voss says she had not had time")


def test_a_quote_told_after_a_colon_keeps_its_marks(nlp):  # noqa: F811
    text = 'Coach Tam Ruell told the players on Sunday: "We play for the town."'
    assert _title(nlp, text, "tell").endswith("Ruell tells players “We play for the town”")


def test_working_on_a_thing_is_titled_with_the_thing(nlp):  # noqa: F811
    text = "Engineers at the Dorvale plant worked on the new turbine on Tuesday."
    assert _title(nlp, text, "work").startswith("Engineers work on new turbine")
