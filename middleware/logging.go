package middleware

import (
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"time"

	"github.com/gofiber/fiber/v2"
)

type requestIDKey struct{}
type authFailureKey struct{}

// RequestIDHeader carries the request ID back to the client, for support.
const RequestIDHeader = "X-Request-ID"

// RequestID is this request's ID ("" outside the middleware chain).
func RequestID(c *fiber.Ctx) string {
	id, _ := c.Locals(requestIDKey{}).(string)
	return id
}

// AccessLog gives every request an ID and logs one line when it ends.
//
// It logs the path without the query string (a token pasted into a URL must
// not reach the logs), never a header value, and for auth failures only the
// reason class. slog's handlers quote values, so CR/LF cannot forge lines.
func AccessLog(logger *slog.Logger) fiber.Handler {
	return func(c *fiber.Ctx) error {
		start := time.Now()
		id := newRequestID()
		c.Locals(requestIDKey{}, id)
		c.Set(RequestIDHeader, id)

		err := c.Next()
		if err != nil {
			// Let the app's error handler write the response now, so the
			// status we log is the one the client gets.
			if herr := c.App().ErrorHandler(c, err); herr != nil {
				_ = c.SendStatus(fiber.StatusInternalServerError)
			}
		}

		status := c.Response().StatusCode()
		level := slog.LevelInfo
		switch {
		case status == fiber.StatusServiceUnavailable:
			level = slog.LevelWarn // an outage or readiness probe, not a bug here
		case status >= 500:
			level = slog.LevelError
		}
		if !logger.Enabled(c.UserContext(), level) {
			return nil // filtered out: build nothing
		}
		attrs := []slog.Attr{
			slog.String("request_id", id),
			slog.String("method", c.Method()),
			slog.String("path", c.Path()),
			slog.Int("status", status),
			slog.Duration("duration", time.Since(start)),
		}
		if s, _ := SessionOf(c); s != nil {
			attrs = append(attrs, slog.String("user_id", s.UserID))
		}
		if reason, ok := c.Locals(authFailureKey{}).(string); ok {
			attrs = append(attrs, slog.String("auth_failure", reason))
		}
		logger.LogAttrs(c.UserContext(), level, "request", attrs...)
		return nil
	}
}

func newRequestID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
