"""How `make test` shares the suite out between xdist workers (`pytest -n N --dist loadfile`).

Units of work are handed out in the order of the workers' collection, and each runs whole on
one worker:

- the modules that read a corpus walk (conftest.py CORPUS_WALK_MODULES) are one unit, which the
  collection puts first: the walk is a session fixture, and a second worker running one of those
  modules would walk the corpus again; started first, the longest unit never ends the run last;
- any other module is one unit, so its module fixtures (a browser, an ingested story) are built
  once, except that pytest-django runs the tests that keep their data in a rolled-back
  transaction before those that commit and flush (live server, several connections), and a
  flush also removes what data migrations created (the Editors group): a module holding both
  kinds is two units, one in each part of that order, and no worker ever runs a rolled-back
  test after a flush.

Use it with `--no-loadscope-reorder`: xdist would otherwise hand out the largest units first.
"""

from __future__ import annotations

from collections.abc import Iterable

from xdist.scheduler import LoadFileScheduling

CORPUS_WALK_UNIT = "corpus-walks"


def work_units(collection: Iterable[str], walk_modules: Iterable[str]) -> dict[str, str]:
    """Test id → unit: the corpus-walk unit, or one unit per unbroken run of a module's tests."""
    walk_modules = set(walk_modules)
    units: dict[str, str] = {}
    previous, run = None, 0
    for nodeid in collection:
        module = nodeid.split("::")[0]
        if module in walk_modules:
            units[nodeid] = CORPUS_WALK_UNIT
            continue
        if module != previous:
            previous, run = module, run + 1
        units[nodeid] = f"{module}#{run}"
    return units


class CorpusWalkScheduling(LoadFileScheduling):
    def __init__(self, config, log=None, *, walk_modules: tuple[str, ...]) -> None:
        super().__init__(config, log)
        self.walk_modules = walk_modules
        self.units: dict[str, str] = {}

    def schedule(self) -> None:
        if self.collection is None and self.registered_collections:
            collection = next(iter(self.registered_collections.values()))
            self.units = work_units(collection, self.walk_modules)
        super().schedule()

    def _split_scope(self, nodeid: str) -> str:
        return self.units.get(nodeid) or super()._split_scope(nodeid)
