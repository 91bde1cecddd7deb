package localdescope

import (
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/valyala/fasthttp/fasthttpadaptor"

	"github.com/descope-htmx/descope-htmx/ratelimit"
)

// Limiter builds one rate limit. *ratelimit.Limits is the one to pass: the
// web app's limits and the emulator's then count in the same place (Redis
// when REDIS_URL is set, failing open) and are built the same way.
type Limiter interface {
	Handler(ratelimit.Config) fiber.Handler
}

// AppOptions configures the Fiber sub-app that serves the emulator inside a
// web app (demo mode mounts it at /local-descope).
type AppOptions struct {
	// ClientIP tells clients apart for the per-IP limits; default: the TCP peer.
	// Pass the app's trusted-proxy aware function.
	ClientIP func(*fiber.Ctx) string
	// Limits are the per-IP limits per kind of endpoint; nil: DefaultLimits.
	Limits map[LimitKind]Limit
	// RateLimits builds the limits; nil: counters in this process's memory.
	RateLimits Limiter
}

// App returns the emulator as a Fiber app to Mount. It has its own error
// handler (Descope's JSON envelope, which the browser SDK parses on every
// answer) and its own per-IP limits, counted on the emulator's canonical
// route: "//v1/auth/otp/verify/email", "/v1/auth/otp/verify/email/" and
// "/v1/auth/otp/verify/%65mail" all count against the same limit.
func (s *Server) App(opts AppOptions) *fiber.App {
	if opts.ClientIP == nil {
		opts.ClientIP = func(c *fiber.Ctx) string { return c.Context().RemoteIP().String() }
	}
	if opts.Limits == nil {
		opts.Limits = DefaultLimits
	}
	if opts.RateLimits == nil {
		opts.RateLimits = (*ratelimit.Limits)(nil) // memory
	}
	app := fiber.New(fiber.Config{
		ErrorHandler:          fiberError,
		DisableStartupMessage: true,
		// Used when the app is served on its own (cmd/localdescope); mounted,
		// the parent's server settings apply. Headers may carry a JWT twice.
		ReadBufferSize: 32 << 10,
		BodyLimit:      maxBodyBytes,
		ReadTimeout:    10 * time.Second,
		WriteTimeout:   30 * time.Second,
		IdleTimeout:    60 * time.Second,
	})
	var mount string // where the app is mounted; "" when served on its own
	app.Hooks().OnMount(func(*fiber.App) error { mount = app.MountPath(); return nil })
	app.Use(func(c *fiber.Ctx) error { return routeOf(c, mount) })
	for kind, l := range opts.Limits {
		app.Use(opts.RateLimits.Handler(ratelimit.Config{
			Name:         limitName(kind),
			Max:          l.Max,
			Window:       l.Window,
			Key:          opts.ClientIP,
			Next:         func(c *fiber.Ctx) bool { return limitKindOf(c) != kind },
			LimitReached: func(c *fiber.Ctx) error { return fiberError(c, fiber.NewError(fiber.StatusTooManyRequests, "")) },
		}))
	}
	// Built once: the adaptor's per-call constructor allocates.
	serve := fasthttpadaptor.NewFastHTTPHandler(s)
	app.All("/*", func(c *fiber.Ctx) error {
		// The web app's security headers are already set; ServeHTTP sets its
		// own nosniff, so the header is sent once.
		c.Response().Header.Del(fiber.HeaderXContentTypeOptions)
		serve(c.Context())
		return nil
	})
	return app
}

// routeKey carries the canonical route from the Fiber layer into ServeHTTP,
// so the limits and the dispatch can never disagree on which endpoint it is.
type routeKey struct{}

// routeOf decodes and canonicalises the path below the mount point, refusing
// what cannot be decoded (a bare 500 from the adaptor otherwise).
func routeOf(c *fiber.Ctx, mount string) error {
	if _, err := url.ParseRequestURI(string(c.Request().RequestURI())); err != nil {
		return fiberError(c, fiber.NewError(fiber.StatusBadRequest, "malformed request URI"))
	}
	rest := c.Path() // as sent: Fiber routed it case-insensitively
	if len(rest) >= len(mount) && strings.EqualFold(rest[:len(mount)], mount) {
		rest = rest[len(mount):]
	}
	decoded, err := url.PathUnescape(rest)
	if err != nil {
		return fiberError(c, fiber.NewError(fiber.StatusBadRequest, "malformed path escape"))
	}
	c.Context().SetUserValue(routeKey{}, canonicalPath(decoded))
	return c.Next()
}

// routePath is the canonical route of r: from the Fiber layer when mounted,
// else from its own URL (httptest servers in tests).
func routePath(r *http.Request) string {
	if p, ok := r.Context().Value(routeKey{}).(string); ok {
		return p
	}
	return canonicalPath(r.URL.Path)
}

func limitKindOf(c *fiber.Ctx) LimitKind {
	if c.Method() == fiber.MethodOptions {
		return ""
	}
	p, _ := c.Context().UserValue(routeKey{}).(string)
	return limitedRoutes[p]
}

// fiberError writes Descope's error envelope for what the Fiber layer refuses
// (limits, malformed paths, oversized bodies, panics), with the usual no-store.
// The emulator's own refusals call it directly: the parent app picks a mounted
// app's error handler by a case-sensitive prefix, and Fiber routes
// /LOCAL-DESCOPE/ here too.
func fiberError(c *fiber.Ctx, err error) error {
	status := fiber.StatusInternalServerError
	if fe, ok := err.(*fiber.Error); ok {
		status = fe.Code
	}
	e := &apiError{status: status, code: codeBadRequest, description: http.StatusText(status)}
	switch {
	case status == fiber.StatusTooManyRequests:
		e.code, e.description = codeRateLimited, "Rate limit exceeded"
	case status == fiber.StatusRequestEntityTooLarge:
		e = errTooLarge
	case status < 500:
		e.description = "Bad request"
		if fe, ok := err.(*fiber.Error); ok {
			e.message = fe.Message
		}
	default:
		e.description = "Internal emulator error"
	}
	c.Set(fiber.HeaderCacheControl, "no-store")
	return c.Status(status).JSON(errorBody{Code: e.code, Description: e.description, Message: e.message})
}
