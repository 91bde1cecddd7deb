package handlers

import (
	"github.com/gofiber/fiber/v2"

	"github.com/descope-htmx/descope-htmx/htmx"
)

// logoutAll signs the user out of every session, on every device: with the
// refresh token in a DSR cookie the server revokes them all (the SDK's
// LogoutAll); either way the page script then calls the web SDK's
// logoutAll() on HX-Trigger: session-ended-everywhere, which revokes a
// browser-held refresh token and clears the SDK's storage. The page then
// shows the login, as after a sign-out. CSRF-protected; like logout, it
// reads no session.
func (a *Application) logoutAll(c *fiber.Ctx) error {
	return a.signOut(c, a.Descope.LogoutAllWithToken, htmx.EventSessionEndedEverywhere)
}
