package middleware

import "github.com/gofiber/fiber/v2"

// NoStore marks a response as private to this visitor: it depends on the
// session, so no browser or proxy may store it or serve it to someone else.
// (Never put Fiber's cache middleware in front of these routes: it keys on
// the URL and ignores cookies.)
func NoStore() fiber.Handler {
	return func(c *fiber.Ctx) error {
		c.Set(fiber.HeaderCacheControl, "no-store")
		c.Vary(fiber.HeaderCookie, fiber.HeaderAuthorization, "HX-Request")
		return c.Next()
	}
}
