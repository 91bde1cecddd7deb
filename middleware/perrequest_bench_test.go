package middleware

import (
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/descope-htmx/descope-htmx/internal/logbuf"
)

// BenchmarkPerRequest is what every response pays before the session check:
// the access log (with and without writing its line), security headers and
// a fresh nonce, no-store and Vary. Compare with BenchmarkNoSession, the
// same in-process routing with none of it.
func BenchmarkPerRequest(b *testing.B) {
	for _, tc := range []struct {
		name    string
		level   slog.Level
		handler func(*logbuf.Writer, *slog.HandlerOptions) slog.Handler
	}{
		{"log-info", slog.LevelInfo, logbuf.NewTextHandler}, // the app's: the line written by hand
		{"log-info-slog", slog.LevelInfo, func(w *logbuf.Writer, o *slog.HandlerOptions) slog.Handler { return slog.NewTextHandler(w, o) }},
		{"log-warn", slog.LevelWarn, logbuf.NewTextHandler}, // no line
	} {
		b.Run(tc.name, func(b *testing.B) {
			out := logbuf.New(io.Discard, time.Second, 0)
			defer out.Close()
			logger := slog.New(tc.handler(out, &slog.HandlerOptions{Level: tc.level}))
			app := fiber.New(fiber.Config{DisableStartupMessage: true})
			app.Use(AccessLog(logger), SecurityHeaders(CSPSources{}, TrustedProxies(nil)), NoStore())
			app.Get("/", func(c *fiber.Ctx) error { return c.SendStatus(fiber.StatusOK) })
			h := app.Handler()
			ctx := newCtx()
			b.ReportAllocs()
			for b.Loop() {
				serve(b, h, ctx, "", fiber.StatusOK)
			}
		})
	}
}

func BenchmarkNonce(b *testing.B) {
	s := newNonceSource()
	var n [base64Len]byte
	b.ReportAllocs()
	for b.Loop() {
		s.next(&n)
	}
}
