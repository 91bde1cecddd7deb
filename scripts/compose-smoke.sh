#!/usr/bin/env bash
# End-to-end check of the Docker deliverables: build the image with compose,
# wait until the container is healthy, sign in through the built-in demo
# Descope (/local-descope) over the published loopback port, and check the
# signed-in fragment. Always tears the stack down again.
#
#   bash scripts/compose-smoke.sh
#
# Starts dockerd if none answers (and stops it again at the end), installs
# missing Debian packages (as root), and creates local stand-ins for the base
# images when they cannot be pulled (scripts/docker-standins.sh).
# Knobs: SMOKE_COMPOSE="docker compose" to force compose v2,
#        SMOKE_STANDINS=0 to pull the real base images instead,
#        SMOKE_HEALTH_TIMEOUT (seconds, default 120).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
PROJECT=descope-htmx-smoke # its own project: a developer's stack is never touched
LOGIN=smoke@example.com
HEALTH_TIMEOUT=${SMOKE_HEALTH_TIMEOUT:-120}
started=$(date +%s)

say() { echo "compose-smoke: $*"; }
fail() { echo "compose-smoke: FAIL: $*" >&2; exit 1; }

tmp=$(mktemp -d /tmp/compose-smoke.XXXXXX)
dockerd_pid=""
dockerd_log=""
compose=()

# ---- always: tear down, check nothing is left, stop our dockerd --------------
cleanup() {
  local rc=$? left
  set +e
  trap - EXIT INT TERM
  if [ ${#compose[@]} -gt 0 ] && docker info >/dev/null 2>&1; then
    if [ $rc -ne 0 ] && [ -n "$(docker ps -aq --filter "label=com.docker.compose.project=$PROJECT")" ]; then
      say "container logs (last 60 lines):"
      "${compose[@]}" logs --no-color --tail=60 2>&1 | sed 's/^/  | /'
    fi
    say "tearing down ($PROJECT)"
    "${compose[@]}" down -v --remove-orphans >"$tmp/down.log" 2>&1 || { cat "$tmp/down.log" >&2; rc=1; }
    left=$(docker ps -aq --filter "label=com.docker.compose.project=$PROJECT")
    left+=$(docker volume ls -q --filter "label=com.docker.compose.project=$PROJECT")
    left+=$(docker network ls -q --filter "label=com.docker.compose.project=$PROJECT")
    if [ -n "$left" ]; then
      echo "compose-smoke: FAIL: containers/volumes/networks of $PROJECT left behind" >&2
      rc=1
    else
      say "nothing of $PROJECT left behind"
    fi
  fi
  if [ -n "$dockerd_pid" ]; then
    say "stopping the dockerd this script started (pid $dockerd_pid)"
    kill -TERM "$dockerd_pid" 2>/dev/null
    for _ in $(seq 30); do kill -0 "$dockerd_pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$dockerd_pid" 2>/dev/null; then
      echo "compose-smoke: dockerd did not stop in 30 s; killing it" >&2
      kill -KILL "$dockerd_pid" 2>/dev/null
    fi
    wait "$dockerd_pid" 2>/dev/null
    # Its log is kept only when something failed.
    if [ $rc -ne 0 ]; then echo "compose-smoke: dockerd log: $dockerd_log" >&2; else rm -f "$dockerd_log"; fi
  fi
  rm -rf "$tmp"
  if [ $rc -eq 0 ]; then
    say "PASS in $(($(date +%s) - started)) s"
  else
    echo "compose-smoke: FAILED (exit $rc) after $(($(date +%s) - started)) s" >&2
  fi
  exit $rc
}
trap cleanup EXIT
trap 'echo "compose-smoke: interrupted" >&2; exit 130' INT TERM

# ---- tools: install what is missing (Debian packages) ------------------------
pkgs=()
command -v dockerd >/dev/null || pkgs+=(docker.io)
if [ -z "${SMOKE_COMPOSE:-}" ] && ! command -v docker-compose >/dev/null \
  && ! docker compose version >/dev/null 2>&1; then
  pkgs+=(docker-compose)
fi
command -v curl >/dev/null || pkgs+=(curl)
command -v python3 >/dev/null || pkgs+=(python3)
[ -f /etc/ssl/certs/ca-certificates.crt ] || pkgs+=(ca-certificates)
if [ "${SMOKE_STANDINS:-1}" != 0 ] && ! file -L /bin/busybox 2>/dev/null | grep -q 'statically linked'; then
  pkgs+=(busybox-static)
fi
if [ ${#pkgs[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || fail "missing ${pkgs[*]}; install them (as root) or run this as root"
  say "installing ${pkgs[*]}"
  apt-get update -qq >"$tmp/apt.log" 2>&1 || { cat "$tmp/apt.log" >&2; fail "apt-get update"; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${pkgs[@]}" >>"$tmp/apt.log" 2>&1 \
    || { tail -20 "$tmp/apt.log" >&2; fail "apt-get install ${pkgs[*]}"; }
fi

# ---- engine: use the running one, or start our own ---------------------------
if ! docker info >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || fail "no Docker engine answers and only root can start dockerd"
  dockerd_log=$(mktemp /tmp/compose-smoke-dockerd.XXXXXX.log)
  say "starting dockerd (log: $dockerd_log)"
  # Own session, so a Ctrl-C reaches this script's cleanup, not dockerd.
  setsid dockerd >"$dockerd_log" 2>&1 </dev/null &
  dockerd_pid=$!
  for _ in $(seq 60); do
    docker info >/dev/null 2>&1 && break
    kill -0 "$dockerd_pid" 2>/dev/null || { tail -20 "$dockerd_log" >&2; dockerd_pid=""; fail "dockerd exited"; }
    sleep 1
  done
  docker info >/dev/null 2>&1 || { tail -20 "$dockerd_log" >&2; fail "dockerd did not answer within 60 s"; }
fi

# ---- base images: stand-ins on registry-less machines ------------------------
if [ "${SMOKE_STANDINS:-1}" != 0 ]; then
  bash "$root/scripts/docker-standins.sh"
fi

# ---- compose: Debian's docker-compose 1.29 first, else the v2 plugin ---------
if [ -n "${SMOKE_COMPOSE:-}" ]; then
  read -r -a compose <<<"$SMOKE_COMPOSE"
elif command -v docker-compose >/dev/null; then
  compose=(docker-compose)
elif docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
else
  fail "neither docker-compose nor docker compose is available"
fi

# Deterministic demo-mode settings: the developer's .env (which may name a real
# Descope project) is replaced by .env.example, whose lines are all comments,
# and shell variables that would override it are cleared.
cp "$root/.env.example" "$tmp/smoke.env"
unset DESCOPE_PROJECT_ID DESCOPE_BASE_URI DESCOPE_FLOW_ID DESCOPE_MANAGEMENT_KEY PORT APP_ENV \
  COOKIE_SECURE TRUSTED_PROXIES LOG_LEVEL LOCAL_DESCOPE_SESSION_TTL LOCAL_DESCOPE_REFRESH_TTL \
  LOCAL_DESCOPE_KEY_FILE COMPOSE_FILE COMPOSE_PROJECT_NAME
# The default published port if it is free, else any free loopback port.
export HOST_BIND=127.0.0.1
HOST_PORT=$(python3 - <<'EOF'
import socket
for port in (3000, 0):
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", port))
        print(s.getsockname()[1])
        break
    except OSError:
        pass
    finally:
        s.close()
EOF
)
export HOST_PORT
base="http://127.0.0.1:$HOST_PORT"
compose+=(--project-directory "$root" -f "$root/docker-compose.yml" -p "$PROJECT" --env-file "$tmp/smoke.env")
cd "$root"
say "using ${compose[0]}$([ "${compose[1]:-}" = compose ] && echo " compose"): $("${compose[@]}" version --short 2>/dev/null || true)"

# A stack left over from an interrupted run would hold the port.
"${compose[@]}" down -v --remove-orphans >/dev/null 2>&1 || true

say "building and starting ($PROJECT, published on $base)"
if ! "${compose[@]}" up -d --build >"$tmp/up.log" 2>&1; then
  tail -40 "$tmp/up.log" >&2
  fail "compose up --build"
fi
grep -E '^(Step [0-9]+/|Successfully built|Successfully tagged)' "$tmp/up.log" | tail -3 | sed 's/^/  | /' || true

# ---- healthy? -----------------------------------------------------------------
cid=$("${compose[@]}" ps -q app)
[ -n "$cid" ] || fail "no container for service app"
# wait_healthy: until Docker's HEALTHCHECK (the binary's healthcheck subcommand) passes.
wait_healthy() {
  local t0 status restarts
  t0=$(date +%s)
  while :; do
    status=$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{else}}no-healthcheck{{end}}' "$cid")
    restarts=$(docker inspect -f '{{.RestartCount}}' "$cid")
    [ "$status" = healthy ] && break
    [ "$status" = no-healthcheck ] && fail "the container has no HEALTHCHECK"
    [ "$restarts" -gt 0 ] && fail "the container restarted $restarts time(s): the app exits"
    [ $(($(date +%s) - t0)) -lt "$HEALTH_TIMEOUT" ] || {
      docker inspect -f '{{range .State.Health.Log}}  health: exit {{.ExitCode}} {{.Output}}{{end}}' "$cid" >&2
      fail "not healthy after ${HEALTH_TIMEOUT} s (status: $status)"
    }
    sleep 2
  done
  say "container healthy after $(($(date +%s) - t0)) s"
}
wait_healthy

# The hardening the compose file asks for is really in force.
read -r user ro caps < <(docker inspect -f '{{.Config.User}} {{.HostConfig.ReadonlyRootfs}} {{.HostConfig.CapDrop}}' "$cid")
case "$user" in 65532|65532:*|nonroot|nonroot:*) ;; *) fail "container user is '$user', not nonroot (65532)" ;; esac
[ "$ro" = true ] || fail "root filesystem is not read-only"
[ "$caps" = "[ALL]" ] || fail "capabilities not all dropped ($caps)"
say "runs as $user, read-only root fs, cap_drop $caps"

# ---- HTTP checks ---------------------------------------------------------------
# req METHOD PATH [curl args]: body to $tmp/body, prints the status code.
req() {
  local method=$1 path=$2
  shift 2
  curl -sS --max-time 15 -o "$tmp/body" -w '%{http_code}' -X "$method" "$@" "$base$path" \
    || echo "curl-failed"
}
# expect CODE METHOD PATH [curl args]: fail unless the status is CODE.
expect() {
  local want=$1 got
  shift
  got=$(req "$@")
  if [ "$got" != "$want" ]; then
    head -c 600 "$tmp/body" >&2 2>/dev/null
    echo >&2
    fail "$1 $2 answered $got, expected $want"
  fi
}
# json KEY: the top-level string field KEY of $tmp/body.
json() {
  python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$tmp/body" "$1" \
    || fail "no \"$1\" in the JSON answer: $(head -c 300 "$tmp/body")"
}

expect 200 GET /healthz
expect 200 GET /
grep -qi 'demo' "$tmp/body" || fail "/ does not mention demo mode"
grep -q '<descope-wc project-id=' "$tmp/body" || fail "/ has no <descope-wc> to sign in with"
say "/ serves the demo sign-in (<descope-wc>)"

expect 200 GET /local-descope/emulator/config
project_id=$(json projectId)
[ -n "$project_id" ] || fail "empty projectId from /local-descope/emulator/config"
# What <descope-wc> loads first: the flow config and its email screen.
expect 200 GET "/local-descope/pages/$project_id/v2-beta/config.json"
grep -q '"componentsVersion"' "$tmp/body" || fail "flow config without componentsVersion: $(head -c 300 "$tmp/body")"
expect 200 GET "/local-descope/pages/$project_id/v2-beta/email.html"
grep -q '<descope-email-field' "$tmp/body" || fail "the flow's email screen has no email field"
say "the local Descope serves the flow's config and screens"
api=(-H "Authorization: Bearer $project_id" -H "Content-Type: application/json")

expect 200 POST /local-descope/v1/auth/otp/signup-in/email "${api[@]}" --data "{\"loginId\":\"$LOGIN\"}"
expect 200 GET /local-descope/emulator/outbox
code=$(python3 -c '
import json, sys
msgs = [m for m in json.load(open(sys.argv[1]))["messages"] if m.get("loginId") == sys.argv[2]]
print(msgs[-1]["code"] if msgs else "")' "$tmp/body" "$LOGIN") || fail "unreadable outbox: $(head -c 300 "$tmp/body")"
[ -n "$code" ] || fail "no OTP for $LOGIN in the outbox"

expect 200 POST /local-descope/v1/auth/otp/verify/email "${api[@]}" --data "{\"loginId\":\"$LOGIN\",\"code\":\"$code\"}"
jwt=$(json sessionJwt)
case "$jwt" in eyJ*) ;; *) fail "sessionJwt does not look like a JWT" ;; esac
say "signed in as $LOGIN through /local-descope (OTP from the outbox)"

# check_container WHY: /container shows the user for this DS cookie.
check_container() {
  expect 200 GET /container -H "Cookie: DS=$jwt" -H "HX-Request: true"
  grep -qF "$LOGIN" "$tmp/body" || fail "/container does not show $LOGIN $1"
}
check_container "for its DS cookie"
# ... and it is the cookie that does it.
req GET /container -H "HX-Request: true" >/dev/null
if grep -qF "$LOGIN" "$tmp/body"; then fail "/container shows $LOGIN without a DS cookie"; fi
say "/container shows $LOGIN for its DS cookie, and not without it"

# The demo key lives on the volume (written by nonroot through the read-only
# root fs), so a session outlives a restart of the container.
say "restarting the container to check the persisted demo key"
"${compose[@]}" restart app >"$tmp/restart.log" 2>&1 || { cat "$tmp/restart.log" >&2; fail "compose restart"; }
sleep 1 # let Docker reset the health status before polling it
wait_healthy
check_container "after a restart (is LOCAL_DESCOPE_KEY_FILE on /data written and reloaded?)"
say "the session survives a restart (demo key persisted on the volume)"

say "all checks passed"
