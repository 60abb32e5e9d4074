# Convenience wrapper around CMake (as DuckDB has one): `make demo`, `make test`.
# Every target first installs what is missing (scripts/install-deps.sh).

BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=
KG := $(BUILD)/app/kg
OUT ?= out

.PHONY: all deps build demo test js-deps asan-test bench clean

all: build

deps:
	@bash scripts/install-deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKG_WERROR=ON $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS)

# The main job on the bundled samples: build the graph, summarize it, and write
# GraphML and DOT next to the native file.
demo: build
	@mkdir -p $(OUT)
	$(KG) build samples -o $(OUT)/samples.kg.json -o $(OUT)/samples.graphml -o $(OUT)/samples.dot
	$(KG) stats $(OUT)/samples.kg.json

# The JavaScript consumers (graphology, Kùzu) that tests hand outputs to,
# from their committed lock files.
js-deps: deps
	bash tests/query/kuzu/setup.sh
	bash tests/export/js/setup.sh

test: build js-deps
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
asan-test:
	$(MAKE) test BUILD=$(BUILD)-asan CMAKE_FLAGS="-DKG_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug"

# Throughput and memory of kg build beside grep -F and jieba-wasm, on a
# resampled 100 MB corpus (see BENCHMARKS.md); query latency is bench/query/run.sh.
bench: deps
	cmake -S . -B build-perf -DCMAKE_BUILD_TYPE=Release -DKG_BUILD_BENCHMARKS=ON
	cmake --build build-perf -j $(JOBS) --target kg dump_countries extract_bench
	bench/run --size 100 --build build-perf

clean:
	rm -rf $(BUILD) $(BUILD)-asan $(OUT)
