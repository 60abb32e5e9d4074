#!/usr/bin/env bash
# Installs puppeteer-core, which drives Debian's Chromium in the view's
# browser tests, from package-lock.json. puppeteer-core downloads no browser:
# the tests use /usr/bin/chromium (scripts/install-deps.sh installs it).
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
node -e "import('puppeteer-core').then(() => console.log('tests/view: puppeteer-core installed'))"
