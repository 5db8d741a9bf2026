# The two quick-start commands: `make demo` and `make test` (see README).
UV ?= $(shell command -v uv 2>/dev/null || echo "$(HOME)/.local/bin/uv")
DB ?= examples.duckdb

.PHONY: setup browser demo test bench

setup:
	@command -v uv >/dev/null 2>&1 || test -x "$(UV)" || python3 -m pip install --user --quiet uv
	$(UV) sync --frozen --all-extras

demo: setup
	rm -f $(DB)
	$(UV) run bilan ingest examples/articles --db $(DB)
	$(UV) run bilan stats --db $(DB)
	$(UV) run bilan export --format geojson -o examples-incidents.geojson --db $(DB)
	$(UV) run bilan export --format jsonl --db $(DB) | head -c 2000; echo

# The browser tests drive Debian's chromium (never a browser downloaded by `playwright install`).
# Installed here when missing (root, else sudo); in CI (CI set) a failed install fails the run,
# elsewhere the browser tests are skipped with a reason.
browser:
	@if [ -x /usr/bin/chromium ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else SUDO="none"; fi; \
	echo "installing Debian's chromium for the browser tests (apt-get install chromium)"; \
	if [ "$$SUDO" != none ] && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
	   && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; then \
	  /usr/bin/chromium --version || true; \
	elif [ -n "$$CI" ]; then echo "error: could not install chromium (apt-get install chromium)" >&2; exit 1; \
	else echo "warning: chromium is not installed; the browser tests will be skipped" >&2; fi

test: setup browser
	$(UV) run pytest -q

bench: setup
	$(UV) run python benchmarks/throughput.py
	$(UV) run python benchmarks/link_scaling.py
