#!/usr/bin/env bash
# Installs the Debian packages kg needs to build and test, and only those
# that are missing: each is checked with dpkg-query first, so on a machine
# that has them all this changes nothing and needs no network.
# `install-deps.sh fuzz` adds clang and libFuzzer for `make fuzz`, `lint`
# clang-format and clang-tidy for `make lint`, `deb` what `make deb` and
# `make deb-test` use.
set -euo pipefail

packages=(
  cmake make g++ pkg-config            # toolchain
  libboost-graph-dev                   # the graph model (Boost.Graph)
  rapidjson-dev                        # the native file, rule packs, JSON output
  libicu-dev                           # text: UTF-8, normalization, sentence breaks
  libgraphviz-dev graphviz             # DOT through cgraph; `dot` checks it in tests
  libgtest-dev libbenchmark-dev        # tests and benchmarks
  libxml2-dev                          # HTML, DOCX and ODT input (text/); the export fuzz target's XML parser
  libzip-dev                           # DOCX and ODT input: zip archives (text/office.cpp)
  libpoppler-cpp-dev                   # PDF input (text/pdf.cpp)
  libcairo2-dev                        # the PDFs the format tests write (tests/text)
  fonts-noto-cjk                       # Chinese labels in rendered SVG/PNG diagrams
  fonts-dejavu-core                    # the shapes drawn in a diagram's key (⬢ ⬟)
  libxml2-utils python3-networkx       # consumers the export tests hand files to
  chromium                             # the HTML view's browser tests (headless, tests/view)
  libedit-dev                          # line editing at kg query's prompt (BSD licence)
)
if [ "${1:-}" = fuzz ]; then
  packages+=(clang libclang-rt-14-dev)  # libFuzzer for tests/fuzz
fi
if [ "${1:-}" = lint ]; then
  packages+=(clang-format clang-tidy)   # `make lint`: .clang-format, .clang-tidy
fi
if [ "${1:-}" = deb ]; then
  packages+=(dpkg-dev file debootstrap) # `make deb`: CPack's dependency scan; `make deb-test`'s Debian
fi
# Node.js with npm, to bundle the HTML view's JavaScript (export/view), and
# for the graphology, Cytoscape and Kùzu consumers and puppeteer-core
# (tests/view): checked as commands, since a machine may have
# them from elsewhere than Debian (a NodeSource nodejs bundles npm and
# conflicts with Debian's npm package).

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
run_as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    run_as_root=(sudo)
  else
    echo "install-deps: not root and no sudo; as root, run: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${run_as_root[@]}" apt-get update -qq
"${run_as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
