# Newsmap's entry points. `make run` and `make test` work on a fresh machine with Python >= 3.12.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PYTEST_ARGS ?=
# `make test` runs each pass on this many xdist workers (0: in this process, one test at a time).
TEST_WORKERS ?= $(shell nproc 2>/dev/null || echo 2)
# Whole modules per worker; the corpus walks' modules as one unit, handed out first
# (tests/scheduling.py).
XDIST_ARGS := -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder
HOST_PORT ?= 127.0.0.1:8000

.PHONY: run test test-sqlite test-postgres lint format bench load eval keep-model keep-model-report reranker reranker-check fuzz worker samples screenshots clean

$(VENV)/.runtime: requirements.txt
	@python=$$(scripts/find-python.sh) && \
	  { [ -x $(PY) ] || "$$python" -m venv $(VENV); } && \
	  echo "Using $$($(PY) --version) in $(VENV)"
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

## run: set up, migrate, load the bundled sample stories, pin them offline, serve on http://$(HOST_PORT)
run: $(VENV)/.runtime
	DEBUG=$${DEBUG:-1} $(PY) manage.py migrate --no-input
	DEBUG=$${DEBUG:-1} $(PY) manage.py load_samples
	DEBUG=$${DEBUG:-1} $(PY) manage.py runserver $(HOST_PORT)

## test: lint, then the whole suite on SQLite and on a throwaway PostgreSQL server
test: lint test-sqlite test-postgres

test-sqlite: $(VENV)/.dev
	@echo "== test suite on SQLite"
	DATABASE_URL=sqlite:///$(CURDIR)/var/test.sqlite3 $(PY) -m pytest $(XDIST_ARGS) $(PYTEST_ARGS)

test-postgres: $(VENV)/.dev
	@echo "== test suite on PostgreSQL"
	scripts/with-postgres.sh $(PY) -m pytest $(XDIST_ARGS) $(PYTEST_ARGS)

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run

format: $(VENV)/.dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

## bench: speed and memory figures (printed, not asserted)
bench: $(VENV)/.dev
	$(PY) manage.py bench

## load: gunicorn on loopback, 50 clients for 60 s on a 2,000-event story while an editor saves
## and a worker geocodes, on a throwaway PostgreSQL: p50/p95/p99, req/s and errors per endpoint
LOAD_ARGS ?=
load: $(VENV)/.dev
	scripts/with-postgres.sh $(PY) manage.py loadtest $(LOAD_ARGS)

## eval: extraction and geocoding scored against our gold set and public benchmarks
eval: $(VENV)/.dev
	$(PY) manage.py evaluate

## keep-model: the experimental keep/drop weights for events (var/selection.json) from the three
## real-news dev batches; needs ../shared (the AEB bodies). Deterministic: same gold, same file.
keep-model: $(VENV)/.dev
	DJANGO_SETTINGS_MODULE=newsmap.settings PYTHONPATH=. $(PY) benchmarks/keep_training.py

## keep-model-report: the keep/drop model judged leave-one-batch-out over the three real-news dev
## batches (AEB dev, TimeBank, LGL dev) and five folds by article; writes nothing
keep-model-report: $(VENV)/.dev
	DJANGO_SETTINGS_MODULE=newsmap.settings PYTHONPATH=. $(PY) benchmarks/keep_training.py --report

## reranker: fit stories/geocoding/data/reranker.json, the place re-ranker the product loads, on
## the first 70 % of LGL and GeoVirus (../shared/eval); deterministic (byte for byte), a few
## minutes on a quiet machine; compare make eval before committing a change of recipe
reranker: $(VENV)/.dev
	$(PY) manage.py build_reranker

## reranker-check: build into a temporary file and fail unless it equals the committed
## data/reranker.json (needs ../shared)
reranker-check: $(VENV)/.dev
	$(PY) manage.py build_reranker --check

## screenshots: the seed story, a sample, the home page and the editors' desk at 1440x900 and
## 390x844, as PNGs in var/screenshots/ (git-ignored), from a throwaway database
screenshots: $(VENV)/.dev
	$(PY) scripts/screenshots.py

## fuzz: the hypothesis suites (marker `fuzz`) FUZZ_SCALE times longer than `make test` runs them,
## for anyone to run before a release
FUZZ_SCALE ?= 20
fuzz: $(VENV)/.dev
	FUZZ_SCALE=$(FUZZ_SCALE) DATABASE_URL=sqlite:///$(CURDIR)/var/test.sqlite3 \
	  $(PY) -m pytest -m fuzz $(PYTEST_ARGS)

## worker: a background worker for the database task backend (TASKS_BACKEND=database)
worker: $(VENV)/.runtime
	TASKS_BACKEND=database $(PY) manage.py worker

clean:
	rm -rf $(VENV) var/*.sqlite3 var/staticfiles
