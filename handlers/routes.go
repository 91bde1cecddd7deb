package handlers

import (
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/recover"

	"github.com/descope-htmx/descope-htmx/assets"
	"github.com/descope-htmx/descope-htmx/authz"
	"github.com/descope-htmx/descope-htmx/middleware"
	"github.com/descope-htmx/descope-htmx/ratelimit"
)

// CSPConfig is the set of extra origins allowed per CSP directive.
type CSPConfig = middleware.CSPSources

// LocalDescopePath is where demo mode mounts the local Descope API.
const LocalDescopePath = "/local-descope"

// LogoutLimit is how many sign-outs a client IP may send per minute, counted
// across all instances when REDIS_URL is set.
const LogoutLimit = 10

// Role changes per minute: per client IP (counted before any check, refused
// attempts included) and per signed-in admin (counted after the guards).
const (
	RoleChangeIPLimit   = 30
	RoleChangeUserLimit = 20
)

func (a *Application) routes() *fiber.App {
	cfg := a.Config
	app := fiber.New(fiber.Config{
		AppName:               "descope-htmx",
		DisableStartupMessage: true,
		ErrorHandler:          a.handleError,
		// Headers may carry a large Descope JWT twice (DS cookie and Bearer);
		// 32 kB fits that with room, and a 100 kB cookie still gets a 431.
		ReadBufferSize: 32 << 10,
		BodyLimit:      64 << 10,
		// A slow client gets 10 s to send a request and 15 s to take the
		// answer; a kept-alive connection may idle as long as a request may
		// take to arrive. (Equal read and idle timeouts let main's coarse
		// deadlines skip re-arming the read deadline on a busy connection.
		// A proxy in front must close idle connections sooner: see
		// deploy/nginx-scale.conf.)
		ReadTimeout:  10 * time.Second,
		WriteTimeout: 15 * time.Second,
		IdleTimeout:  10 * time.Second,
		// Client IP and scheme come from X-Forwarded-* only when the peer is a
		// proxy listed in TRUSTED_PROXIES; with none listed, never.
		EnableTrustedProxyCheck: true,
		TrustedProxies:          cfg.TrustedProxies,
		ProxyHeader:             proxyHeader(cfg.TrustedProxies),
	})

	clientIP := middleware.ClientIP(cfg.TrustedProxies)
	proxies := a.proxies
	app.Use(middleware.AccessLog(a.Logger))
	app.Use(middleware.SecurityHeaders(a.CSP, proxies))
	app.Use(recover.New())
	app.Use(middleware.RejectAmbiguousFraming())
	if cfg.DemoMode() {
		app.Use(middleware.HostCheck(middleware.HostCheckConfig{PublicOrigins: cfg.PublicOrigins, Proxies: proxies}))
	}

	// Routes that never depend on the session come first, so they skip its cost.
	app.Get(assets.Prefix+"*", a.Assets.Handler())
	app.Get("/healthz", a.healthz)
	app.Get("/readyz", a.readyz)
	if a.LocalDescope != nil {
		// Its own error handler and limits; mounted before CSRF and sessions.
		app.Mount(LocalDescopePath, a.LocalDescope)
	}

	// Counted before the CSRF check, so refused attempts count too.
	app.Use("/logout", a.RateLimits.Handler(ratelimit.Config{
		Name:         "logout",
		Max:          LogoutLimit,
		Window:       time.Minute,
		Key:          clientIP,
		LimitReached: tooManyRequests,
	}))
	app.Use("/admin/users/", a.RateLimits.Handler(ratelimit.Config{
		Name:         "role-change-ip",
		Max:          RoleChangeIPLimit,
		Window:       time.Minute,
		Key:          clientIP,
		LimitReached: tooManyRequests,
	}))
	app.Use(middleware.CSRF(middleware.CSRFOptions{
		SecureCookie: cfg.SecureCookies,
		Secret:       cfg.CSRFSecret,
		Proxies:      proxies,
		Refuse:       a.refuseCSRF,
	}))
	app.Use(middleware.NoStore())

	// The session is read per route, never for the whole app: unmatched
	// paths, 404s and 405s never validate, refresh or set a session cookie.
	// Each line says who may open the route.
	session := middleware.Session(a.Validator, middleware.SessionOptions{SecureCookies: cfg.SecureCookies, Logger: a.Logger, Proxies: proxies})
	app.Get("/", session, a.page(homePage), authz.RequireSession(), a.home)
	app.Get("/container", session, a.fragment(homePage), authz.RequireSession(), a.home)
	app.Get("/profile", session, a.page(profilePage), authz.RequireSession(), a.profile)
	app.Get("/admin", session, a.page(adminPage), authz.RequireRole(adminRole), a.admin)
	// Role changes: admin in the current tenant, and a step-up at most
	// roleChangeStepUp old (else 401 and the step-up prompt in place).
	perAdmin := a.RateLimits.Handler(ratelimit.Config{
		Name:         "role-change-user",
		Max:          RoleChangeUserLimit,
		Window:       time.Minute,
		Key:          sessionUserKey,
		LimitReached: tooManyRequests,
	})
	app.Post("/admin/users/:userID/admin", session, a.page(adminPage), authz.RequireRole(adminRole), authz.RequireStepUp(roleChangeStepUp), perAdmin, a.changeAdmin(true))
	app.Delete("/admin/users/:userID/admin", session, a.page(adminPage), authz.RequireRole(adminRole), authz.RequireStepUp(roleChangeStepUp), perAdmin, a.changeAdmin(false))
	// Signing out reads no session (see logout).
	app.Post("/logout", a.page(homePage), a.logout)
	app.Post("/logout/all", a.page(homePage), a.logoutAll)
	return app
}

func proxyHeader(trusted []string) string {
	if len(trusted) == 0 {
		return ""
	}
	return fiber.HeaderXForwardedFor
}

// sessionUserKey counts per signed-in user (after the guards, so there is one).
func sessionUserKey(c *fiber.Ctx) string {
	s, _ := middleware.SessionOf(c)
	if s == nil {
		return "guest"
	}
	return s.UserID
}

func tooManyRequests(*fiber.Ctx) error {
	return fiber.NewError(fiber.StatusTooManyRequests, "too many requests")
}
