# descope-htmx: a static Go binary (views, assets and vendored JS are embedded)
# on distroless, running as nonroot. Plain Dockerfile syntax only, so both
# BuildKit and the classic builder (Debian's docker.io, docker-compose 1.29) build it.

# ---- build ------------------------------------------------------------------
FROM golang:1.26-bookworm AS build
WORKDIR /src
# Static binary: the runtime image has no libc.
ENV CGO_ENABLED=0

# Modules in their own layer: it is rebuilt only when go.mod or go.sum change.
COPY go.mod go.sum ./
RUN go mod download

COPY . .
# /out/data: the runtime image has no shell to mkdir/chown with, so the
# volume's mount point is made here and copied over with its owner set.
# The build cache is dropped: without RUN --mount no later build reuses it,
# and it would only bloat the (cached) build-stage image.
RUN go build -trimpath -ldflags="-s -w" -o /out/descope-htmx . \
 && go clean -cache \
 && mkdir -p /out/data

# ---- runtime ----------------------------------------------------------------
FROM gcr.io/distroless/static-debian12:nonroot
# CA certificates, /etc/passwd (nonroot = 65532) and /tmp come from distroless.
COPY --from=build /out/descope-htmx /descope-htmx
# Writable by nonroot: holds the demo signing key when LOCAL_DESCOPE_KEY_FILE=/data/...
COPY --from=build --chown=65532:65532 /out/data /data

USER 65532:65532
ENV PORT=3000
EXPOSE 3000
# No curl in distroless: the binary checks its own /healthz on 127.0.0.1:$PORT.
HEALTHCHECK --interval=10s --timeout=5s --start-period=15s --retries=3 \
  CMD ["/descope-htmx", "healthcheck"]
ENTRYPOINT ["/descope-htmx"]
