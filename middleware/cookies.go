package middleware

import (
	"bytes"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/utils"
)

// requestCookie is c.Cookies(name), read straight from the Cookie headers.
// fasthttp's own lookup first parses every cookie, byte by byte, copying each
// value; a session cookie is a JWT of a kilobyte or more, on every request.
// Same answer: the first cookie of that name, spaces trimmed, one pair of
// double quotes removed. Valid only until the handler returns.
//
// It reads the header block as received (RawHeaders): once anything has
// parsed the cookies (Fiber's CSRF check, or c.Protocol behind a trusted
// proxy, which visits every header), fasthttp's own view of the Cookie
// header is rebuilt from the parsed pairs and would not read the same.
func requestCookie(c *fiber.Ctx, name string) string {
	raw := c.Request().Header.RawHeaders()
	if len(raw) == 0 { // a request built in code, not read from a client
		return c.Cookies(name)
	}
	for len(raw) > 0 {
		line := raw
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			line, raw = raw[:i], raw[i+1:]
		} else {
			raw = nil
		}
		if len(line) == 0 || line[0]|0x20 != 'c' || !hasPrefixFold(line, cookieName) {
			continue
		}
		if v, ok := findCookie(bytes.TrimRight(line[len(cookieName):], " \t\r"), name); ok {
			return utils.UnsafeString(v)
		}
	}
	return ""
}

var cookieName = []byte("cookie:")

func findCookie(header []byte, name string) ([]byte, bool) {
	for len(header) > 0 {
		pair := header
		if i := bytes.IndexByte(header, ';'); i >= 0 {
			pair, header = header[:i], header[i+1:]
		} else {
			header = nil
		}
		eq := bytes.IndexByte(pair, '=')
		if eq < 0 || string(trimSpaces(pair[:eq])) != name {
			continue
		}
		v := trimSpaces(pair[eq+1:])
		if len(v) > 1 && v[0] == '"' && v[len(v)-1] == '"' {
			v = v[1 : len(v)-1]
		}
		return v, true
	}
	return nil, false
}

func trimSpaces(b []byte) []byte {
	for len(b) > 0 && b[0] == ' ' {
		b = b[1:]
	}
	for len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	return b
}
