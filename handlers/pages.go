package handlers

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/descope-htmx/descope-htmx/authz"
	"github.com/descope-htmx/descope-htmx/htmx"
	"github.com/descope-htmx/descope-htmx/middleware"
)

// page is the frame a route renders in: pages/<name>.html around #container,
// and the nav entry. Routes attach it with a.page / a.fragment, so the error
// handler renders a refusal in the same frame.
type page struct {
	name     string
	title    string
	fragment bool // the route always answers with the #container fragment

	fragmentKey, pageKey string // session memo keys
}

func newPage(name, title string) page {
	return page{name: name, title: title, fragmentKey: "fragment:" + name, pageKey: "page:" + name}
}

var (
	homePage    = newPage("home", "Home")
	profilePage = newPage("profile", "Profile")
	adminPage   = newPage("admin", "Admin")
	errorPage   = newPage("error", "Error")
)

// adminRole is what /admin requires; the nav uses it too, so the entry shows
// exactly to those the route lets in.
const adminRole = "admin"

// billingPermission shows the Billing card on /admin.
const billingPermission = "billing:write"

type pageKey struct{}

// page sets the frame of a full-page route.
func (a *Application) page(p page) fiber.Handler {
	return func(c *fiber.Ctx) error {
		c.Locals(pageKey{}, &p)
		return c.Next()
	}
}

// fragment sets the frame of a route that only ever answers with #container.
func (a *Application) fragment(p page) fiber.Handler {
	p.fragment = true
	return a.page(p)
}

func pageOf(c *fiber.Ctx) *page {
	if p, ok := c.Locals(pageKey{}).(*page); ok {
		return p
	}
	return &errorPage
}

// home is the signed-in content of / and /container.
func (a *Application) home(c *fiber.Ctx) error {
	return a.renderPerSession(c, "partials/home", nil)
}

// profile is who the user is, from the token or the management API.
type profile struct {
	UserID         string
	Name           string
	Email          string
	FromManagement bool
}

// tokenProfile shows who the user is from the session token's claims.
func tokenProfile(v *view) {
	if v.Session == nil {
		return // not signed in: the guard answers before this runs
	}
	v.Profile = profile{UserID: v.Session.UserID, Name: v.Session.Name, Email: v.Session.Email}
}

func (a *Application) profile(c *fiber.Ctx) error {
	if a.users == nil {
		// Everything shown comes from the (immutable) session.
		return a.renderPerSession(c, "partials/profile", tokenProfile)
	}
	v := a.newView(c)
	v.Content = "partials/profile"
	tokenProfile(v)
	s := v.Session
	ctx, cancel := context.WithTimeout(c.UserContext(), 3*time.Second)
	defer cancel()
	if u, err := a.users.get(ctx, s.UserID); err == nil {
		v.Profile = profile{UserID: s.UserID, Name: u.Name, Email: u.Email, FromManagement: true}
	} else {
		a.Logger.Warn("load user record failed; showing token claims", "request_id", middleware.RequestID(c), "user_id", s.UserID)
	}
	return a.render(c, fiber.StatusOK, v)
}

// logout ends the session: revoke the refresh token at Descope when the
// server holds it (a DSR cookie), clear the cookies, and tell the browser
// (HX-Trigger: session-ended) to clear the SDK's storage. CSRF-protected.
// It reads no session: signing out must not first refresh one from a DSR
// cookie only to clear it.
func (a *Application) logout(c *fiber.Ctx) error {
	return a.signOut(c, a.Descope.LogoutWithToken, htmx.EventSessionEnded)
}

// signOut is logout and logoutAll: revoke (this refresh token, or all of
// the user's) when the server holds one, clear the cookies, fire event and
// show the login.
func (a *Application) signOut(c *fiber.Ctx, revoke func(refreshToken string, w http.ResponseWriter) error, event string) error {
	if refresh := c.Cookies(middleware.RefreshCookie); refresh != "" {
		refresh = strings.Clone(refresh)
		a.Validator.Forget(refresh)
		// The SDK's logout takes no context; its HTTP client's timeout bounds it.
		if err := revoke(refresh, nil); err != nil {
			a.Logger.Warn("descope logout failed; cookies cleared anyway",
				"request_id", middleware.RequestID(c), "event", event, "reason", logoutFailure(err))
		}
	}
	middleware.ClearSessionCookies(c, a.Config.SecureCookies)
	htmx.Trigger(c, event)
	if !htmx.WantsFragment(c) {
		// Callers without htmx (scripts, API clients) get POST/redirect/GET.
		return c.Redirect("/", fiber.StatusSeeOther)
	}
	v := a.newView(c)
	v.Session, v.Content, v.SignedOut = nil, "partials/login", true
	return a.render(c, fiber.StatusOK, v)
}

func logoutFailure(err error) string {
	if errors.Is(err, context.DeadlineExceeded) {
		return "timeout"
	}
	return "descope refused or unreachable"
}

// scopeOf is the session's authorization scope (nil session: none).
func scopeOf(v *view) authz.Scope { return authz.ScopeOf(v.Session) }
