package handlers

import (
	"log/slog"
	"testing"

	"github.com/valyala/fasthttp"
)

// BenchmarkSignedIn compares, in-process and through the whole chain, the
// signed-in fragment with the signed-in full pages (slotted, issue 16) and
// /admin (rendered every time: it lists users from the management API).
func BenchmarkSignedIn(b *testing.B) {
	a := newTestApp(b, withDirectory(demoDirectory()))
	a.Logger = slog.New(slog.DiscardHandler)
	a.Fiber = a.routes()
	serve := a.Fiber.Handler()
	token := adminIn(a, "T-acme")
	for _, tc := range []struct {
		name, path string
		htmx       bool
	}{
		{"fragment", "/container", true},
		{"page-home", "/", false},
		{"page-profile", "/profile", false},
		{"admin-fragment", "/admin", true},
	} {
		b.Run(tc.name, func(b *testing.B) {
			var ctx fasthttp.RequestCtx
			b.ReportAllocs()
			for b.Loop() {
				ctx.Request.Reset()
				ctx.Response.Reset()
				ctx.Request.SetRequestURI(tc.path)
				if tc.htmx {
					ctx.Request.Header.Set("HX-Request", "true")
				}
				ctx.Request.Header.SetCookie("DS", token)
				serve(&ctx)
				if ctx.Response.StatusCode() != 200 {
					b.Fatalf("status %d", ctx.Response.StatusCode())
				}
			}
		})
	}
}
