#!/usr/bin/env bash
# Copies the pinned npm packages' browser builds into assets/vendor.
#   scripts/vendor-assets.sh          install (npm ci) and copy
#   scripts/vendor-assets.sh --check  install into a temporary folder and fail if
#                                     assets/vendor differs from what npm serves
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mode=${1:-copy}

# source file in node_modules -> vendored name
files=(
  "htmx.org/dist/htmx.min.js:htmx.min.js"
  "@descope/web-js-sdk/dist/index.umd.js:descope-web-js-sdk.umd.js"
  "@descope/web-component/dist/index.js:descope-web-component.js"
)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/package.json" "$root/package-lock.json" "$work/" 2>/dev/null || cp "$root/package.json" "$work/"
if [ -f "$work/package-lock.json" ]; then
  (cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --silent)
else
  (cd "$work" && npm install --ignore-scripts --no-audit --no-fund --silent)
  cp "$work/package-lock.json" "$root/package-lock.json"
fi

status=0
for pair in "${files[@]}"; do
  src="$work/node_modules/${pair%%:*}"
  dst="$root/assets/vendor/${pair##*:}"
  if [ "$mode" = "--check" ]; then
    if cmp -s "$src" "$dst"; then
      echo "ok       assets/vendor/${pair##*:}"
    else
      echo "MISMATCH assets/vendor/${pair##*:} differs from npm ${pair%%:*}" >&2
      status=1
    fi
  else
    cp "$src" "$dst"
    echo "copied   ${pair%%:*} -> assets/vendor/${pair##*:}"
  fi
done
exit $status
