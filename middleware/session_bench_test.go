package middleware

import (
	"bufio"
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/descope/go-sdk/descope/client"
	"github.com/gofiber/fiber/v2"
	"github.com/valyala/fasthttp"

	"github.com/descope-htmx/descope-htmx/auth"
	"github.com/descope-htmx/descope-htmx/internal/descopetest"
)

// benchApp is Session in front of a handler that does nothing, served
// in-process, so the numbers are the middleware's (minus BenchmarkNoSession).
func benchApp(b *testing.B, withSession bool, opts auth.ValidatorOptions) (fasthttp.RequestHandler, *descopetest.Server) {
	b.Helper()
	ds := descopetest.NewServer(b)
	keys := auth.NewKeySet(ds.URL, ds.ProjectID, auth.KeySetOptions{})
	sdk, err := client.NewWithConfig(&client.Config{ProjectID: ds.ProjectID, DescopeBaseURL: ds.URL, DefaultClient: keys})
	if err != nil {
		b.Fatal(err)
	}
	app := fiber.New(fiber.Config{DisableStartupMessage: true})
	if withSession {
		app.Use(Session(auth.NewValidator(sdk.Auth, ds.ProjectID, keys, opts), SessionOptions{}))
	}
	app.Get("/", func(c *fiber.Ctx) error {
		if s, _ := SessionOf(c); s == nil && withSession {
			return c.SendStatus(fiber.StatusUnauthorized)
		}
		return c.SendStatus(fiber.StatusOK)
	})
	return app.Handler(), ds
}

// serve parses a GET / carrying token as a browser sends it, as the server
// would (a request built with setters arrives with its cookies already
// parsed), and serves it.
func serve(b *testing.B, h fasthttp.RequestHandler, ctx *benchCtx, token string, want int) {
	ctx.Request.Reset()
	ctx.Response.Reset()
	ctx.ResetUserValues() // as the server does between requests
	ctx.raw = append(ctx.raw[:0], "GET / HTTP/1.1\r\nHost: localhost\r\n"...)
	if token != "" {
		ctx.raw = append(append(append(ctx.raw, "Cookie: DS="...), token...), "\r\n"...)
	}
	ctx.raw = append(ctx.raw, "\r\n"...)
	ctx.rd.Reset(ctx.raw)
	ctx.br.Reset(&ctx.rd)
	if err := ctx.Request.Read(ctx.br); err != nil {
		b.Fatal(err)
	}
	h(&ctx.RequestCtx)
	if got := ctx.Response.StatusCode(); got != want {
		b.Fatalf("status %d, want %d", got, want)
	}
}

// benchCtx is a request context with what serve reuses to parse requests.
type benchCtx struct {
	fasthttp.RequestCtx
	raw []byte
	rd  bytes.Reader
	br  *bufio.Reader
}

func newCtx() *benchCtx {
	ctx := &benchCtx{}
	ctx.br = bufio.NewReaderSize(&ctx.rd, 32<<10)
	return ctx
}

// BenchmarkNoSession is the baseline: routing and the handler alone.
func BenchmarkNoSession(b *testing.B) {
	h, _ := benchApp(b, false, auth.ValidatorOptions{})
	ctx := newCtx()
	b.ReportAllocs()
	for b.Loop() {
		serve(b, h, ctx, "", fiber.StatusOK)
	}
}

// BenchmarkSessionHit: a token already seen (the steady state of a signed-in user).
func BenchmarkSessionHit(b *testing.B) {
	h, ds := benchApp(b, true, auth.ValidatorOptions{})
	token := ds.SessionToken("U-bench", time.Hour, nil)
	ctx := newCtx()
	serve(b, h, ctx, token, fiber.StatusOK) // first sight: validated by the SDK
	b.ReportAllocs()
	for b.Loop() {
		serve(b, h, ctx, token, fiber.StatusOK)
	}
}

// BenchmarkSessionMiss: every request brings a token the cache does not hold,
// so each pays the SDK's full validation.
func BenchmarkSessionMiss(b *testing.B) {
	h, ds := benchApp(b, true, auth.ValidatorOptions{VerifiedEntries: 1})
	tokens := make([]string, 64)
	for i := range tokens {
		tokens[i] = ds.SessionToken(fmt.Sprintf("U-%d", i), time.Hour, nil)
	}
	ctx := newCtx()
	serve(b, h, ctx, tokens[0], fiber.StatusOK)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		serve(b, h, ctx, tokens[i%len(tokens)], fiber.StatusOK)
	}
}

// BenchmarkSessionInvalid: a forged token replayed (refusal cached) and
// garbage (refused by shape, before the SDK).
func BenchmarkSessionInvalid(b *testing.B) {
	h, ds := benchApp(b, true, auth.ValidatorOptions{})
	forged := ds.SignForeign(ds.SessionClaims("U-forged", time.Hour))
	b.Run("forged", func(b *testing.B) {
		ctx := newCtx()
		b.ReportAllocs()
		for b.Loop() {
			serve(b, h, ctx, forged, fiber.StatusUnauthorized)
		}
	})
	b.Run("garbage", func(b *testing.B) {
		ctx := newCtx()
		b.ReportAllocs()
		for b.Loop() {
			serve(b, h, ctx, "not a jwt", fiber.StatusUnauthorized)
		}
	})
}

// BenchmarkSessionHitParallel: many signed-in users at once, on every core.
func BenchmarkSessionHitParallel(b *testing.B) {
	h, ds := benchApp(b, true, auth.ValidatorOptions{})
	tokens := make([]string, 32)
	for i := range tokens {
		tokens[i] = ds.SessionToken(fmt.Sprintf("U-%d", i), time.Hour, nil)
		serve(b, h, newCtx(), tokens[i], fiber.StatusOK)
	}
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		ctx := newCtx()
		i := 0
		for pb.Next() {
			i++
			serve(b, h, ctx, tokens[i%len(tokens)], fiber.StatusOK)
		}
	})
}
