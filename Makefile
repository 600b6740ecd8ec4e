# newscli — `make run` and `make test` work on a fresh clone with only python3 (>= 3.11).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SAMPLE ?= sample_articles/nato-eastern-flank.txt

.PHONY: run test lint unit bench bench-quick help-speed clean

run: $(STAMP)  ## summarise a sample article
	$(BIN)/newscli summarize $(SAMPLE)

test: lint unit  ## lint (ruff, mypy) and the test suite

unit: $(STAMP)
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check newscli tests bench
	$(BIN)/mypy newscli

bench: $(STAMP)  ## full-corpus quality and speed measurements (needs ../shared)
	$(BIN)/python bench/run_all.py

bench-quick: $(STAMP)
	$(BIN)/python bench/run_all.py --quick

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	@# setuptools explains editable installs at length on stderr: kept in a log, shown on failure
	$(BIN)/python -m pip install --quiet -e '.[dev]' 2> $(VENV)/install.log \
		|| { cat $(VENV)/install.log; exit 1; }
	touch $(STAMP)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache bench/results
