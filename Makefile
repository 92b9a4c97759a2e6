# PatrolMap: `make demo` runs the main job on the sample maps, `make test` runs the tests.
# Both install the system libraries they need first (tools/bootstrap).

SWIFT ?= swift
BIN := .build/release/patrolmap
OUT := out

.PHONY: bootstrap build lint test demo docs fuzz bench clean

bootstrap:
	@tools/bootstrap

build: bootstrap
	$(SWIFT) build -c release --product patrolmap

# swift format lint runs first: the checked-in .swift-format is the house style. tools/bench is
# a separate benchmark package (force-unwraps its fixtures on purpose) and is not linted.
LINT_PATHS := Sources Tests tools/GongliGenerator

lint:
	$(SWIFT) format lint --strict --recursive $(LINT_PATHS)

test: bootstrap lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# libFuzzer on every reader, FUZZ_SECONDS (default 60) per target, FUZZ_TARGETS to pick some;
# findings land in .build-fuzz/findings/ (docs/reliability.md says what to do with them).
fuzz: bootstrap
	tools/fuzz/run

# The scaling benchmark: township (gongli) → county → province (generated into .build-bench/ by
# tools/bench/make_region.py), our searches beside SciPy, igraph and NetworkX (pip-installed into
# .build-bench/venv) on the same exported graphs; rewrites the scaling section of BENCHMARKS.md.
# BENCH_SIZES="township county" picks sizes. tools/bench/run.sh is the gongli routing/planning bench.
bench: bootstrap
	tools/bench/scale.sh

# The station's day on the generated mountain township (SampleMaps/gongli): check the map,
# dispatch an officer to a mountain household, report coverage, plan three new posts, and
# print a wall map, the route card and the coverage and plan maps to out/.
DEMO_MAP := SampleMaps/gongli
DEMO_CALLER := 青石岭村8组34号

demo: build
	@mkdir -p $(OUT)
	$(BIN) validate $(DEMO_MAP)
	$(BIN) info $(DEMO_MAP)
	$(BIN) find $(DEMO_MAP) $(DEMO_CALLER)
	$(BIN) dispatch $(DEMO_MAP) --to $(DEMO_CALLER) --svg $(OUT)/route-card.svg
	$(BIN) coverage $(DEMO_MAP) --svg $(OUT)/coverage.svg
	$(BIN) plan $(DEMO_MAP) --add 3 --svg $(OUT)/plan.svg
	$(BIN) render $(DEMO_MAP) --style wall --page A1 --scale 20000 -o $(OUT)/wall.svg
	$(BIN) render $(DEMO_MAP) --style wall --village 宫里村 --page A0 --scale 5000 -o $(OUT)/wall-宫里村.svg
	@echo "Maps written: $$(ls $(OUT)/*.svg | tr '\n' ' ')"

# The DocC catalogs of every library (swift-docc-plugin), one archive each in docs/api/.
DOC_TARGETS := PatrolGeo PatrolData PatrolImport PatrolRouting PatrolAnalysis PatrolRender

docs: bootstrap
	@mkdir -p .build/docs
	@for t in $(DOC_TARGETS); do \
		echo "docs: $$t"; \
		$(SWIFT) package --allow-writing-to-directory .build/docs generate-documentation \
			--target $$t --output-path .build/docs/$$t.doccarchive || exit 1; \
	done
	@echo "Documentation archives written to .build/docs/"

clean:
	rm -rf .build .build-fuzz .build-bench $(OUT)
