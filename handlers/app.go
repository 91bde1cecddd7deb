// Package handlers is the web layer: the Fiber app, its routes, and the
// handlers that render full pages or htmx fragments from the views.
package handlers

import (
	"context"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/descope/go-sdk/descope"
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/template/html/v2"

	"github.com/descope-htmx/descope-htmx/assets"
	"github.com/descope-htmx/descope-htmx/auth"
	"github.com/descope-htmx/descope-htmx/config"
	"github.com/descope-htmx/descope-htmx/htmx"
	"github.com/descope-htmx/descope-htmx/middleware"
	"github.com/descope-htmx/descope-htmx/ratelimit"
	"github.com/descope-htmx/descope-htmx/views"
)

// DescopeAuth is what the handlers ask of the Go SDK beyond validating
// sessions; sdk.Authentication satisfies it.
type DescopeAuth interface {
	LogoutWithToken(refreshToken string, w http.ResponseWriter) error
	LogoutAllWithToken(refreshToken string, w http.ResponseWriter) error
}

// UserLoader loads a full user record (the SDK's Management.User()).
type UserLoader interface {
	LoadByUserID(ctx context.Context, userID string) (*descope.UserResponse, error)
}

// KeyStatus reports whether the project's public keys are loaded.
type KeyStatus interface{ Loaded() bool }

// Deps are the application's dependencies, built once in main.
type Deps struct {
	Config config.Config
	// ProjectID is the project in effect: the configured one, or the demo one.
	ProjectID string
	// BrowserBaseURL is the API base given to the browser SDK and <descope-wc>
	// ("" for Descope's default, "/local-descope" in demo mode).
	BrowserBaseURL string
	Logger         *slog.Logger
	Validator      *auth.Validator
	Keys           KeyStatus
	Descope        DescopeAuth
	// Users is set when DESCOPE_MANAGEMENT_KEY is: /profile then shows the
	// full user record instead of the token's claims.
	Users UserLoader
	// Management, when set, lists tenant users on /admin and names tenants
	// the token does not name. main sets it with a management key, and in
	// demo mode (the local Descope accepts any key).
	Management *Management
	// LocalDescope is the demo-mode Descope API (localdescope.Server.App),
	// mounted at /local-descope.
	LocalDescope *fiber.App
	// CSP lists the extra origins the pages need (Descope's hosts in production).
	CSP    CSPConfig
	Assets *assets.Manifest
	// RateLimits builds every rate limit (nil: counters in memory).
	RateLimits *ratelimit.Limits
}

// Application holds the dependencies every handler shares.
type Application struct {
	Deps
	Fiber *fiber.App

	views           *html.Engine
	users           *userRecords
	rendered        *renderCache // content routes chose to render once per session
	management      *Management
	tenantNames     *ttlCache[string]
	securityHeaders func(*fiber.Ctx)   // for errors raised before the middleware
	proxies         middleware.Proxies // who may tell the request's scheme and host
	shuttingDown    atomic.Bool
}

// New parses the views and builds the Fiber app with its routes.
func New(d Deps) (*Application, error) {
	engine := html.NewFileSystem(http.FS(views.Files), ".html")
	engine.AddFuncMap(template.FuncMap{
		"asset":   d.Assets.URL,
		"rfc3339": func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
		"clock":   func(t time.Time) string { return t.UTC().Format("15:04:05 UTC, 2 Jan 2006") },
		// The event names the server, templates and page script share.
		"hxEvents": func() htmx.EventNames { return htmx.Events },
	})
	// Parse once, at start: a broken template stops the app here, not a visitor.
	if err := engine.Load(); err != nil {
		return nil, fmt.Errorf("parse views: %w", err)
	}
	proxies := middleware.TrustedProxies(d.Config.TrustedProxies)
	a := &Application{Deps: d, views: engine, proxies: proxies, securityHeaders: middleware.SecurityHeaderWriter(d.CSP, proxies), rendered: newRenderCache(defaultRenderSessions, d.Config.SessionCacheBytes/4)}
	if d.Users != nil {
		a.users = newUserRecords(d.Users, 30*time.Second, 1000)
	}
	if d.Management != nil && d.Management.Users != nil && d.Management.Tenants != nil {
		a.management = d.Management
		a.tenantNames = newTenantNames(d.Management.Tenants, 5*time.Minute)
	}
	a.Fiber = a.routes()
	return a, nil
}

// Ready reports whether the app can verify sessions and is not shutting down.
func (a *Application) Ready() bool { return a.Keys.Loaded() && !a.shuttingDown.Load() }

// Shutdown reports not-ready at once, then drains connections within ctx.
func (a *Application) Shutdown(ctx context.Context) error {
	a.shuttingDown.Store(true)
	return a.Fiber.ShutdownWithContext(ctx)
}
