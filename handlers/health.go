package handlers

import "github.com/gofiber/fiber/v2"

// healthz is liveness: the process answers.
func (a *Application) healthz(c *fiber.Ctx) error {
	c.Set(fiber.HeaderCacheControl, "no-store")
	return c.SendString("ok")
}

// readyz is readiness: keys loaded (sessions can be verified) and not
// shutting down. Load balancers should only route here when it is 200.
// A second line reports the rate limits' storage; a Redis outage does not
// make the app unready (limits fail open, see SECURITY.md).
func (a *Application) readyz(c *fiber.Ctx) error {
	c.Set(fiber.HeaderCacheControl, "no-store")
	switch {
	case a.shuttingDown.Load():
		return c.Status(fiber.StatusServiceUnavailable).SendString("shutting down")
	case !a.Keys.Loaded():
		return c.Status(fiber.StatusServiceUnavailable).SendString("descope keys not loaded")
	}
	return c.SendString("ready\n" + a.RateLimits.Status(c.UserContext()).String() + "\n")
}
