# Shared by the compose smoke scripts (compose-smoke.sh, compose-scale-smoke.sh);
# sourced, not run. The caller sets, before sourcing:
#   root     the repository
#   PROJECT  its own compose project name (a developer's stack is never touched)
#   SMOKE    the name its lines start with
# and then calls, in order: smoke_tools, smoke_engine, smoke_standins [--scale],
# smoke_compose FILE, and uses req/expect/json/demo_sign_in/free_port.
# The EXIT trap (smoke_cleanup) tears the project down, checks nothing is
# left, and stops the dockerd that smoke_engine started, if it did.

started=$(date +%s)
tmp=$(mktemp -d "/tmp/$SMOKE.XXXXXX")
dockerd_pid=""
dockerd_log=""
compose=()

say() { echo "$SMOKE: $*"; }
fail() { echo "$SMOKE: FAIL: $*" >&2; exit 1; }

# ---- always: tear down, check nothing is left, stop our dockerd --------------
smoke_cleanup() {
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
      echo "$SMOKE: FAIL: containers/volumes/networks of $PROJECT left behind" >&2
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
      echo "$SMOKE: dockerd did not stop in 30 s; killing it" >&2
      kill -KILL "$dockerd_pid" 2>/dev/null
    fi
    wait "$dockerd_pid" 2>/dev/null
    # Its log is kept only when something failed.
    if [ $rc -ne 0 ]; then echo "$SMOKE: dockerd log: $dockerd_log" >&2; else rm -f "$dockerd_log"; fi
  fi
  rm -rf "$tmp"
  if [ $rc -eq 0 ]; then
    say "PASS in $(($(date +%s) - started)) s"
  else
    echo "$SMOKE: FAILED (exit $rc) after $(($(date +%s) - started)) s" >&2
  fi
  exit $rc
}
trap smoke_cleanup EXIT
trap 'echo "$SMOKE: interrupted" >&2; exit 130' INT TERM

# ---- tools: install what is missing (Debian packages) ------------------------
smoke_tools() {
  local pkgs=()
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
}

# ---- engine: use the running one, or start our own ---------------------------
smoke_engine() {
  docker info >/dev/null 2>&1 && return 0
  [ "$(id -u)" = 0 ] || fail "no Docker engine answers and only root can start dockerd"
  dockerd_log=$(mktemp "/tmp/$SMOKE-dockerd.XXXXXX.log")
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
}

# ---- images: stand-ins on registry-less machines -----------------------------
smoke_standins() {
  if [ "${SMOKE_STANDINS:-1}" != 0 ]; then
    bash "$root/scripts/docker-standins.sh" "$@"
  fi
}

# ---- compose: Debian's docker-compose 1.29 first, else the v2 plugin ---------
# smoke_compose FILE [ENV_FILE]: sets compose=(... -f FILE -p PROJECT).
smoke_compose() {
  if [ -n "${SMOKE_COMPOSE:-}" ]; then
    read -r -a compose <<<"$SMOKE_COMPOSE"
  elif command -v docker-compose >/dev/null; then
    compose=(docker-compose)
  elif docker compose version >/dev/null 2>&1; then
    compose=(docker compose)
  else
    fail "neither docker-compose nor docker compose is available"
  fi
  compose+=(--project-directory "$root" -f "$1" -p "$PROJECT")
  [ -z "${2:-}" ] || compose+=(--env-file "$2")
  say "using ${compose[0]}$([ "${compose[1]:-}" = compose ] && echo " compose"): $("${compose[@]}" version --short 2>/dev/null || true)"
}

# smoke_up WHAT: a fresh stack (one left over from an interrupted run would
# hold the port), built and started; WHAT says what is starting, for the log.
smoke_up() {
  "${compose[@]}" down -v --remove-orphans >/dev/null 2>&1 || true
  say "building and starting ($PROJECT$1)"
  if ! "${compose[@]}" up -d --build >"$tmp/up.log" 2>&1; then
    tail -40 "$tmp/up.log" >&2
    fail "compose up --build"
  fi
}

# wait_healthy CID: until Docker's HEALTHCHECK (the binary's healthcheck
# subcommand) passes; fails at once if the container restarts.
wait_healthy() {
  local cid=$1 t0 status restarts
  t0=$(date +%s)
  while :; do
    status=$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{else}}no-healthcheck{{end}}' "$cid")
    restarts=$(docker inspect -f '{{.RestartCount}}' "$cid")
    [ "$status" = healthy ] && break
    [ "$status" = no-healthcheck ] && fail "the container has no HEALTHCHECK"
    [ "$restarts" -gt 0 ] && fail "the container restarted $restarts time(s): the app exits"
    [ $(($(date +%s) - t0)) -lt "${HEALTH_TIMEOUT:-120}" ] || {
      docker inspect -f '{{range .State.Health.Log}}  health: exit {{.ExitCode}} {{.Output}}{{end}}' "$cid" >&2
      fail "not healthy after ${HEALTH_TIMEOUT:-120} s (status: $status)"
    }
    sleep 2
  done
  say "container ${cid:0:12} healthy after $(($(date +%s) - t0)) s"
}

# free_port PREFERRED: PREFERRED if it is free on loopback, else any free port.
free_port() {
  python3 - "$1" <<'EOF'
import socket, sys
for port in (int(sys.argv[1]), 0):
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
}

# ---- HTTP checks against $base ------------------------------------------------
# req METHOD PATH [curl args]: body to $tmp/body, headers to $tmp/headers,
# prints the status code.
req() {
  local method=$1 path=$2
  shift 2
  curl -sS --max-time 15 -o "$tmp/body" -D "$tmp/headers" -w '%{http_code}' -X "$method" "$@" "$base$path" \
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

# demo_sign_in LOGIN: OTP sign-in through $base/local-descope, the code read
# from the demo outbox; sets jwt to the session JWT.
demo_sign_in() {
  local login=$1 project_id code api
  expect 200 GET /local-descope/emulator/config
  project_id=$(json projectId)
  [ -n "$project_id" ] || fail "empty projectId from /local-descope/emulator/config"
  api=(-H "Authorization: Bearer $project_id" -H "Content-Type: application/json")

  expect 200 POST /local-descope/v1/auth/otp/signup-in/email "${api[@]}" --data "{\"loginId\":\"$login\"}"
  expect 200 GET /local-descope/emulator/outbox
  code=$(python3 -c '
import json, sys
msgs = [m for m in json.load(open(sys.argv[1]))["messages"] if m.get("loginId") == sys.argv[2]]
print(msgs[-1]["code"] if msgs else "")' "$tmp/body" "$login") || fail "unreadable outbox: $(head -c 300 "$tmp/body")"
  [ -n "$code" ] || fail "no OTP for $login in the outbox"

  expect 200 POST /local-descope/v1/auth/otp/verify/email "${api[@]}" --data "{\"loginId\":\"$login\",\"code\":\"$code\"}"
  jwt=$(json sessionJwt)
  case "$jwt" in eyJ*) ;; *) fail "sessionJwt does not look like a JWT" ;; esac
  say "signed in as $login through /local-descope (OTP from the outbox)"
}
