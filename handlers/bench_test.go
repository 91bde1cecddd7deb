package handlers

import (
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/valyala/fasthttp"
)

// BenchmarkContainer serves the #container fragment in-process, through the
// whole middleware chain, to a guest and to a signed-in user: the pair the
// load test compares (go run ./cmd/loadtest), without the network.
func BenchmarkContainer(b *testing.B) {
	a := newTestApp(b)
	token := a.descope.SessionToken(userID, time.Hour, nil)
	cases := []struct {
		name, cookie string
		status       int
		marker       string
	}{
		{"guest", "", 401, loginMarker},
		{"signed-in", token, 200, contentMarker},
	}
	serveOnce := func(b *testing.B, serve fasthttp.RequestHandler, ctx *fasthttp.RequestCtx, cookie string, status int) {
		ctx.Request.Reset()
		ctx.Response.Reset()
		ctx.Request.SetRequestURI("/container")
		ctx.Request.Header.Set("HX-Request", "true")
		if cookie != "" {
			ctx.Request.Header.SetCookie("DS", cookie)
		}
		serve(ctx)
		if ctx.Response.StatusCode() != status {
			b.Fatalf("status %d", ctx.Response.StatusCode())
		}
	}
	// One untimed request each through the test app's own logger, so the
	// log scan in TestMain has these requests' lines to check for secrets.
	for _, tc := range cases {
		var ctx fasthttp.RequestCtx
		serveOnce(b, a.Fiber.Handler(), &ctx, tc.cookie, tc.status)
	}

	a.Logger = slog.New(slog.DiscardHandler)
	a.Fiber = a.routes() // rebuilt with the quiet logger
	serve := a.Fiber.Handler()
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			var ctx fasthttp.RequestCtx
			b.ReportAllocs()
			for b.Loop() {
				serveOnce(b, serve, &ctx, tc.cookie, tc.status)
			}
			if body := string(ctx.Response.Body()); !strings.Contains(body, tc.marker) {
				b.Fatalf("%s got the wrong fragment", tc.name)
			}
		})
	}
}
