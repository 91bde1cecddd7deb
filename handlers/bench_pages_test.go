package handlers

import (
	"bufio"
	"bytes"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/valyala/fasthttp"

	"github.com/descope-htmx/descope-htmx/internal/logbuf"
	"github.com/descope-htmx/descope-htmx/middleware"
)

// benchServe serves path through the app's whole chain, in-process, and
// checks the status and, at the end, that the body holds marker.
func benchServe(b *testing.B, a *testApp, path, cookie string, htmx bool, status int, marker string) {
	// The request as a browser sends it, parsed by fasthttp as the server
	// would: a request built with setters would not look the same inside
	// (its cookies, for one, arrive already parsed).
	request := "GET " + path + " HTTP/1.1\r\nHost: localhost:3000\r\n"
	if htmx {
		request += "HX-Request: true\r\n"
	}
	if cookie != "" {
		request += "Cookie: DS=" + cookie + "\r\n"
	}
	raw := []byte(request + "\r\n")
	var ctx fasthttp.RequestCtx
	var rd bytes.Reader
	br := bufio.NewReaderSize(&rd, 32<<10)
	serveOnce := func(serve fasthttp.RequestHandler) {
		ctx.Request.Reset()
		ctx.Response.Reset()
		ctx.ResetUserValues() // as the server does between requests
		rd.Reset(raw)
		br.Reset(&rd)
		if err := ctx.Request.Read(br); err != nil {
			b.Fatal(err)
		}
		serve(&ctx)
		if ctx.Response.StatusCode() != status {
			b.Fatalf("%s: status %d", path, ctx.Response.StatusCode())
		}
	}
	// One untimed request through the test app's own logger first, so
	// TestMain's log scan has this app's lines to check for secrets.
	serveOnce(a.Fiber.Handler())
	// Then main's log path (batched text lines at info, LOG_LEVEL's
	// default), so its cost is measured, writing nowhere: a writer of this
	// benchmark's own, open until it ends (a closed one writes through).
	own := a.Logger
	out := logbuf.New(io.Discard, 0, 0)
	a.Logger = slog.New(benchLogHandler{logbuf.FlushFrom(slog.LevelWarn, logbuf.NewTextHandler(out, &slog.HandlerOptions{Level: slog.LevelInfo}), out)})
	a.Fiber = a.routes() // rebuilt with that logger
	b.Cleanup(func() {
		_ = out.Close()
		a.Logger = own
		a.Fiber = a.routes()
	})
	serve := a.Fiber.Handler()
	b.ReportAllocs()
	for b.Loop() {
		serveOnce(serve)
	}
	if !strings.Contains(string(ctx.Response.Body()), marker) {
		b.Fatalf("%s: the wrong answer", path)
	}
}

// benchLogHandler passes on the access log's fast path, as main's logger
// does.
type benchLogHandler struct{ slog.Handler }

func (h benchLogHandler) PlainTextLines() io.Writer {
	if p, ok := h.Handler.(middleware.PlainTextLog); ok {
		return p.PlainTextLines()
	}
	return nil
}

// BenchmarkSignedIn compares the signed-in fragment with the signed-in full
// pages (slotted: issue 16 wants them within 2x the fragment) and /admin
// (rendered every time: it lists users from the management API).
func BenchmarkSignedIn(b *testing.B) {
	a := newTestApp(b, withDirectory(demoDirectory()))
	token := adminIn(a, "T-acme")
	for _, tc := range []struct {
		name, path string
		htmx       bool
		marker     string
	}{
		{"fragment", "/container", true, contentMarker},
		{"page-home", "/", false, "<!doctype html>"},
		{"page-profile", "/profile", false, "<!doctype html>"},
		{"admin-fragment", "/admin", true, "data-user-list"},
	} {
		b.Run(tc.name, func(b *testing.B) { benchServe(b, a, tc.path, token, tc.htmx, 200, tc.marker) })
	}
}
