# PatrolMap: `make demo` runs the main job on the sample maps, `make test` runs the tests.
# Both install the system libraries they need first (tools/bootstrap).

SWIFT ?= swift
BIN := .build/release/patrolmap
OUT := out

.PHONY: bootstrap build test demo clean

bootstrap:
	@tools/bootstrap

build: bootstrap
	$(SWIFT) build -c release --product patrolmap

test: bootstrap
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

demo: build
	@mkdir -p $(OUT)
	$(BIN) validate SampleMaps/tiny
	$(BIN) info SampleMaps/tiny
	$(BIN) find SampleMaps/tiny 西村2组

clean:
	rm -rf .build $(OUT)
