package ratelimit

import (
	"testing"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/valyala/fasthttp"

	"github.com/descope-htmx/descope-htmx/internal/testredis"
)

// BenchmarkLimitCheck is the cost of one limit check per request, through a
// Fiber app, with the counters in memory and in Redis on loopback. Every
// request passes (the limit is never reached), so each one reads and writes
// its counter.
//
//	go test ./ratelimit -run '^$' -bench LimitCheck -benchmem
func BenchmarkLimitCheck(b *testing.B) {
	srv := testredis.Start(b)
	shared, err := New(Options{RedisURL: srv.URL()})
	if err != nil {
		b.Fatal(err)
	}
	defer shared.Close()
	for _, bc := range []struct {
		name   string
		limits *Limits
	}{{"memory", nil}, {"redis", shared}} {
		b.Run(bc.name, func(b *testing.B) {
			app := fiber.New(fiber.Config{DisableStartupMessage: true})
			app.Use(bc.limits.Handler(Config{Name: "bench", Max: 1 << 30, Window: time.Hour}))
			app.Get("/", func(c *fiber.Ctx) error { return c.SendStatus(fiber.StatusNoContent) })
			handler := app.Handler()
			var ctx fasthttp.RequestCtx
			ctx.Request.SetRequestURI("/")
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				handler(&ctx)
				if ctx.Response.StatusCode() != fiber.StatusNoContent {
					b.Fatalf("status %d", ctx.Response.StatusCode())
				}
			}
		})
	}
}
