package authz

import (
	"errors"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/descope-htmx/descope-htmx/auth"
	"github.com/descope-htmx/descope-htmx/middleware"
)

// Config configures a guard, Fiber style. A zero Config (plus a requirement)
// is ready to use.
type Config struct {
	// Next skips the guard when it returns true.
	Next func(c *fiber.Ctx) bool
	// Roles and Permissions must all be held in the session's scope (see the
	// package doc). Empty means only a session is required.
	Roles       []string
	Permissions []string
	// Session reads the request's session; default middleware.SessionOf,
	// so middleware.Session must run first on the route.
	Session func(c *fiber.Ctx) (*auth.Session, error)
	// ErrorHandler receives the typed refusal; default: return it, so the
	// app's central error handler renders it.
	ErrorHandler fiber.ErrorHandler
}

// RetryAfterUnavailable is the Retry-After hint for UnavailableError.
const RetryAfterUnavailable = 5 * time.Second

// New builds a guard from cfg.
func New(cfg Config) fiber.Handler {
	if cfg.Session == nil {
		cfg.Session = middleware.SessionOf
	}
	if cfg.ErrorHandler == nil {
		cfg.ErrorHandler = func(_ *fiber.Ctx, err error) error { return err }
	}
	unavailable := &UnavailableError{RetryAfter: RetryAfterUnavailable}
	return func(c *fiber.Ctx) error {
		if cfg.Next != nil && cfg.Next(c) {
			return c.Next()
		}
		s, err := cfg.Session(c)
		if s == nil {
			if errors.Is(err, auth.ErrUnavailable) {
				return cfg.ErrorHandler(c, unavailable)
			}
			return cfg.ErrorHandler(c, ErrSignInRequired)
		}
		if len(cfg.Roles) > 0 || len(cfg.Permissions) > 0 {
			sc := ScopeOf(s)
			if m := missing(sc.Roles, cfg.Roles); m != "" {
				return cfg.ErrorHandler(c, &ForbiddenError{Kind: KindRole, Missing: m, TenantID: sc.TenantID})
			}
			if m := missing(sc.Permissions, cfg.Permissions); m != "" {
				return cfg.ErrorHandler(c, &ForbiddenError{Kind: KindPermission, Missing: m, TenantID: sc.TenantID})
			}
		}
		return c.Next()
	}
}

// RequireSession lets signed-in requests through.
func RequireSession() fiber.Handler { return New(Config{}) }

// RequireRole lets through sessions holding every role in their scope. It
// panics on no roles: a guard that requires nothing is a bug, not a policy.
func RequireRole(roles ...string) fiber.Handler {
	if len(roles) == 0 || slicesHasEmpty(roles) {
		panic("authz.RequireRole: no role given")
	}
	return New(Config{Roles: roles})
}

// RequirePermission lets through sessions holding every permission in their
// scope. It panics on no permissions, as RequireRole does.
func RequirePermission(perms ...string) fiber.Handler {
	if len(perms) == 0 || slicesHasEmpty(perms) {
		panic("authz.RequirePermission: no permission given")
	}
	return New(Config{Permissions: perms})
}

func slicesHasEmpty(s []string) bool {
	for _, v := range s {
		if v == "" {
			return true
		}
	}
	return false
}
