package handlers

import (
	"errors"
	"strconv"

	"github.com/gofiber/fiber/v2"

	"github.com/descope-htmx/descope-htmx/authz"
	"github.com/descope-htmx/descope-htmx/htmx"
	"github.com/descope-htmx/descope-htmx/middleware"
)

// problem is a designed error message, shown where the content would be.
type problem struct {
	Title  string
	Detail string
	Retry  bool
	// Missing names what a 403 lacked: "role admin in tenant Globex".
	Missing string
	// SignOut offers the sign-out button (GET /logout: the right action is a POST).
	SignOut bool
}

var (
	problemUnavailable = &problem{Title: "Sign-in temporarily unavailable", Detail: "We cannot reach the sign-in service to check your session right now. Please try again in a moment.", Retry: true}
	problemCSRF        = &problem{Title: "This request was refused", Detail: "It did not come from this site's own page, or the page is too old. Reload the page and try again.", Retry: true}
	problemTooMany     = &problem{Title: "Slow down", Detail: "Too many requests came from your address. Please wait a minute, then try again.", Retry: true}
	problemNotFound    = &problem{Title: "Page not found", Detail: "There is nothing at this address. Check it for typos, or start again from the home page."}
	problemMethod      = &problem{Title: "Method not allowed", Detail: "This address does not accept that kind of request."}
	problemSignOutGET  = &problem{Title: "Sign out with the button", Detail: "Signing out takes a button press, so that a link or a prefetch cannot sign you out.", SignOut: true}
	problemTooLarge    = &problem{Title: "Request too large", Detail: "The request's headers or body are larger than this site accepts. Clearing this site's cookies may help."}
	problemBadRequest  = &problem{Title: "Bad request", Detail: "The request could not be understood."}
	problemInternal    = &problem{Title: "Something went wrong", Detail: "An unexpected error occurred on our side. It has been logged.", Retry: true}
)

func problemFor(code int) *problem {
	switch {
	case code == fiber.StatusForbidden:
		return problemCSRF
	case code == fiber.StatusNotFound:
		return problemNotFound
	case code == fiber.StatusMethodNotAllowed:
		return problemMethod
	case code == fiber.StatusTooManyRequests:
		return problemTooMany
	case code == fiber.StatusRequestHeaderFieldsTooLarge, code == fiber.StatusRequestEntityTooLarge:
		return problemTooLarge
	case code == fiber.StatusServiceUnavailable:
		return problemUnavailable
	case code < 500:
		return problemBadRequest
	default:
		return problemInternal
	}
}

// handleError is Fiber's error handler and the one place refusals become
// answers: the guards' typed errors, and every other error as a designed
// fragment or page with the right status (never a stack trace, nor a blank
// body that would blank the htmx target).
func (a *Application) handleError(c *fiber.Ctx, err error) error {
	var (
		forbidden   *authz.ForbiddenError
		unavailable *authz.UnavailableError
		stepUp      *authz.StepUpRequiredError
	)
	a.Logger.Debug("request refused", "request_id", middleware.RequestID(c), "method", c.Method(), "path", c.Path(), "reason", err.Error())
	switch {
	case errors.Is(err, authz.ErrSignInRequired):
		return a.signInRequired(c)
	case errors.As(err, &forbidden):
		return a.refuse(c, fiber.StatusForbidden, a.forbiddenProblem(c, forbidden))
	case errors.As(err, &unavailable):
		c.Set(fiber.HeaderRetryAfter, strconv.Itoa(int(unavailable.RetryAfter.Seconds())))
		return a.refuse(c, fiber.StatusServiceUnavailable, problemUnavailable)
	case errors.As(err, &stepUp):
		return a.stepUpRequired(c)
	}
	code := fiber.StatusInternalServerError
	var fe *fiber.Error
	if errors.As(err, &fe) {
		code = fe.Code
	}
	if code >= 500 {
		a.Logger.Error("request failed", "request_id", middleware.RequestID(c), "path", c.Path(), "error", err.Error())
	}
	if code == fiber.StatusServiceUnavailable {
		c.Set(fiber.HeaderRetryAfter, "5")
	}
	p := problemFor(code)
	if code == fiber.StatusMethodNotAllowed && c.Path() == "/logout" {
		p = problemSignOutGET
	}
	return a.refuse(c, code, p)
}

// signInRequired: htmx gets 401 and the login, retargeted to #container, so
// the page script refreshes once and retries before the login is swapped in
// (never a 302, which fetch would follow blindly). A browser gets the route's
// page with the login in it.
func (a *Application) signInRequired(c *fiber.Ctx) error {
	v := a.newView(c)
	v.Session, v.Content = nil, "partials/login"
	status := fiber.StatusOK
	if wantsFragment(c) {
		status = fiber.StatusUnauthorized
		htmx.Retarget(c, "#container", "innerHTML")
	}
	a.errorHeaders(c)
	return a.renderOrFallback(c, status, v)
}

// refuse renders a problem where the content would be, in the route's frame.
func (a *Application) refuse(c *fiber.Ctx, status int, p *problem) error {
	a.errorHeaders(c)
	v := a.newView(c)
	if v.page == &errorPage { // no route matched: the problem is the title
		v.Title = p.Title
	}
	v.Content, v.Problem = "partials/problem", p
	if wantsFragment(c) {
		htmx.Retarget(c, "#container", "innerHTML")
	}
	return a.renderOrFallback(c, status, v)
}

// errorHeaders: errors raised before the middleware ran (an oversized
// header) get the security headers here; errors from middleware that runs
// before NoStore (CSRF, limits) still must not be cached.
func (a *Application) errorHeaders(c *fiber.Ctx) {
	if middleware.Nonce(c) == "" {
		a.securityHeaders(c)
	}
	c.Set(fiber.HeaderCacheControl, "no-store")
	c.Vary(fiber.HeaderCookie, fiber.HeaderAuthorization, htmx.HeaderRequest)
}

func (a *Application) renderOrFallback(c *fiber.Ctx, status int, v *view) error {
	// Raised before the CSRF middleware (a rate limit, an oversized header),
	// a browser still gets the designed page, only without a CSRF token: its
	// own buttons post nothing that needs one.
	if err := a.render(c, status, v); err != nil {
		a.Logger.Error("render error page", "request_id", middleware.RequestID(c), "error", err.Error())
		title := "Error"
		if v.Problem != nil {
			title = v.Problem.Title
		}
		return c.Status(status).SendString(title)
	}
	return nil
}

// forbiddenProblem says what was missing, and where, in words.
func (a *Application) forbiddenProblem(c *fiber.Ctx, e *authz.ForbiddenError) *problem {
	where := "at the project level"
	if e.TenantID != "" {
		v := a.newView(c)
		where = "in tenant " + a.tenantName(c, v, e.TenantID)
	}
	return &problem{
		Title:   "You do not have access to this page",
		Detail:  "Your account is signed in, but it lacks what this page needs. Ask an administrator, or switch to a tenant where you have it.",
		Missing: e.Kind + " " + e.Missing + " " + where,
	}
}

// refuseCSRF answers a refused unsafe request: 403 and a fragment, nothing changed.
func (a *Application) refuseCSRF(c *fiber.Ctx, err error) error {
	a.Logger.Warn("csrf refused", "request_id", middleware.RequestID(c), "path", c.Path(), "reason", err.Error())
	return fiber.NewError(fiber.StatusForbidden, "csrf: "+err.Error())
}
