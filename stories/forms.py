"""Forms editors use outside the standard change forms."""

from django import forms

from stories.ingestion.records import INPUT_FORMATS
from stories.models import Story


class AddArticlesForm(forms.Form):
    """Add articles by URL, pasted text/HTML/JSON or an uploaded file: exactly one of the three."""

    url = forms.URLField(required=False, assume_scheme="https", label="URL")
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
