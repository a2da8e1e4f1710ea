# `make run` and `make test` do all the set-up on a fresh machine with python3 and make.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
MAP ?= maps/japan-nato-ukraine.json

.PHONY: run test lint fmt schema bench bench-gui bench-gui-live stress fidelity screenshots clean compiled translations dist

# Debian and Ubuntu ship venv's pip separately (python3-venv): without it `python3 -m venv` leaves a
# virtual environment without pip behind, which would break every later run; so remove it and say why.
$(PY):
	@python3 -m venv $(VENV) >/dev/null 2>&1 && $(PY) -m pip --version >/dev/null 2>&1 || { rm -rf $(VENV); \
	  echo "make: 'python3 -m venv' cannot make a virtual environment with pip here." >&2; \
	  echo "  On Debian/Ubuntu: sudo apt-get install python3-venv   (see README.md)" >&2; exit 1; }

# Reinstall only when pyproject.toml changed since the last install.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,dev]"
	touch $(STAMP)

# The interface's translations: Qt Linguist sources (resources/translations/*.ts) compiled to the .qm
# files argmap loads (src/argmap/translations/, not committed). `make translations` also extracts new
# strings from the code into every .ts (see docs/translating.md).
TS := $(wildcard resources/translations/argmap_*.ts)
QM := $(patsubst resources/translations/%.ts,src/argmap/translations/%.qm,$(TS))

src/argmap/translations/%.qm: resources/translations/%.ts $(STAMP)
	@mkdir -p $(@D)
	@$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(STAMP)
	$(PY) resources/translations/update.py
	$(MAKE) $(QM)

# Byte-compile our sources: where PYTHONDONTWRITEBYTECODE is set, Python would otherwise compile every
# module of argmap again at each start (0.1-0.2 s on a headless export). Only changed files are redone.
compiled: $(STAMP) $(QM)
	@$(PY) -m compileall -q src

run: compiled
	$(VENV)/bin/argmap $(MAP)

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# Layers (import-linter), style (ruff), types (mypy): all three run and report even when one
# fails; the target fails if any did. What each checks: [tool.importlinter], [tool.ruff] and
# [tool.mypy] in pyproject.toml.
lint: $(STAMP)
	@status=0; \
	echo "== lint-imports"; $(VENV)/bin/lint-imports || status=1; \
	echo "== ruff"; $(VENV)/bin/ruff check src tests benchmarks stress tools || status=1; \
	echo "== mypy"; $(VENV)/bin/mypy || status=1; \
	exit $$status

schema: $(STAMP)
	$(PY) -m argmap.io.schema_file

bench: compiled
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py
	$(PY) benchmarks/text_wrap.py

# How fluid the editor is on generated maps of 1k, 10k and 50k statements (benchmarks/gui.py; several minutes).
bench-gui: compiled
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/gui.py

# Zoom and scroll the 10k map in a real window under Xvfb (apt-get install xvfb) and time every frame
# (benchmarks/gui_live.py; SIZE=50000 for the big one).
SIZE ?= 10000
bench-gui-live: compiled
	xvfb-run -a -s "-screen 0 1920x1200x24" $(PY) benchmarks/gui_live.py --size $(SIZE)

# Fuzzing of every importer and the JSON loader, then kill -9 during saves (stress/run.py); not part of
# `make test`. STRESS_SECONDS sets the budget (default 600), STRESS_SEED the seed.
stress: compiled
	QT_QPA_PLATFORM=offscreen $(PY) stress/run.py

# Interchange fidelity against the Argdown CLI and the AIF corpus (needs npm; not part of `make test`).
fidelity: compiled
	$(PY) benchmarks/fidelity.py

screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_screenshots.py
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_screenshots.py --japanese

# A wheel and an sdist in dist/ (`pipx install dist/argmap-*.whl` installs the app; .ci/run checks the wheel).
# The translations are compiled first: the .qm files are package data, not committed.
dist: $(STAMP) $(QM)
	rm -rf dist build
	$(PY) -m build --outdir dist .

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info
