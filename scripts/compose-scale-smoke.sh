#!/usr/bin/env bash
# End-to-end check of docker-compose.scale.yml: two app replicas behind nginx,
# one Redis. Builds and starts the stack, signs in through the balancer, and
# proves that requests land on both replicas, that a CSRF token issued by one
# replica is accepted by the other, and that the sign-out limit counts across
# replicas. Always tears the stack down again.
#
#   bash scripts/compose-scale-smoke.sh
#
# Like compose-smoke.sh (and with the same knobs): starts dockerd if none
# answers, installs missing Debian packages (as root), and creates local
# stand-ins for the images, Redis and nginx included, when they cannot be
# pulled (scripts/docker-standins.sh --scale).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
PROJECT=descope-htmx-scale-smoke
SMOKE=compose-scale-smoke
LOGIN=scale-smoke@example.com
LOGOUT_LIMIT=10 # handlers.LogoutLimit: sign-outs per client IP per minute
HEALTH_TIMEOUT=${SMOKE_HEALTH_TIMEOUT:-120}
# shellcheck source=scripts/compose-lib.sh
. "$root/scripts/compose-lib.sh"

smoke_tools
smoke_engine
smoke_standins --scale

# Demo mode, whatever the developer's .env or shell say; a fresh CSRF secret.
cp "$root/.env.example" "$tmp/smoke.env"
unset DESCOPE_PROJECT_ID DESCOPE_BASE_URI DESCOPE_FLOW_ID DESCOPE_MANAGEMENT_KEY APP_ENV \
  COOKIE_SECURE LOG_LEVEL LOCAL_DESCOPE_SESSION_TTL LOCAL_DESCOPE_REFRESH_TTL COMPOSE_FILE COMPOSE_PROJECT_NAME
CSRF_SECRET=$(python3 -c 'import secrets; print(secrets.token_hex(32))')
export CSRF_SECRET
export HOST_BIND=127.0.0.1
HOST_PORT=$(free_port 8080)
export HOST_PORT
base="http://127.0.0.1:$HOST_PORT"
smoke_compose "$root/docker-compose.scale.yml" "$tmp/smoke.env"
cd "$root"

smoke_up ": redis, app1, app2, nginx on $base"

for svc in app1 app2; do
  cid=$("${compose[@]}" ps -q "$svc")
  [ -n "$cid" ] || fail "no container for service $svc"
  wait_healthy "$cid"
done
lb=$("${compose[@]}" ps -q lb)
[ -n "$lb" ] || fail "no container for service lb"
for _ in $(seq 30); do
  [ "$(req GET /readyz)" = 200 ] && break
  sleep 1
done
expect 200 GET /readyz
grep -q '^rate limits: redis, shared' "$tmp/body" || fail "/readyz does not report shared limits: $(cat "$tmp/body")"
say "the balancer answers; /readyz: $(sed -n 2p "$tmp/body")"

# upstreams PATTERN: the distinct replica addresses nginx logged for request
# lines matching PATTERN since the smoke began.
upstreams() {
  docker logs "$lb" 2>/dev/null | grep -E "$1" | sed -n 's/.* upstream=\([0-9.:]*\).*/\1/p' | sort -u
}

# ---- a session from a sign-in validates on both replicas ---------------------
demo_sign_in "$LOGIN"
for i in 1 2 3 4; do
  expect 200 GET /container -H "Cookie: DS=$jwt" -H "HX-Request: true"
  grep -qF "$LOGIN" "$tmp/body" || fail "/container (request $i through the balancer) does not show $LOGIN"
done
[ "$(upstreams '"GET /container ' | wc -l)" -ge 2 ] \
  || fail "the four /container requests all landed on one replica: $(upstreams '"GET /container ')"
say "the session validates on both replicas ($(upstreams '"GET /container ' | paste -sd' '))"

# ---- a CSRF token from one replica is accepted by the other -------------------
expect 200 GET /
token=$(sed -n 's/.*<meta name="csrf-token" content="\([^"]*\)".*/\1/p' "$tmp/body")
cookie=$(sed -n 's/^[Ss]et-[Cc]ookie: csrf_=\([^;]*\).*/\1/p' "$tmp/headers" | tr -d '\r')
[ -n "$token" ] && [ -n "$cookie" ] || fail "GET / gave no CSRF token and cookie"
issuer=$(upstreams '"GET / HTTP' | tail -1)
csrf=(-H "X-CSRF-Token: $token" -H "Cookie: csrf_=$cookie")
sent=0
for _ in 1 2; do
  expect 303 POST /logout "${csrf[@]}"
  sent=$((sent + 1))
done
posted=$(upstreams '"POST /logout ')
[ "$(wc -l <<<"$posted")" -ge 2 ] || fail "both sign-outs landed on one replica ($posted)"
say "a CSRF token issued by one replica ($issuer) was accepted by both ($(paste -sd' ' <<<"$posted"))"

# ---- the sign-out limit counts across replicas --------------------------------
# Every sign-out so far came from this one client (nginx's view of it), on
# alternating replicas: the one after LOGOUT_LIMIT in total must be refused,
# although neither replica alone has seen that many.
while [ $sent -lt $LOGOUT_LIMIT ]; do
  expect 303 POST /logout "${csrf[@]}"
  sent=$((sent + 1))
done
expect 429 POST /logout "${csrf[@]}"
expect 429 POST /logout "${csrf[@]}"
[ "$(upstreams '"POST /logout .* 429 ' | wc -l)" -ge 2 ] || fail "the 429s did not come from both replicas"
say "sign-out $((LOGOUT_LIMIT + 1)) was refused (429) by both replicas: the limit of $LOGOUT_LIMIT counts across them"

# ---- Redis down: limits fail open, nothing 5xx, still ready -------------------
"${compose[@]}" stop redis >"$tmp/stop.log" 2>&1 || { cat "$tmp/stop.log" >&2; fail "compose stop redis"; }
for _ in 1 2; do
  expect 303 POST /logout "${csrf[@]}" # over the limit, but the limit is not enforced now
  expect 200 GET /container -H "Cookie: DS=$jwt" -H "HX-Request: true"
  expect 200 GET /readyz
  grep -q '^rate limits: redis unreachable' "$tmp/body" || fail "/readyz during the outage: $(cat "$tmp/body")"
done
say "Redis stopped: both replicas serve, sign-out fails open, /readyz 200: $(sed -n 2p "$tmp/body")"
"${compose[@]}" start redis >"$tmp/start.log" 2>&1 || { cat "$tmp/start.log" >&2; fail "compose start redis"; }
for _ in $(seq 20); do
  shared=0
  for _ in 1 2; do # one /readyz per replica (round robin)
    expect 200 GET /readyz
    grep -q '^rate limits: redis, shared' "$tmp/body" && shared=$((shared + 1))
  done
  [ $shared = 2 ] && break
  sleep 1
done
[ $shared = 2 ] || fail "the replicas do not report Redis back within 20 s"
say "Redis back: both replicas share again"

say "all checks passed"
