package middleware

import (
	"sync"

	"github.com/gofiber/fiber/v2"

	"github.com/descope-htmx/descope-htmx/auth"
)

// requestRecord is what this package's middleware learn about one request:
// its ID, its CSP nonce, its session. They share one Locals entry, made by
// whichever runs first, instead of one entry (and its allocations, and its
// place in a lookup that scans them all) each.
type requestRecord struct {
	id    string // "" until AccessLog ran
	nonce string // "" until SecurityHeaders ran

	sessionRead bool // Session ran; until then SessionOf says "no token"
	session     *auth.Session
	sessionErr  error
	authFailure string // the reason class a token was refused, for the access log

	pageTokens *pageTokens // a safe request's CSRF token, given out on demand
}

type recordKey struct{}

// recordOf is the request's record, made on first use.
func recordOf(c *fiber.Ctx) *requestRecord {
	if r, ok := c.Locals(recordKey{}).(*requestRecord); ok {
		return r
	}
	r := records.Get().(*requestRecord)
	c.Locals(recordKey{}, r)
	return r
}

// Records are reused: fasthttp closes a request's Locals values that are
// io.Closers when it resets the request, after the response is written and
// the handlers (which must not keep the Ctx) have returned.
var records = sync.Pool{New: func() any { return new(requestRecord) }}

// Close hands the record back for another request.
func (r *requestRecord) Close() error {
	*r = requestRecord{}
	records.Put(r)
	return nil
}

// peekRecord is the request's record, or nil if no middleware made one:
// readers never make one.
func peekRecord(c *fiber.Ctx) *requestRecord {
	r, _ := c.Locals(recordKey{}).(*requestRecord)
	return r
}
