"""Each extraction package imports on its own, in a fresh interpreter.

The times and events packages import each other's parts; inside one process the cycle hides
whenever the events package happens to be imported first (as the pipeline does), and only a
tool that starts from the other end ("python -m benchmarks.evaluation.tempeval") meets the
ImportError. A fresh interpreter per package, before any Django setup imports the app, is the
only way to see the order such a tool meets.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

PACKAGES = [
    "stories.extraction.times",
    "stories.extraction.events",
    "benchmarks.evaluation.tempeval",
]


@pytest.mark.parametrize("package", PACKAGES)
def test_package_imports_first_in_a_fresh_interpreter(package: str) -> None:
    code = f"import {package}"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "newsmap.settings"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
