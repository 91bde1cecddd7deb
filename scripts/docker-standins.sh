#!/usr/bin/env bash
# Local stand-ins for the images the compose demos use, for machines that
# have a Docker engine but NO registry access (so `FROM` and `image:` cannot
# pull). With a registry you never need this: Docker pulls the real images.
#
#   golang:1.26-bookworm                        <- this machine's Go (/usr/local/go),
#                                                  busybox-static as /bin/sh, CA certs
#   gcr.io/distroless/static-debian12:nonroot   <- passwd/group with nonroot (65532),
#                                                  CA certs, /tmp, /home/nonroot
# and with --scale, for docker-compose.scale.yml:
#   redis:7-bookworm                            <- Debian's redis-server and redis-cli
#                                                  with their shared libraries, user redis (999)
#   nginx:1.27-bookworm                         <- Debian's nginx with its shared
#                                                  libraries, user nginx (101)
#
# Each is created with `docker import` only when its tag is absent, so a real
# image that is already there is never replaced. `--force` rebuilds stand-ins
# (and still never touches an image that is not a stand-in).
#
#   bash scripts/docker-standins.sh [--force] [--scale]
set -euo pipefail

BUILDER_TAG=golang:1.26-bookworm
RUNTIME_TAG=gcr.io/distroless/static-debian12:nonroot
REDIS_TAG=redis:7-bookworm
NGINX_TAG=nginx:1.27-bookworm
STANDIN_LABEL=io.descope-htmx.standin
GOROOT_HOST=${GOROOT_HOST:-/usr/local/go}
CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt

force=false
scale=false
for arg in "$@"; do
  case "$arg" in
    --force) force=true ;;
    --scale) scale=true ;;
    *) echo "usage: $0 [--force] [--scale]" >&2; exit 2 ;;
  esac
done

die() { echo "docker-standins: $*" >&2; exit 1; }

docker info >/dev/null 2>&1 || die "no Docker engine answers (start dockerd first)"

# needs_image TAG: true when TAG must be (re)created.
needs_image() {
  docker image inspect "$1" >/dev/null 2>&1 || return 0
  if $force; then
    # Only ever replace our own stand-ins, never a pulled image.
    [ "$(docker image inspect -f "{{index .Config.Labels \"$STANDIN_LABEL\"}}" "$1")" = "true" ] && return 0
    echo "docker-standins: $1 is a real image; leaving it alone"
  fi
  return 1
}

# Packages the stand-ins are made from (Debian's; a no-op when present).
ensure_host_files() {
  local missing=()
  [ -x /bin/busybox ] || missing+=(busybox-static)
  [ -f "$CA_BUNDLE" ] || missing+=(ca-certificates)
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  # Must be the static build: the builder rootfs has no libc.
  file -L /bin/busybox 2>/dev/null | grep -q 'statically linked' \
    || ldd /bin/busybox 2>&1 | grep -q 'not a dynamic executable' \
    || die "/bin/busybox is not static (install busybox-static)"
  [ -x "$GOROOT_HOST/bin/go" ] || die "no Go toolchain at $GOROOT_HOST"
}

work=$(mktemp -d /tmp/docker-standins.XXXXXX)
trap 'rm -rf "$work"' EXIT

# Files both images share: CA bundle, sticky /tmp, name-service config.
common_rootfs() {
  local root=$1
  mkdir -p "$root/etc/ssl/certs" "$root/tmp"
  chmod 1777 "$root/tmp"
  cp "$CA_BUNDLE" "$root/etc/ssl/certs/ca-certificates.crt"
  # Go's resolver reads this to try /etc/hosts before DNS, as in the real images.
  echo 'hosts: files dns' >"$root/etc/nsswitch.conf"
}

make_builder() {
  local root=$work/builder
  common_rootfs "$root"
  mkdir -p "$root/bin" "$root/usr/local" "$root/go/bin" "$root/go/src" "$root/root"
  # The toolchain, minus its own test suite (not needed to build).
  tar -C "$(dirname "$GOROOT_HOST")" --exclude="$(basename "$GOROOT_HOST")/test" \
    -cf - "$(basename "$GOROOT_HOST")" | tar -C "$root/usr/local" -xf -
  [ "$(basename "$GOROOT_HOST")" = go ] || mv "$root/usr/local/$(basename "$GOROOT_HOST")" "$root/usr/local/go"
  # /bin/sh for RUN lines, and every busybox applet (mkdir, chown, ls, ...).
  cp /bin/busybox "$root/bin/busybox"
  for applet in $(/bin/busybox --list); do
    [ -e "$root/bin/$applet" ] || ln -s busybox "$root/bin/$applet"
  done
  # HOME (and so GOCACHE) resolves from passwd, as in the real image.
  printf 'root:x:0:0:root:/root:/bin/sh\n' >"$root/etc/passwd"
  printf 'root:x:0:\n' >"$root/etc/group"
  chmod 1777 "$root/go"

  tar --numeric-owner -C "$root" -cf - . | docker import \
    --change 'ENV PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV GOPATH=/go' \
    --change 'ENV GOTOOLCHAIN=local' \
    --change "ENV GOLANG_VERSION=$("$GOROOT_HOST/bin/go" env GOVERSION | sed 's/^go//')" \
    --change 'WORKDIR /go' \
    --change 'CMD ["/bin/sh"]' \
    --change "LABEL $STANDIN_LABEL=true" \
    --message "stand-in for $BUILDER_TAG (scripts/docker-standins.sh)" \
    - "$BUILDER_TAG" >/dev/null
}

make_runtime() {
  local root=$work/runtime
  common_rootfs "$root"
  mkdir -p "$root/home/nonroot" "$root/root"
  chown 65532:65532 "$root/home/nonroot"
  chmod 700 "$root/home/nonroot" "$root/root"
  # Same users and groups as distroless.
  cat >"$root/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin
EOF
  cat >"$root/etc/group" <<'EOF'
root:x:0:
nobody:x:65534:
tty:x:5:
staff:x:50:
nonroot:x:65532:
EOF
  # Time zones, as distroless ships them (if this machine has them).
  if [ -d /usr/share/zoneinfo ]; then
    mkdir -p "$root/usr/share"
    cp -a /usr/share/zoneinfo "$root/usr/share/zoneinfo"
  fi

  tar --numeric-owner -C "$root" -cf - . | docker import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt' \
    --change 'USER 65532' \
    --change 'WORKDIR /home/nonroot' \
    --change "LABEL $STANDIN_LABEL=true" \
    --message "stand-in for $RUNTIME_TAG (scripts/docker-standins.sh)" \
    - "$RUNTIME_TAG" >/dev/null
}

# ensure_debian_programs PATH PACKAGE ...: install PACKAGE for each missing
# PATH. The packages' services are not started on this machine (policy-rc.d),
# only their files are wanted.
ensure_debian_programs() {
  local missing=() path pkg policy=/usr/sbin/policy-rc.d added_policy=false
  while [ $# -ge 2 ]; do
    path=$1 pkg=$2
    shift 2
    [ -x "$path" ] || missing+=("$pkg")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  [ "$(id -u)" = 0 ] || die "missing ${missing[*]}; install them (as root) or run this as root"
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && added_policy=true
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  if $added_policy; then rm -f "$policy"; fi
}

# copy_program ROOT PATH...: each program at its own path under ROOT, with
# the shared libraries and the loader that ldd lists for it.
copy_program() {
  local root=$1 bin lib
  shift
  for bin in "$@"; do
    mkdir -p "$root$(dirname "$bin")"
    cp -L "$bin" "$root$bin"
    for lib in $(ldd "$bin" | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}'); do
      [ -e "$root$lib" ] && continue
      mkdir -p "$root$(dirname "$lib")"
      cp -L "$lib" "$root$lib"
    done
  done
}

make_redis() {
  local root=$work/redis
  common_rootfs "$root"
  copy_program "$root" /usr/bin/redis-server /usr/bin/redis-cli
  mkdir -p "$root/data" "$root/usr/local/bin"
  chown 999:999 "$root/data"
  printf 'root:x:0:0:root:/root:/sbin/nologin\nredis:x:999:999::/data:/sbin/nologin\n' >"$root/etc/passwd"
  printf 'root:x:0:\nredis:x:999:\n' >"$root/etc/group"
  tar --numeric-owner -C "$root" -cf - . | docker import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'WORKDIR /data' \
    --change 'EXPOSE 6379' \
    --change 'CMD ["redis-server"]' \
    --change "LABEL $STANDIN_LABEL=true" \
    --message "stand-in for $REDIS_TAG (scripts/docker-standins.sh)" \
    - "$REDIS_TAG" >/dev/null
}

make_nginx() {
  local root=$work/nginx
  common_rootfs "$root"
  copy_program "$root" /usr/sbin/nginx
  mkdir -p "$root/etc/nginx" "$root/var/log/nginx" "$root/var/cache/nginx" "$root/var/lib/nginx" "$root/run"
  cp /etc/nginx/mime.types "$root/etc/nginx/mime.types"
  chown 101:101 "$root/var/log/nginx" "$root/var/cache/nginx" "$root/var/lib/nginx"
  printf 'root:x:0:0:root:/root:/sbin/nologin\nnginx:x:101:101:nginx:/nonexistent:/sbin/nologin\n' >"$root/etc/passwd"
  printf 'root:x:0:\nnginx:x:101:\n' >"$root/etc/group"
  tar --numeric-owner -C "$root" -cf - . | docker import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'EXPOSE 80' \
    --change 'CMD ["nginx", "-g", "daemon off;"]' \
    --change "LABEL $STANDIN_LABEL=true" \
    --message "stand-in for $NGINX_TAG (scripts/docker-standins.sh)" \
    - "$NGINX_TAG" >/dev/null
}

made=0
if needs_image "$BUILDER_TAG"; then
  ensure_host_files
  echo "docker-standins: creating $BUILDER_TAG from $GOROOT_HOST"
  make_builder
  made=$((made + 1))
else
  echo "docker-standins: $BUILDER_TAG present"
fi
if needs_image "$RUNTIME_TAG"; then
  ensure_host_files
  echo "docker-standins: creating $RUNTIME_TAG"
  make_runtime
  made=$((made + 1))
else
  echo "docker-standins: $RUNTIME_TAG present"
fi
# scale_standin TAG MAKE WHAT PATH PACKAGE ...: the stand-in for TAG, made by
# MAKE from Debian's packages (installed first where PATH is missing).
scale_standin() {
  local tag=$1 make=$2 what=$3
  shift 3
  if needs_image "$tag"; then
    ensure_debian_programs "$@"
    [ -f "$CA_BUNDLE" ] || ensure_host_files
    echo "docker-standins: creating $tag from Debian's $what"
    "$make"
    made=$((made + 1))
  else
    echo "docker-standins: $tag present"
  fi
}
if $scale; then
  scale_standin "$REDIS_TAG" make_redis redis-server /usr/bin/redis-server redis-server /usr/bin/redis-cli redis-tools
  scale_standin "$NGINX_TAG" make_nginx nginx /usr/sbin/nginx nginx
fi
echo "docker-standins: done ($made created)"
