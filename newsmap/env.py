"""The one way settings read the environment: typed, with the default in plain sight.

Every variable the settings read goes through `env` (so `grep 'env\\.' newsmap/settings.py`
lists them all) and is documented in the README's configuration table. A number, flag or JSON
value left empty (`FOO=` in a shell file) falls back to its default; an empty string or list
stays empty (`EMBED_FRAME_ANCESTORS=` means no site may frame the embeds).
"""

from __future__ import annotations

import json
import os
from typing import Any


def _raw(name: str) -> str | None:
    value = os.environ.get(name)
    return None if value is None or value.strip() == "" else value.strip()


def string(name: str, default: str) -> str:
    return os.environ.get(name, default)


def boolean(name: str, default: bool) -> bool:
    """1/0, true/false, yes/no, on/off, as people write them in shell files."""
    value = _raw(name)
    return default if value is None else value.lower() in {"1", "true", "yes", "on"}


def integer(name: str, default: int) -> int:
    value = _raw(name)
    return default if value is None else int(value)


def number(name: str, default: float) -> float:
    value = _raw(name)
    return default if value is None else float(value)


def strings(name: str, default: str, *, separators: str = ",") -> list[str]:
    """A list written with commas (or any of `separators`): `a.example, b.example`."""
    text = string(name, default)
    for separator in separators[1:]:
        text = text.replace(separator, separators[0])
    return [item.strip() for item in text.split(separators[0]) if item.strip()]


def json_value(name: str, default: Any) -> Any:
    value = _raw(name)
    return default if value is None else json.loads(value)
