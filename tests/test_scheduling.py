"""How `make test` cuts the suite into xdist work units (tests/scheduling.py)."""

from tests.scheduling import CORPUS_WALK_UNIT, work_units


def test_a_module_run_without_a_break_is_one_unit():
    units = work_units(["a.py::one", "a.py::two", "b.py::one"], walk_modules=[])

    assert units["a.py::one"] == units["a.py::two"] != units["b.py::one"]


def test_a_module_whose_tests_come_in_two_runs_is_two_units():
    # pytest-django puts a module's flushing tests after every rolled-back test of the suite.
    units = work_units(["a.py::rolled_back", "b.py::one", "a.py::flushing"], walk_modules=[])

    assert units["a.py::rolled_back"] != units["a.py::flushing"]


def test_the_corpus_walk_modules_are_one_unit_wherever_their_tests_are():
    collection = ["walk.py::one", "a.py::one", "more.py::one", "walk.py::two"]

    units = work_units(collection, walk_modules=["walk.py", "more.py"])

    assert {units[t] for t in collection if not t.startswith("a.py")} == {CORPUS_WALK_UNIT}
    assert units["a.py::one"] != CORPUS_WALK_UNIT
