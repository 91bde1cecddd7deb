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
SMOKE=compose-smoke
LOGIN=smoke@example.com
HEALTH_TIMEOUT=${SMOKE_HEALTH_TIMEOUT:-120}
# shellcheck source=scripts/compose-lib.sh
. "$root/scripts/compose-lib.sh"

smoke_tools
smoke_engine
smoke_standins

# Deterministic demo-mode settings: the developer's .env (which may name a real
# Descope project) is replaced by .env.example, whose lines are all comments,
# and shell variables that would override it are cleared.
cp "$root/.env.example" "$tmp/smoke.env"
unset DESCOPE_PROJECT_ID DESCOPE_BASE_URI DESCOPE_FLOW_ID DESCOPE_MANAGEMENT_KEY PORT APP_ENV \
  COOKIE_SECURE TRUSTED_PROXIES LOG_LEVEL LOCAL_DESCOPE_SESSION_TTL LOCAL_DESCOPE_REFRESH_TTL \
  LOCAL_DESCOPE_KEY_FILE COMPOSE_FILE COMPOSE_PROJECT_NAME
# The default published port if it is free, else any free loopback port.
export HOST_BIND=127.0.0.1
HOST_PORT=$(free_port 3000)
export HOST_PORT
base="http://127.0.0.1:$HOST_PORT"
smoke_compose "$root/docker-compose.yml" "$tmp/smoke.env"
cd "$root"

smoke_up ", published on $base"
grep -E '^(Step [0-9]+/|Successfully built|Successfully tagged)' "$tmp/up.log" | tail -3 | sed 's/^/  | /' || true

# ---- healthy? -----------------------------------------------------------------
cid=$("${compose[@]}" ps -q app)
[ -n "$cid" ] || fail "no container for service app"
wait_healthy "$cid"

# The hardening the compose file asks for is really in force.
read -r user ro caps < <(docker inspect -f '{{.Config.User}} {{.HostConfig.ReadonlyRootfs}} {{.HostConfig.CapDrop}}' "$cid")
case "$user" in 65532|65532:*|nonroot|nonroot:*) ;; *) fail "container user is '$user', not nonroot (65532)" ;; esac
[ "$ro" = true ] || fail "root filesystem is not read-only"
[ "$caps" = "[ALL]" ] || fail "capabilities not all dropped ($caps)"
say "runs as $user, read-only root fs, cap_drop $caps"

# ---- HTTP checks (req, expect, json: scripts/compose-lib.sh) ------------------
expect 200 GET /healthz
expect 200 GET /
grep -qi 'demo' "$tmp/body" || fail "/ does not mention demo mode"
grep -Eq '<descope-wc [^>]*project-id=' "$tmp/body" || fail "/ has no <descope-wc> to sign in with"
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

demo_sign_in "$LOGIN"

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
wait_healthy "$cid"
check_container "after a restart (is LOCAL_DESCOPE_KEY_FILE on /data written and reloaded?)"
say "the session survives a restart (demo key persisted on the volume)"

say "all checks passed"
