"""Titles keep what the text says a verb acted on or reported (events.title_parts,
events.reported_clauses, events.titles): verbs of admitting and finding take their clause,
a clause too long is said without its trailing adjuncts, rulings name what they rule on,
an object reached through a relative clause's infinitive is the noun the clause describes."""

from stories.extraction.events.reported_clauses import trimmed_clause
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _title(nlp, text, trigger):  # noqa: F811
    return next(e.title for e in events_of(nlp, text) if e.trigger == trigger)


def test_an_admission_is_titled_with_what_was_admitted(nlp):  # noqa: F811
    text = "Mayor Dana Kroll acknowledged on Friday that the bridge had been closed too late."
    assert _title(nlp, text, "acknowledge") == (
        "Mayor Dana Kroll acknowledges the bridge had been closed too late"
    )


def test_an_inquiry_into_a_question_is_titled_with_the_question(nlp):  # noqa: F811
    text = "Investigators in Brenton are investigating whether the fire was linked to the storm."
    title = _title(nlp, text, "investigate")
    assert title == "Investigators investigate whether the fire was linked to the storm"


def test_a_reported_clause_too_long_drops_its_trailing_adjuncts_before_it_is_cut(nlp):  # noqa: F811
    text = (
        "Officials in Brenton acknowledged on Monday that they should have worked harder to win"
        " back the trust of farmers."
    )
    title = _title(nlp, text, "acknowledge")
    assert title == "Officials acknowledge they should have worked harder"


def test_an_adjunct_whose_phrase_is_cut_goes_with_it(nlp):  # noqa: F811
    doc = nlp("He said the barge had drifted off in the night when its rope broke near the pier.")
    drifted = next(t for t in doc if t.lower_ == "drifted")
    first = next(t for t in doc if t.lower_ == "the").i
    assert trimmed_clause(drifted, first, 25, 12) == "the barge had drifted off"


def test_a_ruling_is_titled_with_what_it_rules_on_not_the_ruled_clause(nlp):  # noqa: F811
    text = "The tribunal in Norwell ruled on Tuesday that the permit was void."
    title = _title(nlp, text, "rule")
    assert title.startswith("Tribunal rules on permit") and "void" not in title


def test_a_relative_object_of_a_planned_act_is_the_noun_the_clause_describes(nlp):  # noqa: F811
    text = (
        "Traders wondered whether a fee that the council had planned to charge on Monday"
        " on parked trucks would go ahead."
    )
    assert _title(nlp, text, "charge") == "Council charges fee"


def test_a_stray_that_beside_the_real_object_is_not_the_object(nlp):  # noqa: F811
    from stories.extraction.events.title_parts import direct_object

    doc = nlp("She said at the harbour that he wants to raise the wreck of the barge.")
    recover = next(t for t in doc if t.lower_ == "raise")
    dobjs = [c.lower_ for c in recover.children if c.dep_ == "dobj"]
    assert direct_object(recover).lower_ == "wreck"
    assert dobjs[-1] == "wreck"


def test_a_participle_with_by_names_who_made_a_noun_event(nlp):  # noqa: F811
    from stories.extraction.events.title_parts import maker_of

    doc = nlp("An intense search mounted by the coast guard went on near Brenton.")
    search = next(t for t in doc if t.lower_ == "search")
    assert maker_of(search).lower_ == "guard"


def test_a_relative_clause_subject_names_who_made_a_noun_event(nlp):  # noqa: F811
    from stories.extraction.events.title_parts import maker_of

    doc = nlp("Fielding was arrested for a phone call Ana Ruiz made to the office.")
    call = next(t for t in doc if t.lower_ == "call")
    assert maker_of(call).text == "Ruiz"


def test_several_makers_are_said_with_by_not_a_shared_apostrophe(nlp):  # noqa: F811
    from stories.extraction.events.context import MentionIndex
    from stories.extraction.events.told_alone import owned

    text = "An intense search mounted by the Brenton Police Department and the Navy continues."
    doc = nlp(text)
    search = next(t for t in doc if t.lower_ == "search")
    title = owned(search, "Intense search", MentionIndex.build(doc, [], []))
    assert title == "Intense search by Brenton Police Department and Navy"


def test_a_noun_event_that_tells_a_finding_is_titled_with_its_verb_and_object(nlp):  # noqa: F811
    text = "A new Gallup poll shows broad support for the new bridge in Brenton."
    assert _title(nlp, text, "poll") == "New Gallup poll shows broad support"


def test_a_noun_event_subject_of_a_phase_verb_is_titled_with_that_verb(nlp):  # noqa: F811
    from stories.extraction.events.context import MentionIndex
    from stories.extraction.events.noun_subjects import subject_clause

    doc = nlp("The peace talks resumed on Monday after a week.")
    talks = next(t for t in doc if t.lower_ == "talks")
    assert subject_clause(talks, MentionIndex.build(doc, [], [])) == ("resume", "")


def test_a_noun_event_subject_of_a_negated_verb_keeps_its_bare_title(nlp):  # noqa: F811
    from stories.extraction.events.context import MentionIndex
    from stories.extraction.events.noun_subjects import subject_clause

    doc = nlp("The new poll does not show broad support for the bridge.")
    poll = next(t for t in doc if t.lower_ == "poll")
    assert subject_clause(poll, MentionIndex.build(doc, [], [])) is None


def test_a_quotation_in_a_reported_clause_is_never_trimmed(nlp):  # noqa: F811
    doc = nlp('She said that the mayor "is a man who reads and writes poetry" in the evenings.')
    verb = next(t for t in doc if t.lower_ == "is")
    first = next(t for t in doc if t.lower_ == "the").i
    assert trimmed_clause(verb, first, 30, 12) is None


def test_a_noun_event_told_alone_says_where_when_no_place_is_named(nlp):  # noqa: F811
    from stories.extraction.events.context import MentionIndex
    from stories.extraction.events.told_alone import of_phrase

    doc = nlp("The fire at the old farmhouse was first noticed by a neighbour.")
    fire = next(t for t in doc if t.lower_ == "fire")
    assert of_phrase(fire, MentionIndex.build(doc, [], [])) == "at farmhouse"


def test_a_quantity_is_no_party_of_a_noun_event(nlp):  # noqa: F811
    from stories.extraction.events.context import MentionIndex
    from stories.extraction.events.told_alone import of_phrase

    doc = nlp("His win at 112 came in the second round.")
    win = next(t for t in doc if t.lower_ == "win")
    assert of_phrase(win, MentionIndex.build(doc, [], [])) == ""


def test_a_verbless_noun_title_keeps_the_preposition_of_its_partner(nlp):  # noqa: F811
    text = (
        "The barge was freed on Monday. The port said the barge would be towed north to Lake "
        "Geneva, a wide body of water, where it is expected to undergo an inspection of its hull."
    )

    assert any(t.startswith("Inspection of hull") for t in [e.title for e in events_of(nlp, text)])


def test_a_measure_in_an_object_is_said_by_what_it_measures(nlp):  # noqa: F811
    text = "Volunteers in Brenton hauled hundreds of bags of litter off the beach."
    assert _title(nlp, text, "haul") == "Volunteers haul litter"


def test_an_aside_after_a_comma_is_no_object_of_the_verb(nlp):  # noqa: F811
    text = "Four hikers died on Sunday in a rockfall, among them a teacher from Brenton."
    assert not _title(nlp, text, "die").endswith("teacher")
