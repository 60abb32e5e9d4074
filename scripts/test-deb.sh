#!/usr/bin/env bash
# Installs kg's .deb on a fresh Debian 12 and runs it there: a minimal
# bookworm made by debootstrap, where apt has to find every library the
# package declares. Needs root (chroot) and the Debian mirror.
#   scripts/test-deb.sh [BUILD_DIR]      (make deb-test)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
version=$(sed -n 's/^project(kg VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
deb="$build/kg_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || { echo "test-deb: no package $deb (make deb)" >&2; exit 1; }
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

root=$(mktemp -d /tmp/kg-debian.XXXXXX)
trap 'rm -rf "$root"' EXIT
echo "test-deb: a fresh Debian 12 in $root"
if ! debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.log" 2>&1; then
  tail -20 "$root.log" >&2
  exit 1
fi
rm -f "$root.log"
in_debian() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"; }

cp "$deb" "$root/tmp/kg.deb"
cp -r samples "$root/tmp/samples"
in_debian apt-get update -qq
echo "test-deb: apt-get install ./$(basename "$deb")"
in_debian apt-get install -y -qq /tmp/kg.deb >/dev/null
in_debian dpkg -s kg | grep -E '^(Version|Depends|Recommends):'

echo "test-deb: running the installed kg"
in_debian kg --version
in_debian kg build /tmp/samples -o /tmp/samples.kg.json -o /tmp/samples.svg -o /tmp/samples.png
in_debian kg stats /tmp/samples.kg.json --top 3
in_debian kg query /tmp/samples.kg.json 'MATCH (c:Country)-[:PROPOSED]->(i) RETURN c.name, i.name LIMIT 3'
head -c 8 "$root/tmp/samples.png" | od -An -tx1 | grep -q '89 50 4e 47' || {
  echo "test-deb: samples.png is not a PNG" >&2
  exit 1
}
[ -f "$root/usr/share/kg/rules/relations.json" ] || { echo "test-deb: rules not installed" >&2; exit 1; }
echo "test-deb: the package installs and runs on Debian $(cat "$root/etc/debian_version")"
