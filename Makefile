# Convenience wrapper around CMake (as DuckDB has one): `make demo`, `make test`.
# Every target first installs what is missing (scripts/install-deps.sh).

BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=
KG := $(BUILD)/app/kg
OUT ?= out
PREFIX ?= /usr/local

.PHONY: all deps build demo docs-diagrams docs-view test js-deps asan-test fuzz fuzz-long fuzz-merge fuzz-dicts lint bench install deb deb-test clean

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

# The diagrams of docs/ that the README shows, drawn again by this build of
# kg from the samples and from the documents in CORPUS (`make docs-diagrams
# CORPUS=dir`; the corpus diagrams are left as they are without it).
CORPUS ?=
docs-diagrams: build
	bash scripts/render-docs.sh $(KG) $(CORPUS)

# kg and its documentation under $(PREFIX) (bin/kg, share/doc/kg,
# share/kg/rules); `make install PREFIX=$$HOME/.local` needs no root.
install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

# A Debian package of the same files: $(BUILD)/kg_<version>_<arch>.deb.
deb: build
	@bash scripts/install-deps.sh deb
	cd $(BUILD) && cpack -G DEB

# The package installed with apt on a fresh Debian 12 (a debootstrap chroot,
# as root) and run there: the check that it declares every library it needs.
deb-test: deb
	bash scripts/test-deb.sh $(BUILD)

# The JavaScript consumers (graphology, Kùzu) that tests hand outputs to,
# and puppeteer-core, which drives Chromium in the HTML view's browser tests,
# from their committed lock files.
js-deps: deps
	bash tests/query/kuzu/setup.sh
	bash tests/export/js/setup.sh
	bash tests/view/setup.sh

test: build js-deps
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The HTML view's browser tests (tests/view) with their screenshots written to
# docs/ (view-samples.png, view-10k.png) rather than the build tree: run after
# a change to the view, then commit the pictures.
docs-view: build js-deps
	KG_DOCS_DIR=$(CURDIR)/docs ctest --test-dir $(BUILD) -R '^view_' --output-on-failure

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
asan-test:
	$(MAKE) test BUILD=$(BUILD)-asan CMAKE_FLAGS="-DKG_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug"

FUZZ_SECONDS ?= 30
FUZZ_SEED ?= 20251125
FUZZ_TARGETS := query native rules extract export html office pdf subtitles
# The libFuzzer targets of tests/fuzz/, built with clang (whole tree
# instrumented) and run FUZZ_SECONDS each from their seed corpora with their
# dictionaries; a crash fails and leaves its input in $(BUILD)-fuzz/fuzz-artifacts/.
# CI runs this as it is: a fixed seed, so a run explores what the last one did.
# A stale dictionary (make fuzz-dicts) is reported, not fatal: it only guides.
fuzz:
	@bash scripts/install-deps.sh fuzz
	-@python3 tests/fuzz/dict/make_dicts.py --check
	cmake -S . -B $(BUILD)-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DKG_WERROR=ON -DKG_FUZZ=ON -DKG_FUZZ_SECONDS=$(FUZZ_SECONDS) -DKG_FUZZ_SEED=$(FUZZ_SEED) \
	  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer"
	cmake --build $(BUILD)-fuzz -j $(JOBS) --target $(FUZZ_TARGETS:%=%_fuzz)
	ctest --test-dir $(BUILD)-fuzz -L fuzz --output-on-failure

# Style and static checks: every C++ file as clang-format (.clang-format) would
# write it, and clang-tidy (.clang-tidy: bugprone, performance, modernize) clean
# on every translation unit of the build, warnings as errors.
lint: build
	@bash scripts/install-deps.sh lint
	git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror
	run-clang-tidy -p $(BUILD) -j $(JOBS) -quiet '^$(CURDIR)/(app|base|export|extract|graph|query|tests|bench|text)/'

# The scheduled long run (tests/fuzz/README.md): a new seed each time and
# FUZZ_SECONDS per target (600 unless given), e.g. nightly
# `make fuzz-long FUZZ_SECONDS=1800`. New inputs collect in
# $(BUILD)-fuzz/fuzz-corpus/; `make fuzz-merge` keeps those that add coverage.
fuzz-long:
	$(MAKE) fuzz FUZZ_SEED=0 FUZZ_SECONDS=$(if $(filter command line,$(origin FUZZ_SECONDS)),$(FUZZ_SECONDS),600)

# Merges what the runs found into the checked-in corpora, only inputs that
# add coverage (libFuzzer -merge=1).
fuzz-merge:
	bash tests/fuzz/merge_corpus.sh $(BUILD)-fuzz $(FUZZ_TARGETS)

# Rewrites tests/fuzz/dict/*.dict from the code and the rules; commit them
# when a rules or grammar change alters them.
fuzz-dicts:
	python3 tests/fuzz/dict/make_dicts.py

# Issue 5's benchmarks (see BENCHMARKS.md): throughput and memory of kg build
# beside grep -F and jieba-wasm on resampled 100 MB and 1 GB corpora, then query
# latency against Kùzu and graph file times on a 1M-edge graph.
bench: deps
	cmake -S . -B build-perf -DCMAKE_BUILD_TYPE=Release -DKG_BUILD_BENCHMARKS=ON
	cmake --build build-perf -j $(JOBS) --target kg dump_countries extract_bench \
	  make_bench_graph query_bench graph_io_bench
	bench/run --size 100 --size 1024 --build build-perf

clean:
	rm -rf $(BUILD) $(BUILD)-asan $(BUILD)-fuzz $(OUT)
