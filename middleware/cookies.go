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
// Once anything has parsed the cookies, fasthttp hands out a rebuilt Cookie
// header instead of the one sent, which would not read the same. In this app
// only Fiber's CSRF check does, and only for unsafe methods, before the
// session is read: those requests ask fasthttp, where the cookies are parsed
// already.
func requestCookie(c *fiber.Ctx, name string) string {
	if !safeMethod(c.Method()) {
		return c.Cookies(name)
	}
	for _, header := range c.Request().Header.PeekAll(fiber.HeaderCookie) {
		if v, ok := findCookie(header, name); ok {
			return utils.UnsafeString(v)
		}
	}
	return ""
}

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
