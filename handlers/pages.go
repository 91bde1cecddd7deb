package handlers

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/descope-htmx/descope-htmx/auth"
	"github.com/descope-htmx/descope-htmx/middleware"
)

// page describes one route that shows a page around #container.
type page struct {
	name    string // pages/<name>.html, and the nav entry
	title   string
	content string // the partial a signed-in user sees in #container
	// load adds what the signed-in content needs beyond the session.
	load func(a *Application, c *fiber.Ctx, v *view)
}

var (
	homePage    = page{name: "home", title: "Home", content: "partials/home"}
	profilePage = page{name: "profile", title: "Profile", content: "partials/profile", load: loadProfile}
)

// showPage answers a browser with the full page and htmx with the fragment.
func (a *Application) showPage(p page) fiber.Handler {
	return func(c *fiber.Ctx) error { return a.respond(c, p, isFragmentRequest(c)) }
}

// showFragment always answers with the fragment (the #container endpoint).
func (a *Application) showFragment(p page) fiber.Handler {
	return func(c *fiber.Ctx) error { return a.respond(c, p, true) }
}

// respond decides, on the server, what #container holds for this visitor:
// the page's content, the sign-in, or the outage notice.
func (a *Application) respond(c *fiber.Ctx, p page, fragment bool) error {
	s, err := middleware.SessionOf(c)
	v := a.newView(c, p)
	status := fiber.StatusOK
	switch {
	case s != nil:
		v.Content = p.content
		// With a user directory the content shows a record that can change,
		// so it is only reused when it comes from the (immutable) session.
		v.memoize = a.users == nil
		if p.load != nil {
			p.load(a, c, v)
		}
	case errors.Is(err, auth.ErrUnavailable):
		// A token was presented but cannot be checked: never let it in, say why.
		status, v.Content, v.Problem = fiber.StatusServiceUnavailable, "partials/problem", problemUnavailable
		c.Set(fiber.HeaderRetryAfter, "5")
	default:
		v.Content = "partials/login"
		// A browser gets the page with the login in it. htmx gets 401, so the
		// browser refreshes once and retries before the login is swapped in
		// (never a 302, which fetch would follow blindly).
		if fragment {
			status = fiber.StatusUnauthorized
			c.Set("HX-Retarget", "#container")
			c.Set("HX-Reswap", "innerHTML")
		}
	}
	return a.render(c, status, v, fragment)
}

// logout ends the session: revoke the refresh token at Descope when the
// server holds it (a DSR cookie), clear the cookies, and tell the browser
// (HX-Trigger: session-ended) to clear the SDK's storage. CSRF-protected.
func (a *Application) logout(c *fiber.Ctx) error {
	if refresh := c.Cookies(middleware.RefreshCookie); refresh != "" {
		refresh = strings.Clone(refresh)
		a.Validator.Forget(refresh)
		// The SDK's logout takes no context; its HTTP client's timeout bounds it.
		if err := a.Descope.LogoutWithToken(refresh, nil); err != nil {
			a.Logger.Warn("descope logout failed; cookies cleared anyway",
				"request_id", middleware.RequestID(c), "reason", logoutFailure(err))
		}
	}
	middleware.ClearSessionCookies(c, a.Config.SecureCookies)
	c.Set("HX-Trigger", "session-ended")
	if !isFragmentRequest(c) {
		// Callers without htmx (scripts, API clients) get POST/redirect/GET.
		return c.Redirect("/", fiber.StatusSeeOther)
	}
	v := a.newView(c, homePage)
	v.Session, v.Content = nil, "partials/login"
	return a.render(c, fiber.StatusOK, v, true)
}

func logoutFailure(err error) string {
	if errors.Is(err, context.DeadlineExceeded) {
		return "timeout"
	}
	return "descope refused or unreachable"
}

// profile is who the user is, from the token or the management API.
type profile struct {
	UserID         string
	Name           string
	Email          string
	FromManagement bool
}

func loadProfile(a *Application, c *fiber.Ctx, v *view) {
	s := v.Session
	v.Profile = profile{UserID: s.UserID, Name: s.Name, Email: s.Email}
	ctx, cancel := context.WithTimeout(c.UserContext(), 3*time.Second)
	defer cancel()
	if a.users != nil {
		if u, err := a.users.load(ctx, s.UserID); err == nil {
			v.Profile = profile{UserID: s.UserID, Name: u.Name, Email: u.Email, FromManagement: true}
		} else {
			a.Logger.Warn("load user record failed; showing token claims", "request_id", middleware.RequestID(c), "user_id", s.UserID)
		}
	}
	v.IsAdmin = a.Descope.ValidateRoles(ctx, s.Token, []string{"admin"})
}
