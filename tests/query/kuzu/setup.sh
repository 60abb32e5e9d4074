#!/bin/sh
# Installs Kùzu for the differential tests and benchmark: `npm ci` from the
# committed lock file, then the native module. npm here does not run install
# scripts, so the copy kuzu's own install.js would make is done by hand.
set -eu
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
module=node_modules/kuzu
if [ ! -f "$module/kuzujs.node" ] || ! cmp -s "$module/prebuilt/kuzujs-linux-x64.node" "$module/kuzujs.node"; then
  cp "$module/prebuilt/kuzujs-linux-x64.node" "$module/kuzujs.node"
fi
node -e "import('kuzu').then(() => console.log('kuzu ready'))"
