"""Form fields for the editors' desk that speak the editors' language, not the storage's."""

from __future__ import annotations

import json

from django import forms


class LineListField(forms.CharField):
    """A JSON list of strings edited as one entry per line (place aliases), never as `[]`."""

    widget = forms.Textarea(attrs={"rows": 3, "cols": 40})

    def __init__(self, *args, **kwargs) -> None:
        kwargs.pop("encoder", None)
        kwargs.pop("decoder", None)
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", "One name per line.")
        super().__init__(*args, **kwargs)

    def prepare_value(self, value: object) -> str:
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                return value
        if isinstance(value, list | tuple):
            return "\n".join(str(item) for item in value)
        return "" if value is None else str(value)

    def to_python(self, value: object) -> list[str]:
        if isinstance(value, list):
            return value
        text = str(value or "").strip()
        if text.startswith("["):  # a JSON list (an older form, a script) is read as one
            try:
                parsed = json.loads(text)
            except ValueError:
                parsed = None
            if isinstance(parsed, list):
                return [str(item) for item in parsed]
        lines = (line.strip() for line in str(value or "").splitlines())
        seen: list[str] = []
        for line in lines:
            if line and line not in seen:
                seen.append(line)
        return seen

    def has_changed(self, initial: object, data: object) -> bool:
        before = (
            initial if isinstance(initial, list) else self.to_python(self.prepare_value(initial))
        )
        return before != self.to_python(data)
