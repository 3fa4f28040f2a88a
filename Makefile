# Netzwerk Integration: the two commands of the README, and the steps they are made of.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export NETZWERK_VAR_DIR ?= $(CURDIR)/var

.PHONY: demo dev test install install-test assets lint typecheck messages check-messages clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python assets
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python assets
	$(BIN)/pip install --quiet -e ".[test]"

assets: $(BIN)/python
	$(BIN)/pip install --quiet "fonttools>=4.50" "brotli>=1.1"
	PYTHON=$(BIN)/python bash scripts/build-assets.sh

## make demo: the platform with demo data on SQLite as production serves it (gunicorn, DEBUG off, hashed and
## compressed static files), with the background worker, at http://127.0.0.1:8000
demo: install
	NETZWERK_REQUIRE_MFA_FOR_COORDINATORS=0 $(BIN)/netzwerk migrate --noinput
	NETZWERK_REQUIRE_MFA_FOR_COORDINATORS=0 $(BIN)/netzwerk load_demo
	NETZWERK_REQUIRE_MFA_FOR_COORDINATORS=0 $(BIN)/netzwerk serve --addrport 127.0.0.1:8000

## make dev: the same data with Django's auto-reloading development server and debug pages
dev: install
	NETZWERK_DEBUG=1 NETZWERK_REQUIRE_MFA_FOR_COORDINATORS=0 $(BIN)/netzwerk migrate --noinput
	NETZWERK_DEBUG=1 NETZWERK_REQUIRE_MFA_FOR_COORDINATORS=0 $(BIN)/netzwerk load_demo
	NETZWERK_DEBUG=1 NETZWERK_REQUIRE_MFA_FOR_COORDINATORS=0 $(BIN)/netzwerk serve --dev --addrport 127.0.0.1:8000

## make test: install the test extras and run the whole test suite
test: install-test
	$(BIN)/pytest -p no:cacheprovider

lint: install-test
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts

typecheck: install-test
	$(BIN)/mypy src

## make messages: refresh the catalogs after changing strings (English entries default to their msgid)
messages: install-test
	cd src/netzwerk && ../../$(BIN)/netzwerk makemessages -l de -l en --no-obsolete --no-location --ignore "static/vendor/*"
	msgen src/netzwerk/locale/en/LC_MESSAGES/django.po -o src/netzwerk/locale/en/LC_MESSAGES/django.po
	cd src/netzwerk && ../../$(BIN)/netzwerk compilemessages

clean:
	rm -rf $(VENV) node_modules src/netzwerk/static/vendor
