#!/usr/bin/env bash
# Copies the pinned npm packages' browser builds into assets/vendor (and the
# test-only axe-core into e2e/testdata), and generates the local Descope's theme.json from the UI library's default theme.
#   scripts/vendor-assets.sh          install (npm ci) and copy
#   scripts/vendor-assets.sh --check  install into a temporary folder and fail if
#                                     anything vendored differs from what npm serves
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mode=${1:-copy}

# single files: source in node_modules -> vendored name
files=(
  "htmx.org/dist/htmx.min.js:htmx.min.js"
  "@descope/web-js-sdk/dist/index.umd.js:descope-web-js-sdk.umd.js"
  "@descope/web-component/dist/index.js:descope-web-component.js"
)
# The UI library loads its chunks relative to index.js, so its whole runtime
# folder is vendored as one directory: no source maps, no DescopeDev.js (a
# development bundle <descope-wc> loads only on a developer's request).
ui_src=@descope/web-components-ui/dist/umd
ui_dst=assets/vendor/web-components-ui
theme_dst=localdescope/flows/theme.json
# Test only (a devDependency, never served): axe-core for the browser
# journeys' accessibility checks, with its licence (MPL-2.0).
axe_dst=e2e/testdata/axe-core

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/package.json" "$work/"
if [ -f "$root/package-lock.json" ]; then
  cp "$root/package-lock.json" "$work/"
  (cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --silent)
else
  (cd "$work" && npm install --ignore-scripts --no-audit --no-fund --silent)
  cp "$work/package-lock.json" "$root/package-lock.json"
fi

# Build what the vendored tree should be in $work/out, then copy or compare.
out="$work/out"
mkdir -p "$out/assets/vendor" "$out/$ui_dst" "$(dirname "$out/$theme_dst")"
for pair in "${files[@]}"; do
  cp "$work/node_modules/${pair%%:*}" "$out/assets/vendor/${pair##*:}"
done
cp -r "$work/node_modules/$ui_src/." "$out/$ui_dst/"
find "$out/$ui_dst" \( -name '*.map' -o -name 'DescopeDev.js' \) -delete
cp "$work/node_modules/@descope/web-components-ui/LICENSE" "$out/$ui_dst/LICENSE"
mkdir -p "$out/$axe_dst"
cp "$work/node_modules/axe-core/axe.min.js" "$work/node_modules/axe-core/LICENSE" "$out/$axe_dst/"
NODE_PATH="$work/node_modules" node "$root/scripts/descope-theme.cjs" >"$out/$theme_dst"

status=0
compare() { # $1: path relative to the repo
  if diff -rq "$out/$1" "$root/$1" >/dev/null 2>&1; then
    echo "ok       $1"
  else
    echo "MISMATCH $1 differs from what npm serves:" >&2
    diff -rq "$out/$1" "$root/$1" >&2 || true
    status=1
  fi
}
for pair in "${files[@]}"; do
  path="assets/vendor/${pair##*:}"
  if [ "$mode" = "--check" ]; then compare "$path"; else cp "$out/$path" "$root/$path" && echo "copied   $path"; fi
done
for path in "$ui_dst" "$theme_dst" "$axe_dst"; do
  if [ "$mode" = "--check" ]; then
    compare "$path"
  else
    rm -rf "${root:?}/$path"
    mkdir -p "$(dirname "$root/$path")"
    cp -r "$out/$path" "$root/$path"
    echo "copied   $path"
  fi
done
if [ "$mode" != "--check" ]; then
  # New bytes need new fingerprints (TestFingerprintsAreCurrent checks them).
  (cd "$root/assets" && go generate .) && echo "regenerated assets/fingerprints.txt"
fi
exit $status
