"""Forms editors use outside the standard change forms."""

from django import forms
from django.core.validators import URLValidator
from django.utils.html import format_html

from stories.ingestion.readers import URL_SCHEMES
from stories.ingestion.records import INPUT_FORMATS
from stories.models import Event, Story


class AddArticlesForm(forms.Form):
    """Add articles by URL, pasted text/HTML/JSON or an uploaded file: exactly one of the three."""

    url = forms.URLField(
        required=False,
        assume_scheme="https",
        label="URL",
        # Django's default also takes ftp(s), which no fetcher here speaks.
        validators=[URLValidator(schemes=sorted(URL_SCHEMES))],
    )
    pasted = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 12}), label="Paste text, HTML or JSON"
    )
    upload = forms.FileField(required=False, label="Upload a file")
    format = forms.ChoiceField(choices=[(f, f) for f in ("auto", *INPUT_FORMATS)], initial="auto")
    story = forms.ModelChoiceField(
        queryset=Story.objects.order_by("title"),
        required=False,
        help_text="Leave empty to group by content: versions of one story land together.",
    )

    def clean(self):
        cleaned = super().clean()
        given = [name for name in ("url", "pasted", "upload") if cleaned.get(name)]
        if len(given) != 1:
            raise forms.ValidationError("Give exactly one of: a URL, pasted text, or a file.")
        return cleaned


class EditorLockingForm(forms.ModelForm):
    """A change form that marks the fields an editor locked and offers to unlock them.

    Locking itself happens in the admin's `save_model` (every changed field is locked); this form
    only makes locks visible, because an editor who cannot see a lock cannot reason about why a
    pipeline run left a value alone.
    """

    unlock = forms.MultipleChoiceField(
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Unlock",
        help_text="Tick a field to let the pipeline set it again on its next run.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locked = list(self.instance.locked_fields) if self.instance.pk else []
        self.fields["unlock"].choices = [(name, self._label(name)) for name in locked]
        for name in locked:
            if name in self.fields:
                field = self.fields[name]
                field.help_text = format_html(
                    "<strong class='nm-locked'>🔒 Locked</strong>: an editor set this; "
                    "the pipeline will not change it. {}",
                    field.help_text,
                )

    def _label(self, name: str) -> str:
        if name in self.fields and self.fields[name].label:
            return str(self.fields[name].label)
        return str(self.instance._meta.get_field(name).verbose_name).capitalize()


class EventForm(EditorLockingForm):
    """An event's change form: its place must belong to the event's story."""

    class Meta:
        model = Event
        fields = [
            "story",
            "title",
            "summary",
            "date_start",
            "date_end",
            "date_precision",
            "certainty",
            "place",
            "people",
            "reviewed",
        ]

    def clean(self):
        cleaned = super().clean()
        place = cleaned.get("place")
        story = cleaned.get("story") or getattr(self.instance, "story", None)
        if place is not None and story is not None and place.story_id != story.pk:
            self.add_error("place", f"“{place}” belongs to another story; pick one of {story}'s.")
        return cleaned
