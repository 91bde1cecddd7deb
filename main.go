// Command descope-htmx is a server-rendered Go web app that signs users in
// with Descope and drives its pages with htmx.
//
//	descope-htmx              serve (demo mode with a local Descope unless DESCOPE_PROJECT_ID is set)
//	descope-htmx healthcheck  exit 0 if the local server's /healthz answers 200 (for Docker)
package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/descope/go-sdk/descope/client"
	"github.com/gofiber/fiber/v2"

	"github.com/descope-htmx/descope-htmx/assets"
	"github.com/descope-htmx/descope-htmx/auth"
	"github.com/descope-htmx/descope-htmx/config"
	"github.com/descope-htmx/descope-htmx/handlers"
	"github.com/descope-htmx/descope-htmx/localdescope"
	"github.com/descope-htmx/descope-htmx/ratelimit"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "healthcheck" {
		os.Exit(healthcheck(os.Getenv("PORT")))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Getenv); err != nil {
		fmt.Fprintln(os.Stderr, "descope-htmx: "+err.Error())
		os.Exit(1)
	}
}

// run serves until ctx is done (SIGTERM), then shuts down gracefully.
func run(ctx context.Context, getenv func(string) string) error {
	cfg, err := config.Load(getenv)
	if err != nil {
		return err
	}
	logger := newLogger(cfg)
	app, keys, err := newApplication(cfg, logger)
	if err != nil {
		return err
	}

	// Load the project's keys as soon as the server listens (in demo mode the
	// local Descope is this very server), so /readyz turns green early.
	app.Fiber.Hooks().OnListen(func(fiber.ListenData) error {
		go loadKeys(ctx, keys, logger)
		return nil
	})

	addr := ":" + strconv.Itoa(cfg.Port)
	logger.Info("listening", "addr", addr, "demo_mode", cfg.DemoMode())
	served := make(chan error, 1)
	go func() { served <- app.Fiber.Listen(addr) }()

	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down: not ready, draining connections")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	defer app.RateLimits.Close()
	return app.Shutdown(shutdownCtx)
}

// newApplication wires the Descope SDK, the session validator and, in demo
// mode, the local Descope into the web app.
func newApplication(cfg config.Config, logger *slog.Logger) (*handlers.Application, *auth.KeySet, error) {
	deps := handlers.Deps{Config: cfg, Logger: logger, ProjectID: cfg.ProjectID, BrowserBaseURL: cfg.BaseURI}
	serverBaseURL := cfg.BaseURI
	if cfg.DemoMode() {
		local, err := localdescope.New(localdescope.Options{
			SessionTTL: cfg.Demo.SessionTTL,
			RefreshTTL: cfg.Demo.RefreshTTL,
			KeyFile:    cfg.Demo.KeyFile,
			Logger:     logger.With("component", "local-descope"),
			LogCodes:   true, // demo only: the outbox line is the one place a code is logged
			SeedUsers:  true,
		})
		if err != nil {
			return nil, nil, fmt.Errorf("start local Descope: %w", err)
		}
		deps.LocalDescope, deps.ProjectID = local, local.ProjectID()
		deps.BrowserBaseURL = handlers.LocalDescopePath
		serverBaseURL = "http://127.0.0.1:" + strconv.Itoa(cfg.Port) + handlers.LocalDescopePath
		logger.Warn("demo mode: sign-in runs against the local Descope at " + handlers.LocalDescopePath +
			"; not for production. To use your Descope project, set DESCOPE_PROJECT_ID (and DESCOPE_BASE_URI for a custom domain).")
	}

	apiBase := serverBaseURL
	if apiBase == "" {
		apiBase = defaultDescopeAPI(deps.ProjectID)
	}
	keys := auth.NewKeySet(apiBase, deps.ProjectID, auth.KeySetOptions{Timeout: 3 * time.Second})
	managementKey := cfg.ManagementKey
	if cfg.DemoMode() {
		// The local Descope accepts any management key: demo mode always
		// has the management API (tenant names, /admin's user list).
		managementKey = "local-demo"
	}
	descopeClient, err := client.NewWithConfig(&client.Config{
		ProjectID:      deps.ProjectID,
		DescopeBaseURL: serverBaseURL,
		ManagementKey:  managementKey,
		DefaultClient:  keys, // bounded timeouts, throttled key fetches
	})
	if err != nil {
		return nil, nil, fmt.Errorf("failed to initialize Descope client: %w", err)
	}
	deps.Keys = keys
	deps.Descope = descopeClient.Auth
	deps.Validator = auth.NewValidator(descopeClient.Auth, deps.ProjectID, keys, auth.ValidatorOptions{})
	if cfg.ManagementKey != "" {
		deps.Users = descopeClient.Management.User()
	}
	if managementKey != "" {
		deps.Management = &handlers.Management{Users: descopeClient.Management.User(), Tenants: descopeClient.Management.Tenant()}
	}
	if !cfg.DemoMode() {
		deps.CSP = descopeCSP(apiBase)
	}
	if deps.Assets, err = assets.Load(); err != nil {
		return nil, nil, err
	}
	if deps.RateLimits, err = ratelimit.New(ratelimit.Options{RedisURL: cfg.RedisURL, Logger: logger}); err != nil {
		return nil, nil, err
	}
	app, err := handlers.New(deps)
	return app, keys, err
}

// defaultDescopeAPI mirrors the SDK's choice of API host when no base URL is
// configured: a regional host for 32+ character project IDs.
func defaultDescopeAPI(projectID string) string {
	if len(projectID) >= 32 {
		return "https://api." + projectID[1:5] + ".descope.com"
	}
	return "https://api.descope.com"
}

// descopeCSP lists what <descope-wc> needs beyond 'self': the API (or the
// custom domain), its static config and UI components, and the fonts of
// Descope's default theme.
func descopeCSP(apiBase string) handlers.CSPConfig {
	api := apiBase
	if u, err := url.Parse(apiBase); err == nil {
		api = u.Scheme + "://" + u.Host
	}
	const static, cdn = "https://static.descope.com", "https://descopecdn.com"
	return handlers.CSPConfig{
		Connect: []string{api, static},
		Script:  []string{cdn, static},
		Style:   []string{cdn, static, "https://fonts.googleapis.com"},
		Img:     []string{cdn, static},
		Font:    []string{cdn, "https://fonts.gstatic.com"},
	}
}

// loadKeys retries until the project's public keys are loaded.
func loadKeys(ctx context.Context, keys *auth.KeySet, logger *slog.Logger) {
	for delay := 500 * time.Millisecond; ; delay = min(2*delay, 30*time.Second) {
		if err := keys.Refresh(ctx); err == nil {
			logger.Info("descope public keys loaded; ready")
			return
		}
		logger.Warn("descope public keys not loaded yet", "reason", keys.LastFailure(), "retry_in", delay.String())
		select {
		case <-ctx.Done():
			return
		case <-time.After(delay):
		}
	}
}

func newLogger(cfg config.Config) *slog.Logger {
	var level slog.Level
	if err := level.UnmarshalText([]byte(cfg.LogLevel)); err != nil {
		level = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: level}
	if cfg.Production {
		return slog.New(slog.NewJSONHandler(os.Stdout, opts))
	}
	return slog.New(slog.NewTextHandler(os.Stdout, opts))
}

// healthcheck asks the running server's /healthz; the distroless image has no curl.
func healthcheck(port string) int {
	if port == "" {
		port = "3000"
	}
	c := http.Client{Timeout: 2 * time.Second}
	resp, err := c.Get("http://127.0.0.1:" + port + "/healthz")
	if err != nil {
		fmt.Fprintln(os.Stderr, "healthcheck:", errors.Unwrap(err))
		return 1
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		fmt.Fprintln(os.Stderr, "healthcheck: status", resp.StatusCode)
		return 1
	}
	return 0
}
