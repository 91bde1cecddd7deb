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
// frames its body ambiguously: two Content-Length headers, or Content-Length
// together with Transfer-Encoding. fasthttp v1.51 (Fiber v2.52.15's) takes
// the last Content-Length and serves CL+TE on a kept-alive connection, while
// a proxy in front may frame the same bytes differently: that disagreement is
// how requests are smuggled. (fasthttp v1.78 refuses duplicates itself but
// still serves CL+TE, and fails Fiber v2's own tests, so the guard stays.)
//
// It must run first: the raw header is all that shows what was sent, since
// fasthttp keeps one Content-Length and drops it for a chunked body.
func RejectAmbiguousFraming(cfg ...FramingConfig) fiber.Handler {
	var conf FramingConfig
	if len(cfg) > 0 {
		conf = cfg[0]
	}
	return func(c *fiber.Ctx) error {
		if conf.Next != nil && conf.Next(c) {
			return c.Next()
		}
		if ambiguousFraming(c.Request().Header.RawHeaders()) {
			c.Context().SetConnectionClose()
			return fiber.NewError(fiber.StatusBadRequest, "ambiguous message framing")
		}
		return c.Next()
	}
}

var (
	contentLengthName    = []byte("content-length:")
	transferEncodingName = []byte("transfer-encoding:")
)

// ambiguousFraming counts the framing headers in raw request headers.
func ambiguousFraming(raw []byte) bool {
	lengths, encodings := 0, 0
	for len(raw) > 0 {
		line := raw
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			line, raw = raw[:i], raw[i+1:]
		} else {
			raw = nil
		}
		if len(line) == 0 {
			continue
		}
		switch line[0] | 0x20 { // a look at the first letter spares most lines the comparison
		case 'c':
			if hasPrefixFold(line, contentLengthName) {
				lengths++
			}
		case 't':
			if hasPrefixFold(line, transferEncodingName) {
				encodings++
			}
		}
	}
	return lengths > 1 || (lengths > 0 && encodings > 0)
}

func hasPrefixFold(line, name []byte) bool {
	return len(line) >= len(name) && bytes.EqualFold(line[:len(name)], name)
}
