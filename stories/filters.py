"""The reader's filters on a story's chronology: query string in, narrowed queryset out.

The filters are plain GET parameters so every filtered view has a shareable URL, and a value that
does not parse (a mistyped date, a place from another story) is dropped rather than failing the
page: the reader still sees the story, filtered by what did parse.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django import forms
from django.db.models import Exists, OuterRef, Q
from django.forms.utils import flatatt
from django.http import QueryDict
from django.utils.dateformat import format as format_date
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from stories.models import Article, Event, EventQuerySet, EventSource, Person, Place, Story

#: The query-string names of the filters, in the order a URL lists them.
FILTER_PARAMS = ("place", "certainty", "start", "end", "source", "q")


@dataclass(frozen=True)
class FilterOptions:
    """The choices a story's filter form offers: its places and its outlets."""

    places: list[Place]
    outlets: list[str]

    @classmethod
    def for_story(cls, story: Story) -> FilterOptions:
        """Load the story's places and outlets (two queries, whatever the story's size)."""
        places = list(
            story.places.filter(Exists(Event.objects.filter(place=OuterRef("pk"))))
            .order_by("name")
            .only("id", "name")
        )
        outlets = list(
            Article.objects.filter(story=story)
            .exclude(outlet="")
            .order_by("outlet")
            .values_list("outlet", flat=True)
            .distinct()
        )
        return cls(places=places, outlets=outlets)


#: Dates as the site writes them ("12 Sep 2023"), in the box and in the shared URL alike;
#: ISO dates and a few common spellings are read too, so old links keep working.
DATE_INPUT_FORMATS = ["%d %b %Y", "%d %B %Y", "%Y-%m-%d", "%d/%m/%Y", "%b %d %Y", "%B %d %Y"]
DATE_ATTRS = {"placeholder": "e.g. 12 Sep 2023", "autocomplete": "off", "size": 12}


class SiteDateInput(forms.DateInput):
    """A text box showing its date as the site writes dates: "9 Sep 2023", no leading zero."""

    def format_value(self, value: object) -> str | None:
        if isinstance(value, str):  # what the reader typed or the URL said: shown re-written
            for fmt in DATE_INPUT_FORMATS:
                try:
                    value = dt.datetime.strptime(value.strip(), fmt).date()
                    break
                except ValueError:
                    continue
        if isinstance(value, dt.date):
            return format_date(value, "j M Y")
        return super().format_value(value)


class PlainSelect(forms.Select):
    """A <select> rendered in one pass: a story of 2,000 places would take Django's per-option
    templates most of a second."""

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        attrs = self.build_attrs(self.attrs, attrs)
        chosen = {str(v) for v in (value if isinstance(value, list | tuple) else [value])}
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (key, mark_safe(" selected") if str(key) in chosen else "", label)
                for key, label in self.choices
            ),
        )
        return format_html('<select name="{}"{}>{}</select>', name, flatatt(attrs), options)


class EventFilterForm(forms.Form):
    """Parses and renders the filters; choices come from `FilterOptions`."""

    place = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, widget=PlainSelect)
    certainty = forms.MultipleChoiceField(
        required=False, choices=Event.Certainty.choices, widget=forms.CheckboxSelectMultiple
    )
    start = forms.DateField(
        required=False,
        label="From",
        input_formats=DATE_INPUT_FORMATS,
        widget=SiteDateInput(attrs=DATE_ATTRS),
    )
    end = forms.DateField(
        required=False,
        label="To",
        input_formats=DATE_INPUT_FORMATS,
        widget=SiteDateInput(attrs=DATE_ATTRS),
    )
    source = forms.ChoiceField(required=False, label="Outlet", widget=PlainSelect)
    q = forms.CharField(
        required=False,
        max_length=200,
        label="Search",
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "Words in the events"}),
    )

    def __init__(self, data: QueryDict, *, options: FilterOptions) -> None:
        super().__init__(data)
        self.fields["place"].choices = [("", "All places")] + [
            (place.pk, place.name) for place in options.places
        ]
        self.fields["source"].choices = [("", "All outlets")] + [(o, o) for o in options.outlets]
        # One outlet is no choice: the menu would only repeat the story's source.
        self.show_outlets = len(options.outlets) > 1

    def clean(self) -> dict:
        """Keep only the filters that parsed; an invalid one is shown but not applied."""
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", "The end date is before the start date.")
        return cleaned

    @property
    def filters(self) -> dict:
        """The valid, non-empty filters (an empty dict when the reader filtered nothing)."""
        self.is_valid()
        return {k: v for k, v in self.cleaned_data.items() if v not in (None, "", [])}


def filter_events(events: EventQuerySet, filters: dict) -> EventQuerySet:
    """Narrow events by the parsed filters (the keys of `EventFilterForm`)."""
    if place := filters.get("place"):
        events = events.filter(place_id=place)
    if certainty := filters.get("certainty"):
        events = events.filter(certainty__in=certainty)
    if filters.get("start") or filters.get("end"):
        events = events.between(filters.get("start"), filters.get("end"))
    if source := filters.get("source"):
        events = events.filter(
            Exists(EventSource.objects.filter(event=OuterRef("pk"), article__outlet=source))
        )
    for word in filters.get("q", "").split():
        events = events.filter(matching_text(word))
    return events


def matching_text(word: str) -> Q:
    """Events whose title, summary, place, people or quoted sources mention the word."""
    return (
        Q(title__icontains=word)
        | Q(summary__icontains=word)
        | Q(place__name__icontains=word)
        | Exists(Person.objects.filter(events=OuterRef("pk"), name__icontains=word))
        | Exists(EventSource.objects.filter(event=OuterRef("pk"), quote__icontains=word))
    )
