package middleware

import "github.com/gofiber/fiber/v2"

// NoStore marks a response as private to this visitor: it depends on the
// session, so no browser or proxy may store it or serve it to someone else.
// (Never put Fiber's cache middleware in front of these routes: it keys on
// the URL and ignores cookies.)
func NoStore() fiber.Handler {
	return func(c *fiber.Ctx) error {
		h := &c.Response().Header
		h.SetCanonical(headerCacheControl, valueNoStore)
		switch v := h.PeekBytes(headerVary); {
		case len(v) == 0, string(v) == fiber.HeaderCookie: // none yet, or Fiber's CSRF check's (unsafe requests)
			h.SetCanonical(headerVary, valueVary) // the usual cases: prepared once
		default:
			c.Vary(varyOn...) // merge with what an earlier handler set
		}
		return c.Next()
	}
}

var (
	headerCacheControl = []byte(fiber.HeaderCacheControl)
	valueNoStore       = []byte("no-store")
	headerVary         = []byte(fiber.HeaderVary)
	varyOn             = []string{fiber.HeaderCookie, fiber.HeaderAuthorization, "HX-Request"}
	valueVary          = []byte(fiber.HeaderCookie + ", " + fiber.HeaderAuthorization + ", HX-Request")
)
