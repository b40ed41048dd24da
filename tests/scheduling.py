"""How `make test` shares the suite out between xdist workers (`pytest -n N --dist loadfile`).

Each test module runs whole on one worker, so its module fixtures (a browser, an ingested
story) are built once. The modules that read a corpus walk (conftest.py CORPUS_WALK_MODULES)
are one unit: the walk is a session fixture, and a second worker running one of them would
walk the corpus again. With `--no-loadscope-reorder` that unit, which the workers' collection
puts first, starts first, and the longest piece of work is never the last one handed out.
"""

from __future__ import annotations

from xdist.scheduler import LoadFileScheduling

CORPUS_WALK_UNIT = "corpus-walks"


class CorpusWalkScheduling(LoadFileScheduling):
    def __init__(self, config, log=None, *, walk_modules: tuple[str, ...]) -> None:
        super().__init__(config, log)
        self.walk_modules = walk_modules

    def _split_scope(self, nodeid: str) -> str:
        module = super()._split_scope(nodeid)
        return CORPUS_WALK_UNIT if module in self.walk_modules else module
