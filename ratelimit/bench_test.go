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
		handler := benchApp(bc.limits)
		b.Run(bc.name, func(b *testing.B) {
			var ctx fasthttp.RequestCtx
			ctx.Request.SetRequestURI("/")
			b.ReportAllocs()
			for b.Loop() {
				serve(b, handler, &ctx)
			}
		})
		// Fiber's limiter holds one lock per limit across its read and write,
		// so with Redis, concurrent checks of one limit wait for each other's
		// two round trips: this shows what that caps.
		b.Run(bc.name+"-parallel", func(b *testing.B) {
			b.ReportAllocs()
			b.RunParallel(func(pb *testing.PB) {
				var ctx fasthttp.RequestCtx
				ctx.Request.SetRequestURI("/")
				for pb.Next() {
					serve(b, handler, &ctx)
				}
			})
		})
	}
}

func benchApp(l *Limits) fasthttp.RequestHandler {
	app := fiber.New(fiber.Config{DisableStartupMessage: true})
	app.Use(l.Handler(Config{Name: "bench", Max: 1 << 30, Window: time.Hour}))
	app.Get("/", func(c *fiber.Ctx) error { return c.SendStatus(fiber.StatusNoContent) })
	return app.Handler()
}

func serve(b *testing.B, handler fasthttp.RequestHandler, ctx *fasthttp.RequestCtx) {
	handler(ctx)
	if ctx.Response.StatusCode() != fiber.StatusNoContent {
		b.Errorf("status %d", ctx.Response.StatusCode())
	}
}
