package middleware

import (
	"sync"
	"unsafe"

	"github.com/gofiber/fiber/v2"

	"github.com/descope-htmx/descope-htmx/auth"
)

// requestRecord is what this package's middleware learn about one request:
// its ID, its CSP nonce, its session. They share one Locals entry, made by
// whichever runs first, instead of one entry (and its allocations, and its
// place in a lookup that scans them all) each.
type requestRecord struct {
	// id and nonce are "" until AccessLog and SecurityHeaders ran. Their
	// bytes are the record's own, reused by a later request once this one
	// is over: like Fiber's own strings, they are valid until the handler
	// returns, and whatever keeps one longer must copy it.
	id, nonce string
	idBuf     [64]byte
	nonceBuf  [base64Len]byte

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

// setID sets the request ID from id, in the record's own bytes unless an ID
// was already set (then a copy: a string handed out never changes).
func (r *requestRecord) setID(id []byte) {
	if r.id != "" || len(id) > len(r.idBuf) {
		r.id = string(id)
		return
	}
	n := copy(r.idBuf[:], id)
	r.id = unsafe.String(&r.idBuf[0], n)
}

// setNonce does the same for the CSP nonce.
func (r *requestRecord) setNonce(nonce *[base64Len]byte) {
	if r.nonce != "" {
		r.nonce = string(nonce[:])
		return
	}
	r.nonceBuf = *nonce
	r.nonce = unsafe.String(&r.nonceBuf[0], base64Len)
}

// peekRecord is the request's record, or nil if no middleware made one:
// readers never make one.
func peekRecord(c *fiber.Ctx) *requestRecord {
	r, _ := c.Locals(recordKey{}).(*requestRecord)
	return r
}
