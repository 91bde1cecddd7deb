package middleware

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/gofiber/fiber/v2"
)

// RequestIDHeader carries the request ID back to the client, for support.
const RequestIDHeader = "X-Request-ID"

// RequestID is this request's ID ("" outside the middleware chain). Like
// Fiber's own strings, it is valid until the handler returns: copy it to
// keep it longer.
func RequestID(c *fiber.Ctx) string {
	if r := peekRecord(c); r != nil {
		return r.id
	}
	return ""
}

// AccessLog gives every request an ID and logs one line when it ends.
//
// It logs the path without the query string (a token pasted into a URL must
// not reach the logs), never a header value, and for auth failures only the
// reason class. slog's handlers quote values, so CR/LF cannot forge lines.
//
// The line goes straight to the logger's handler, without a caller's
// program counter (which slog.Logger would look up for every line, for an
// AddSource the app does not use); with a PlainTextLog handler, the usual
// line is formatted here, as slog would. Batching the writes is the
// handler's writer's job (see internal/logbuf).
func AccessLog(logger *slog.Logger) fiber.Handler {
	ids := newRequestIDs()
	handler := logger.Handler()
	var lines io.Writer
	if p, ok := handler.(PlainTextLog); ok {
		lines = p.PlainTextLines()
	}
	// Whether info lines are wanted is asked once: LOG_LEVEL is configuration.
	// (The rare warn and error lines ask the handler each time.)
	infoOn := handler.Enabled(context.Background(), slog.LevelInfo)
	return func(c *fiber.Ctx) error {
		start := c.Context().Time() // read by fasthttp just before the handler: no clock read of our own
		if start.IsZero() {
			start = time.Now() // a RequestCtx served without a server (benchmarks)
		}
		var idBuf [32]byte
		idBytes := ids.next(idBuf[:0], c.Context())
		rec := recordOf(c)
		rec.setID(idBytes)
		id := rec.id
		c.Response().Header.SetCanonical(headerRequestID, idBytes)

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
		ctx := c.UserContext()
		if (level == slog.LevelInfo && !infoOn) || (level != slog.LevelInfo && !handler.Enabled(ctx, level)) {
			return nil // filtered out: build nothing
		}
		took := time.Since(start) // monotonic clock only; the wall time follows from start
		line := accessLine{time: start.Add(took), id: id, method: c.Method(), path: c.Path(), status: status, took: took}
		if rec.session != nil {
			line.userID = rec.session.UserID
		}
		line.authFailure = rec.authFailure
		if lines != nil && level == slog.LevelInfo {
			buf := lineBuffers.Get().(*[]byte) // pooled: Write through an interface makes a local escape
			text, ok := line.appendText((*buf)[:0])
			if ok {
				_, _ = lines.Write(text)
			}
			if cap(text) <= 4<<10 {
				*buf = text
				lineBuffers.Put(buf)
			}
			if ok {
				return nil
			}
		}
		r := slog.NewRecord(line.time, level, "request", 0)
		r.AddAttrs(
			slog.String("request_id", line.id),
			slog.String("method", line.method),
			slog.String("path", line.path),
			slog.Int("status", line.status),
			slog.Duration("duration", line.took),
		)
		if line.userID != "" {
			r.AddAttrs(slog.String("user_id", line.userID))
		}
		if line.authFailure != "" {
			r.AddAttrs(slog.String("auth_failure", line.authFailure))
		}
		_ = handler.Handle(ctx, r) // a log that cannot be written must not fail the request
		return nil
	}
}

var headerRequestID = []byte(RequestIDHeader)

var lineBuffers = sync.Pool{New: func() any { b := make([]byte, 0, 512); return &b }}
