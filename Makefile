# Two commands matter: `make run` and `make test`. Everything else is what they stand on.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PORT   ?= 8000
HOST   ?= 127.0.0.1
MANAGE := $(BIN)/python manage.py

.PHONY: run test setup install messages check lint clean benchmark benchmark-serving benchmark-search \
	topology-up topology-down test-topology

$(BIN)/.installed: requirements.txt requirements-test.txt
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.11+ is required") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-test.txt
	@touch $@

install: $(BIN)/.installed

# vnu.jar (the Nu Html Checker) for the HTML validity test; npm is only a test-time tool.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	@touch $@

# Compiles locale/*/LC_MESSAGES/django.po with polib, so no system gettext is needed.
messages: install
	$(MANAGE) compile_catalogues

setup: install messages
	$(MANAGE) migrate --noinput
	$(MANAGE) update_translation_fields
	$(MANAGE) seed_site
	$(MANAGE) rebuild_site_search
	$(MANAGE) ensure_dev_admin

run: setup
	$(MANAGE) runserver $(HOST):$(PORT)

# What the suite needs from Debian: the browser tests drive /usr/bin/chromium, the Nu Html Checker
# needs Java. Installed only when missing (as root with apt-get); otherwise it says what to run.
.PHONY: system-packages
system-packages:
	@scripts/system_packages.sh chromium:chromium java:default-jre-headless

# Extra pytest arguments, e.g. `make test PYTEST_ARGS='-k feed -x'`.
PYTEST_ARGS ?=
# Two processes share the tests (pytest-xdist); the browser tests stay together in one of them,
# so two Chromium suites never run at once. TEST_WORKERS=0 runs everything in one process.
TEST_WORKERS ?= 2

test: system-packages install messages node_modules/.installed
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

check: install
	$(MANAGE) makemigrations --check --dry-run

lint: install
	$(BIN)/ruff check .

# Page weight of the home page of a running site (`make run` in another terminal).
benchmark: install
	$(BIN)/python scripts/benchmark_home.py $(URL)

# Requests/s under gunicorn with production settings, measured with Debian's wrk on the seeded
# database (or DATABASE_URL); ratios to the static file's are what to compare between runs.
# `make benchmark-serving BENCH_ARGS='--seconds 5'`, or BENCH_ARGS=--spike for the spike check.
# Public search on 10,000 generated pages on PostgreSQL (docs/search.md); DATABASE_URL names the
# server (default postgres://postgres@127.0.0.1:5432/), a throwaway database is created on it.
benchmark-search: install messages
	$(BIN)/python scripts/benchmark_search.py $(BENCH_ARGS)

benchmark-serving: setup install
	@scripts/system_packages.sh wrk:wrk
	$(BIN)/python scripts/benchmark_serving.py $(BENCH_ARGS)

# The production shape on this machine (docs/operations.md): Varnish on :8080 (TOPOLOGY_PORT) in
# front of two gunicorn instances (:8001, :8002) with production settings, on PostgreSQL
# (DATABASE_URL, required) and Redis (REDIS_URL). Installs Debian's varnish when it is missing.
topology-up: install messages
	@scripts/system_packages.sh varnishd:varnish
	$(BIN)/python scripts/topology.py up

topology-down:
	$(BIN)/python scripts/topology.py down

# The tests that need that topology (publish through the admin, read through the proxy, stop
# one app server under load, throughput, logs). CI runs them after the suite; they stop the
# topology again whatever the outcome.
test-topology: system-packages install messages
	@scripts/system_packages.sh varnishd:varnish wrk:wrk
	$(BIN)/python scripts/topology.py up
	$(BIN)/python -m pytest -m topology tests/topology $(PYTEST_ARGS); \
		status=$$?; $(BIN)/python scripts/topology.py down; exit $$status

clean:
	rm -rf $(VENV) db.sqlite3 media static_collected var
