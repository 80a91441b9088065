#!/usr/bin/env bash
# Every tr() string in the sources and forms has a finished German translation: refresh a copy of
# theke_de.ts from the code with lupdate and count what is new or unfinished.
set -euo pipefail
src="$1"
lupdate="$2"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src/translations/theke_de.ts" "$tmp/theke_de.ts"
(cd "$src" && "$lupdate" -silent -locations none -no-obsolete app ui -ts "$tmp/theke_de.ts")
unfinished=$(grep -c 'type="unfinished"' "$tmp/theke_de.ts" || true)
if [ "$unfinished" -ne 0 ]; then
  echo "FAIL: $unfinished German translations missing or unfinished:"
  grep -B3 'type="unfinished"' "$tmp/theke_de.ts" | grep '<source>' | head -20
  echo "0 passed, 1 failed"
  exit 1
fi
echo "1 passed, 0 failed"
