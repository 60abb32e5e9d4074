#!/usr/bin/env bash
# CTest's entry to the view's browser tests: fails (no skip) with what to do
# when node, Chromium or puppeteer-core is missing, since `make test`
# installs all three (scripts/install-deps.sh, tests/view/setup.sh).
#   run.sh SCRIPT.mjs ARGS…
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
chromium=${KG_CHROMIUM:-/usr/bin/chromium}
if ! command -v node >/dev/null 2>&1; then
  echo "FAILED: node is not installed (apt-get install nodejs npm, or scripts/install-deps.sh)" >&2
  exit 1
fi
if [ ! -x "$chromium" ]; then
  echo "FAILED: $chromium is missing (apt-get install chromium, or scripts/install-deps.sh)" >&2
  exit 1
fi
if [ ! -f "$here/node_modules/puppeteer-core/package.json" ]; then
  echo "FAILED: puppeteer-core is not installed: run tests/view/setup.sh (npm ci)" >&2
  exit 1
fi
cd "$here"
exec node --test-reporter=spec "$@"
