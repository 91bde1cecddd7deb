package middleware

import (
	"bytes"

	"github.com/gofiber/fiber/v2"
)

// FramingConfig configures RejectAmbiguousFraming.
type FramingConfig struct {
	// Next skips the check when it returns true.
	Next func(*fiber.Ctx) bool
}

// RejectAmbiguousFraming answers 400 and closes the connection when a request
// carries both Transfer-Encoding and Content-Length. fasthttp (v1.78) reads
// the chunked body and closes afterwards, as RFC 9112 §6.3 allows, but a proxy
// in front may have framed the request by its Content-Length instead: that
// disagreement is how requests are smuggled, so the request is not served.
// (Two different Content-Length values fasthttp refuses by itself.)
func RejectAmbiguousFraming(cfg ...FramingConfig) fiber.Handler {
	var c0 FramingConfig
	if len(cfg) > 0 {
		c0 = cfg[0]
	}
	return func(c *fiber.Ctx) error {
		if c0.Next != nil && c0.Next(c) {
			return c.Next()
		}
		h := &c.Request().Header
		// fasthttp marks such requests Connection: close (a cheap filter) and
		// keeps neither header as sent, so the raw header is read.
		if h.ConnectionClose() && hasHeader(h.RawHeaders(), contentLengthName) && hasHeader(h.RawHeaders(), transferEncodingName) {
			c.Context().SetConnectionClose()
			return fiber.NewError(fiber.StatusBadRequest, "both Transfer-Encoding and Content-Length")
		}
		return c.Next()
	}
}

var (
	contentLengthName    = []byte("content-length:")
	transferEncodingName = []byte("transfer-encoding:")
)

// hasHeader looks for a line starting with name in raw request headers.
func hasHeader(raw, name []byte) bool {
	for len(raw) > 0 {
		line := raw
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			line, raw = raw[:i], raw[i+1:]
		} else {
			raw = nil
		}
		if len(line) >= len(name) && bytes.EqualFold(line[:len(name)], name) {
			return true
		}
	}
	return false
}
