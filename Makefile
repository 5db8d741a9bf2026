# The two quick-start commands: `make demo` and `make test` (see README).
UV ?= $(shell command -v uv 2>/dev/null || echo "$(HOME)/.local/bin/uv")
DB ?= examples.duckdb

.PHONY: setup demo test bench

setup:
	@command -v uv >/dev/null 2>&1 || test -x "$(UV)" || python3 -m pip install --user --quiet uv
	$(UV) sync --frozen --all-extras

demo: setup
	rm -f $(DB)
	$(UV) run bilan ingest examples/articles --db $(DB)
	$(UV) run bilan stats --db $(DB)
	$(UV) run bilan export --format geojson -o examples-incidents.geojson --db $(DB)
	$(UV) run bilan export --format jsonl --db $(DB) | head -c 2000; echo

test: setup
	$(UV) run pytest -q

bench: setup
	$(UV) run python benchmarks/throughput.py
	$(UV) run python benchmarks/link_scaling.py
