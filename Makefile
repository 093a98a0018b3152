# The README's two commands: `make run` and `make test`.  Both set up everything they need.
.PHONY: run test lint bench screenshot clean dist dist-check install-desktop

VENV := .venv
PY := $(VENV)/bin/python
OUT := out

run:
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		scripts/setup.sh window && $(PY) -m pitchkit --example; \
	else \
		scripts/setup.sh offscreen && \
		echo "No display found, so the desktop app cannot open here; exporting the example proposal instead." && \
		mkdir -p $(OUT) && \
		$(PY) -m pitchkit export "$$($(PY) -c 'from pitchkit.paths import example_project_path as e; print(e())')" \
			-f docx -o $(OUT)/northwind-proposal.docx; \
	fi

test:
	@scripts/setup.sh test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# Benchmarks (docs/performance.md): medians, ratios against floors and pandoc, PASS/MISS.
bench:
	@scripts/setup.sh offscreen
	$(PY) -m benchmarks.run $(BENCH_ARGS)

lint:
	@scripts/setup.sh offscreen
	$(VENV)/bin/ruff check pitchkit tests benchmarks scripts
	$(VENV)/bin/mypy

screenshot:
	@scripts/setup.sh window
	@command -v xvfb-run >/dev/null || apt-get install -y -qq --no-install-recommends xvfb xauth
	xvfb-run -a -s "-screen 0 1280x800x24" $(PY) scripts/screenshot.py docs/screenshot.png

# The self-contained app for this OS, no Python needed to run it (docs/install.md).
dist:
	@scripts/build_dist.sh

# The bundle tried on a clean Debian root with no Python (root and debootstrap needed).
dist-check:
	@scripts/check_dist.sh

# Menu entry, icon and .pitchkit file type for the current user: the bundle in dist/ when
# built, else the checkout's .venv.
install-desktop:
	@if [ -x dist/PitchKit/install-desktop.sh ]; then dist/PitchKit/install-desktop.sh; \
	else scripts/setup.sh window && scripts/install_desktop.sh "$$(pwd)/$(VENV)/bin/pitchkit"; fi

clean:
	rm -rf $(OUT) build dist *.egg-info .pytest_cache
