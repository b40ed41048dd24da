"""Two more misreadings of the parser mended before any event rule reads the parse
(stories.extraction.reduced_passives, stories.extraction.parse_repairs.called_object): a
subject's reduced passive read as the sentence's verb, and the person or body someone
"called" read as the name a thing is called. Sentences written for these tests.
"""

from tests.extracting import triggers
from tests.test_events import event_titles, events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_a_participle_after_its_subject_before_an_auxiliary_verb_describes_the_subject(nlp):  # noqa: F811
    doc = nlp("A van towed Friday from a Harbor City lot was returned to its owner.")

    verb = next(t for t in doc if t.lower_ == "returned")
    assert verb.dep_ == "ROOT"
    assert next(t for t in doc if t.lower_ == "van").head == verb
    assert next(t for t in doc if t.lower_ == "towed").dep_ == "acl"


def test_the_verb_after_a_reduced_passive_is_the_event_not_a_deed_of_the_subject(nlp):  # noqa: F811
    text = "A woman attacked last week in Harbor City has died."

    assert "die" in triggers(events_of(nlp, text))
    assert not any(title.startswith("Woman attacks") for title in event_titles(nlp, text))


def test_two_past_verbs_joined_by_and_stay_the_subjects_deeds(nlp):  # noqa: F811
    doc = nlp("The mayor visited Harbor City on Monday and was greeted by crowds.")

    assert next(t for t in doc if t.lower_ == "visited").dep_ == "ROOT"


def test_a_past_verb_with_an_object_stays_the_sentence_verb(nlp):  # noqa: F811
    doc = nlp("Police found the car on Sunday.")

    assert next(t for t in doc if t.lower_ == "found").dep_ == "ROOT"


def test_calling_police_opening_a_sentence_is_its_main_verb(nlp):  # noqa: F811
    doc = nlp("Ana Ruiz called police at dawn to report a break-in.")

    verb = next(t for t in doc if t.lower_ == "called")
    assert verb.dep_ == "ROOT"
    assert next(t for t in doc if t.lower_ == "police").dep_ == "dobj"


def test_a_thing_called_by_its_name_stays_a_description(nlp):  # noqa: F811
    doc = nlp("A dog called Rex.")

    assert next(t for t in doc if t.lower_ == "called").dep_ != "ROOT"


def test_a_neighbour_calling_police_is_an_event(nlp):  # noqa: F811
    events = events_of(nlp, "Tom Lee called police on Friday about a stolen bike.")

    assert "call" in " ".join(triggers(events))


def test_calling_police_under_a_saying_is_an_event(nlp):  # noqa: F811
    text = "Shop staff called police, who arrived within minutes, a spokesman said."

    assert "call" in " ".join(triggers(events_of(nlp, text)))


def test_a_person_called_a_name_in_the_passive_keeps_the_name(nlp):  # noqa: F811
    doc = nlp("He was called a hero.")

    assert next(t for t in doc if t.lower_ == "hero").dep_ == "oprd"


def test_a_participle_after_its_subject_before_a_tensed_verb_describes_the_subject(nlp):  # noqa: F811
    doc = nlp("The council members gathered around the mayor laughed.")

    verb = next(t for t in doc if t.lower_ == "laughed")
    assert verb.dep_ == "ROOT"
    assert next(t for t in doc if t.lower_ == "members").head == verb
    assert next(t for t in doc if t.lower_ == "gathered").dep_ == "acl"


def test_a_participle_with_a_purpose_before_a_tensed_verb_describes_the_subject(nlp):  # noqa: F811
    doc = nlp("Cleanup crews hired to make the homes livable again say the work is done.")

    verb = next(t for t in doc if t.lower_ == "say")
    assert verb.dep_ == "ROOT"
    assert next(t for t in doc if t.lower_ == "hired").dep_ == "acl"


def test_a_past_verb_and_a_later_verb_with_its_own_subject_stay_two_clauses(nlp):  # noqa: F811
    doc = nlp("The crowd gathered outside the hall and the mayor laughed.")

    assert next(t for t in doc if t.lower_ == "gathered").dep_ == "ROOT"


def test_a_saying_before_a_reported_clause_with_its_own_subject_stays_the_sentence_verb(nlp):  # noqa: F811
    doc = nlp("Police said the driver fled the scene on foot.")

    assert next(t for t in doc if t.lower_ == "said").dep_ == "ROOT"


def test_a_deed_run_on_into_a_closing_saying_stays_the_deed(nlp):  # noqa: F811
    doc = nlp("Farmers marched through Oslo on Monday officials said.")

    assert next(t for t in doc if t.lower_ == "marched").dep_ != "acl"
