#!/usr/bin/env bash
# Installs the JavaScript consumers the export tests hand their files to, from
# package-lock.json. Kùzu's npm package picks its native module in an install
# script, which npm here does not run: copy the Linux x64 build into place.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
cp node_modules/kuzu/prebuilt/kuzujs-linux-x64.node node_modules/kuzu/kuzujs.node
echo "tests/export/js: consumers installed"
