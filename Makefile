# Two commands: `make run` (demo site on http://127.0.0.1:8000) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export DATABASE_URL_TEST := $(or $(DATABASE_URL),postgres://postgres@127.0.0.1:5432/forums_portal)

.PHONY: run test lint messages gettext demo serve clean

$(VENV)/bin/activate:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(VENV)/bin/activate
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(VENV)/bin/activate
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

# gettext's msgfmt compiles the translations; install it where we can.
gettext:
	@command -v msgfmt >/dev/null || { \
	  if command -v apt-get >/dev/null; then \
	    SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq gettext >/dev/null; \
	  else echo "Please install GNU gettext (msgfmt), e.g. 'brew install gettext'." >&2; exit 1; fi; }

messages: gettext $(VENV)/.runtime
	$(PY) manage.py compilemessages --ignore=.venv -v0

demo: messages
	mkdir -p var
	DEBUG=1 $(PY) manage.py migrate --no-input -v0
	DEBUG=1 $(PY) manage.py load_demo

run: demo
	DEBUG=1 $(PY) manage.py runserver 127.0.0.1:8000

test: messages $(VENV)/.dev
	DATABASE_URL=$(DATABASE_URL_TEST) $(VENV)/bin/pytest $(PYTEST_ARGS)

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) var

# A benchmark, not a test (bench/run.py): the public pages under gunicorn against /healthz/, with wrk.
# Longer runs: make bench BENCH_ARGS="--duration 30".
.PHONY: bench
bench: messages $(VENV)/.dev
	@command -v wrk >/dev/null || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq wrk >/dev/null; }
	DATABASE_URL=$(DATABASE_URL_TEST) $(PY) -m bench.run $(BENCH_ARGS)
