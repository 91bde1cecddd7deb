package handlers

import (
	"log/slog"
	"strings"
	"testing"

	"github.com/valyala/fasthttp"
)

// benchServe serves path through the app's whole chain, in-process, and
// checks the status and, at the end, that the body holds marker.
func benchServe(b *testing.B, a *testApp, path, cookie string, htmx bool, status int, marker string) {
	var ctx fasthttp.RequestCtx
	serveOnce := func(serve fasthttp.RequestHandler) {
		ctx.Request.Reset()
		ctx.Response.Reset()
		ctx.Request.SetRequestURI(path)
		if htmx {
			ctx.Request.Header.Set("HX-Request", "true")
		}
		if cookie != "" {
			ctx.Request.Header.SetCookie("DS", cookie)
		}
		serve(&ctx)
		if ctx.Response.StatusCode() != status {
			b.Fatalf("%s: status %d", path, ctx.Response.StatusCode())
		}
	}
	if a.Logger.Handler() != slog.DiscardHandler {
		// One untimed request through the test app's own logger first, so
		// TestMain's log scan has this app's lines to check for secrets.
		serveOnce(a.Fiber.Handler())
		a.Logger = slog.New(slog.DiscardHandler)
		a.Fiber = a.routes() // rebuilt with the quiet logger
	}
	serve := a.Fiber.Handler()
	b.ReportAllocs()
	for b.Loop() {
		serveOnce(serve)
	}
	if !strings.Contains(string(ctx.Response.Body()), marker) {
		b.Fatalf("%s: the wrong answer", path)
	}
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
