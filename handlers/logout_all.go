package handlers

import (
	"strings"

	"github.com/gofiber/fiber/v2"

	"github.com/descope-htmx/descope-htmx/htmx"
	"github.com/descope-htmx/descope-htmx/middleware"
)

// logoutAll signs the user out of every session, on every device: with the
// refresh token in a DSR cookie the server revokes them all (the SDK's
// LogoutAll); otherwise the browser holds it and the page script calls the
// web SDK's logoutAll() on HX-Trigger: session-ended-everywhere. Either way
// the page then shows the login, as after a sign-out. CSRF-protected; like
// logout, it reads no session.
func (a *Application) logoutAll(c *fiber.Ctx) error {
	if refresh := c.Cookies(middleware.RefreshCookie); refresh != "" {
		refresh = strings.Clone(refresh)
		a.Validator.Forget(refresh)
		if err := a.Descope.LogoutAllWithToken(refresh, nil); err != nil {
			a.Logger.Warn("descope logout-all failed; cookies cleared anyway",
				"request_id", middleware.RequestID(c), "reason", logoutFailure(err))
		}
	}
	middleware.ClearSessionCookies(c, a.Config.SecureCookies)
	// The browser's logoutAll() revokes what the server could not see, and
	// clears the SDK's storage in both cases.
	htmx.Trigger(c, htmx.EventSessionEndedEverywhere)
	if !htmx.WantsFragment(c) {
		return c.Redirect("/", fiber.StatusSeeOther)
	}
	v := a.newView(c)
	v.Session, v.Content = nil, "partials/login"
	return a.render(c, fiber.StatusOK, v)
}
