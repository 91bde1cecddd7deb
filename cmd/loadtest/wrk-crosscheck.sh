#!/usr/bin/env bash
# Cross-check of `go run ./cmd/loadtest` with wrk as the client (apt-get
# install wrk): builds the app and the load tool, starts the app in demo mode
# at its default settings, signs in through the local Descope, captures one
# signed-in /container answer, serves it from the load tool's bare Fiber
# server, then runs wrk round by round against the fragment, the bare server
# and the signed-in page, and prints each one's server CPU per request (from
# /proc/<pid>/stat), the ratios within each round and their medians.
#
#   bash cmd/loadtest/wrk-crosscheck.sh [rounds=3] [seconds=4] [connections=32]
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-3} secs=${2:-4} conns=${3:-32}
command -v wrk >/dev/null || { echo "wrk not found (apt-get install -y wrk)"; exit 1; }
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$tmp"; }
trap cleanup EXIT
go build -o "$tmp/app" . && go build -o "$tmp/loadtest" ./cmd/loadtest
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
app_port=$(port) bare_port=$(port)

env -u LOG_LEVEL -u APP_ENV -u DESCOPE_PROJECT_ID PORT="$app_port" LOCAL_DESCOPE_SESSION_TTL=1h "$tmp/app" >"$tmp/app.log" 2>&1 &
app=$!; pids+=("$app")
until curl -sf "http://127.0.0.1:$app_port/readyz" >/dev/null; do sleep 0.05; done

api="http://127.0.0.1:$app_port/local-descope"
json() { python3 -c "import json,sys; print($1)"; }
project=$(curl -sf "$api/emulator/config" | json 'json.load(sys.stdin)["projectId"]')
login=admin@example.com # the seeded admin, as go run ./cmd/loadtest signs in: the same fragment
curl -sf -XPOST -H "Authorization: Bearer $project" -H 'Content-Type: application/json' \
  -d "{\"loginId\":\"$login\"}" "$api/v1/auth/otp/signup-in/email" >/dev/null
code=$(curl -sf "$api/emulator/outbox" | json "[m['code'] for m in json.load(sys.stdin)['messages'] if m['loginId']=='$login'][-1]")
token=$(curl -sf -XPOST -H "Authorization: Bearer $project" -H 'Content-Type: application/json' \
  -d "{\"loginId\":\"$login\",\"code\":\"$code\"}" "$api/v1/auth/otp/verify/email" | json 'json.load(sys.stdin)["sessionJwt"]')

# The bare server replays one captured answer: status, headers, body.
python3 - "http://127.0.0.1:$app_port/container" "$token" "$tmp/fragment.json" <<'PY'
import base64, json, sys, urllib.request
url, token, out = sys.argv[1:]
r = urllib.request.urlopen(urllib.request.Request(url, headers={"HX-Request": "true", "Cookie": "DS=" + token}))
body = r.read()
assert r.status == 200 and b'data-session="user"' in body, r.status
headers = [[k, v] for k, v in r.getheaders() if k not in ("Date", "Content-Length", "Connection")]
json.dump({"Status": r.status, "Headers": headers, "Body": base64.b64encode(body).decode()}, open(out, "w"))
PY
LOADTEST_BARE_RESPONSE="$tmp/fragment.json" PORT="$bare_port" "$tmp/loadtest" >"$tmp/bare.log" 2>&1 &
bare=$!; pids+=("$bare")
until curl -sf "http://127.0.0.1:$bare_port/" >/dev/null; do sleep 0.05; done

ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }
# cpu_per_req PID URL [wrk header args...]: server CPU per request in µs.
cpu_per_req() {
  local pid=$1 url=$2; shift 2
  local t0 out t1 n
  t0=$(ticks "$pid")
  out=$(wrk -t2 -c"$conns" -d"${secs}s" -H "Cookie: DS=$token" "$@" "$url")
  t1=$(ticks "$pid")
  n=$(awk '/requests in/ {print $1}' <<<"$out")
  grep -q 'Non-2xx' <<<"$out" && { echo "non-2xx answers from $url" >&2; exit 1; }
  python3 -c "print(f'{($t1-$t0)*10000/$n:.1f}')" # ticks are 10 ms
}
# Warm-up, unreported.
for url in "http://127.0.0.1:$app_port/container" "http://127.0.0.1:$bare_port/container"; do
  wrk -t2 -c"$conns" -d1s -H "Cookie: DS=$token" -H 'HX-Request: true' "$url" >/dev/null
done
wrk -t2 -c"$conns" -d1s -H "Cookie: DS=$token" "http://127.0.0.1:$app_port/" >/dev/null
printf '%-5s %10s %10s %10s | %9s %9s\n' round fragment bare page frag/bare page/frag
ratios=()
for r in $(seq "$rounds"); do
  # Odd rounds measure the bare server first, even rounds the app: neither
  # side always meets the machine a few seconds later.
  if (( r % 2 )); then b=$(cpu_per_req "$bare" "http://127.0.0.1:$bare_port/container" -H 'HX-Request: true'); fi
  f=$(cpu_per_req "$app" "http://127.0.0.1:$app_port/container" -H 'HX-Request: true')
  p=$(cpu_per_req "$app" "http://127.0.0.1:$app_port/")
  if (( r % 2 == 0 )); then b=$(cpu_per_req "$bare" "http://127.0.0.1:$bare_port/container" -H 'HX-Request: true'); fi
  python3 -c "print(f'{$r:<5} {$f:>8}µs {$b:>8}µs {$p:>8}µs | {$f/$b:9.2f} {$p/$f:9.2f}')"
  ratios+=("$f $b $p")
done
python3 - "${ratios[@]}" <<'PY'
import statistics, sys
rounds = [tuple(map(float, r.split())) for r in sys.argv[1:]]
print("median of per-round ratios: frag/bare %.2f, page/frag %.2f" % (
    statistics.median(f / b for f, b, _ in rounds), statistics.median(p / f for f, _, p in rounds)))
PY
