# `make run` and `make test` do all the set-up on a fresh machine with python3 and make.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
MAP ?= maps/japan-nato-ukraine.json

.PHONY: run test lint fmt schema bench bench-gui screenshots clean compiled

$(PY):
	python3 -m venv $(VENV)

# Reinstall only when pyproject.toml changed since the last install.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,dev]"
	touch $(STAMP)

# Byte-compile our sources: where PYTHONDONTWRITEBYTECODE is set, Python would otherwise compile every
# module of argmap again at each start (0.1-0.2 s on a headless export). Only changed files are redone.
compiled: $(STAMP)
	@$(PY) -m compileall -q src

run: compiled
	$(VENV)/bin/argmap $(MAP)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# Layers (import-linter), style (ruff), types (mypy): all three run and report even when one
# fails; the target fails if any did. What each checks: [tool.importlinter], [tool.ruff] and
# [tool.mypy] in pyproject.toml.
lint: $(STAMP)
	@status=0; \
	echo "== lint-imports"; $(VENV)/bin/lint-imports || status=1; \
	echo "== ruff"; $(VENV)/bin/ruff check src tests benchmarks || status=1; \
	echo "== mypy"; $(VENV)/bin/mypy || status=1; \
	exit $$status

schema: $(STAMP)
	$(PY) -m argmap.io.schema_file

bench: compiled
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

# How fluid the editor is on generated maps of 1k, 10k and 50k statements (benchmarks/gui.py; several minutes).
bench-gui: compiled
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/gui.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_screenshots.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
