# newscli — `make run` and `make test` work on a fresh clone with only python3 (>= 3.11).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SAMPLE ?= sample_articles/nato-eastern-flank.txt

.PHONY: run test lint unit bench bench-quick bench-scale spark-demo help-speed clean

run: $(STAMP)  ## summarise a sample article
	$(BIN)/newscli summarize $(SAMPLE)

test: lint unit  ## lint (ruff, mypy) and the test suite

unit: $(STAMP)
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check newscli tests bench examples
	$(BIN)/mypy newscli

bench: $(STAMP)  ## full-corpus quality and speed measurements (needs ../shared)
	$(BIN)/python bench/run_all.py

bench-quick: $(STAMP)
	$(BIN)/python bench/run_all.py --quick

bench-scale: $(STAMP)  ## issue 15 §3: index and search on 100,000 generated articles (needs ../shared)
	$(BIN)/python bench/scale.py

SPARK_OUT   ?= build/spark-demo
SPARK_STAMP := $(VENV)/.spark-installed

spark-demo: $(SPARK_STAMP)  ## examples/spark_quotes.py in local mode over sample_articles/ (needs Java 17)
	rm -rf $(SPARK_OUT) && mkdir -p $(SPARK_OUT)
	$(BIN)/python examples/folder_to_jsonl.py sample_articles/ > $(SPARK_OUT)/articles.jsonl
	$(BIN)/python examples/spark_quotes.py $(SPARK_OUT)/articles.jsonl $(SPARK_OUT)/out
	@want=$$($(BIN)/newscli quotes --jsonl sample_articles/ | wc -l); \
	got=$$($(BIN)/python -c 'import sys, pyarrow.parquet as pq; print(pq.read_table(sys.argv[1]).num_rows)' $(SPARK_OUT)/out/quotes); \
	if [ "$$got" != "$$want" ]; then \
		echo "spark-demo: FAILED: $$got quote rows in Parquet, but newscli quotes --jsonl sample_articles/ gives $$want" >&2; \
		exit 1; \
	fi; \
	echo "spark-demo: OK: $$got quote rows in $(SPARK_OUT)/out/quotes = newscli quotes --jsonl sample_articles/ | wc -l"

$(SPARK_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[spark]'
	touch $(SPARK_STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	@# setuptools explains editable installs at length on stderr: kept in a log, shown on failure
	$(BIN)/python -m pip install --quiet -e '.[dev]' 2> $(VENV)/install.log \
		|| { cat $(VENV)/install.log; exit 1; }
	touch $(STAMP)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache bench/results
