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
	a.Logger = slog.New(slog.DiscardHandler)
	a.Fiber = a.routes() // rebuilt with the quiet logger
	token := a.descope.SessionToken(userID, time.Hour, nil)
	serve := a.Fiber.Handler()
	for _, tc := range []struct {
		name, cookie string
		status       int
		marker       string
	}{
		{"guest", "", 401, loginMarker},
		{"signed-in", token, 200, contentMarker},
	} {
		b.Run(tc.name, func(b *testing.B) {
			var ctx fasthttp.RequestCtx
			b.ReportAllocs()
			for b.Loop() {
				ctx.Request.Reset()
				ctx.Response.Reset()
				ctx.Request.SetRequestURI("/container")
				ctx.Request.Header.Set("HX-Request", "true")
				if tc.cookie != "" {
					ctx.Request.Header.SetCookie("DS", tc.cookie)
				}
				serve(&ctx)
				if ctx.Response.StatusCode() != tc.status {
					b.Fatalf("status %d", ctx.Response.StatusCode())
				}
			}
			if body := string(ctx.Response.Body()); !strings.Contains(body, tc.marker) {
				b.Fatalf("%s got the wrong fragment", tc.name)
			}
		})
	}
}
