"""How long the hypothesis suites run: the suite's quick pass, or `make fuzz`'s long one.

Every property test marked `fuzz` takes its example count from `examples(n)`: `n` in the normal
suite, `n * FUZZ_SCALE` when `make fuzz` sets it (20 by default), for a longer hunt before a
release without slowing every run of `make test`.
"""

import os


def examples(count: int) -> int:
    return count * max(1, int(os.environ.get("FUZZ_SCALE", "1")))
