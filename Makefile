# Datachat: `make demo` serves the demo, `make test` runs every test. Both install what they need first.

# Python 3.12: pyenv's build when present (its python3.12 shim may not be active), else python3.12 on PATH.
PYTHON ?= $(firstword $(wildcard $(HOME)/.pyenv/versions/3.12*/bin/python) $(shell command -v python3.12 2>/dev/null))
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
TEST_PG_URL ?= postgresql://postgres@127.0.0.1:5432/datachat
TEST_REDIS_URL ?= redis://127.0.0.1:6379/15

.PHONY: install install-js demo serve test test-python test-postgres test-js lint services browser clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $@

install-js: node_modules/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

demo: install
	$(BIN)/datachat demo --port $(PORT)

# The production server: settings from the environment (DATABASE_URL, REDIS_URL, DJANGO_*); migrate first.
WORKERS ?= 2
serve: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/datachat serve --port $(PORT) --workers $(WORKERS)

services:
	@bash scripts/ensure-services.sh

browser:
	@bash scripts/ensure-chromium.sh

lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-cache

test-js: install-js
	npm run check-dist
	npm test

test-python: install services browser
	DATACHAT_REQUIRE_BROWSER=1 $(BIN)/pytest -n 2 --dist loadfile

# The app's Django suites again with PostgreSQL as the app database and Redis as the cache.
test-postgres: install services
	@if pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1; then \
		DATABASE_URL=$(TEST_PG_URL) REDIS_URL=$(TEST_REDIS_URL) $(BIN)/pytest -p no:randomly -q tests/app tests/api tests/security tests/llm tests/automations; \
	else echo "!!! PostgreSQL is down and could not be started: SKIPPING the PostgreSQL app-database run !!!"; fi

test: lint test-js test-python test-postgres

clean:
	rm -rf $(VENV) node_modules var .pytest_cache .ruff_cache
