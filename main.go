// Command descope-htmx is a server-rendered Go web app that signs users in
// with Descope and drives its pages with htmx.
//
//	descope-htmx              serve (demo mode with a local Descope unless DESCOPE_PROJECT_ID is set)
//	descope-htmx healthcheck  exit 0 if the local server's /healthz answers 200 (for Docker)
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/descope/go-sdk/descope/api"
	"github.com/descope/go-sdk/descope/client"
	"github.com/gofiber/fiber/v2"

	"github.com/descope-htmx/descope-htmx/assets"
	"github.com/descope-htmx/descope-htmx/auth"
	"github.com/descope-htmx/descope-htmx/config"
	"github.com/descope-htmx/descope-htmx/handlers"
	"github.com/descope-htmx/descope-htmx/internal/deadline"
	"github.com/descope-htmx/descope-htmx/internal/drain"
	"github.com/descope-htmx/descope-htmx/internal/logbuf"
	"github.com/descope-htmx/descope-htmx/localdescope"
	"github.com/descope-htmx/descope-htmx/middleware"
	"github.com/descope-htmx/descope-htmx/ratelimit"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "healthcheck" {
		os.Exit(healthcheck(os.Getenv("HOST"), os.Getenv("PORT")))
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
	logger, logs := newLogger(cfg)
	defer logs.Close() // after the shutdown below: a clean stop loses no log line
	app, keys, err := newApplication(cfg, logger)
	if err != nil {
		return err
	}

	// Load the project's keys as soon as the server listens (in demo mode the
	// local Descope is this very server), so /readyz turns green early.
	app.Fiber.Hooks().OnListen(func(fiber.ListenData) error {
		go loadKeys(ctx, keys, logger)
		if !cfg.DemoMode() {
			// The login card shows the browser an error; this tells the operator why.
			go probeFlowConfig(ctx, flowConfigURL(cfg), cfg.FlowID, logger)
		}
		return nil
	})

	ln, err := listen(cfg)
	if err != nil {
		return err
	}
	logger.Info("listening", "addr", ln.Addr().String(), "demo_mode", cfg.DemoMode())
	served := make(chan error, 1)
	go func() { served <- app.Fiber.Listener(ln) }()

	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down: not ready, draining connections")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), drainLimit)
	defer cancel()
	defer app.RateLimits.Close()
	err = app.Shutdown(shutdownCtx)
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("shutdown: requests still in flight after %v", drainLimit)
	}
	return err
}

// newApplication wires the Descope SDK, the session validator and, in demo
// mode, the local Descope into the web app.
func newApplication(cfg config.Config, logger *slog.Logger) (*handlers.Application, *auth.KeySet, error) {
	deps := handlers.Deps{Config: cfg, Logger: logger, ProjectID: cfg.ProjectID, BrowserBaseURL: cfg.BaseURI}
	serverBaseURL := cfg.BaseURI
	rateLimits, err := ratelimit.New(ratelimit.Options{RedisURL: cfg.RedisURL, Logger: logger})
	if err != nil {
		return nil, nil, err
	}
	deps.RateLimits = rateLimits
	if cfg.DemoMode() {
		local, err := localdescope.New(localdescope.Options{
			SessionTTL: cfg.Demo.SessionTTL,
			RefreshTTL: cfg.Demo.RefreshTTL,
			KeyFile:    cfg.Demo.KeyFile,
			// Descope's cookie mode, when asked for: on this origin, like a custom domain.
			TokenResponse: cfg.Demo.TokenResponse,
			SecureCookies: cfg.SecureCookies,
			Logger:        logger.With("component", "local-descope"),
			LogCodes:      true, // demo only: the outbox line is the one place a code is logged
			SeedUsers:     true,
		})
		if err != nil {
			return nil, nil, fmt.Errorf("start local Descope: %w", err)
		}
		deps.ProjectID = local.ProjectID()
		deps.LocalDescope = local.App(localdescope.AppOptions{ClientIP: middleware.ClientIP(cfg.TrustedProxies), RateLimits: rateLimits})
		deps.BrowserBaseURL = handlers.LocalDescopePath
		serverBaseURL = "http://" + dialAddr(cfg.Host, cfg.Port) + handlers.LocalDescopePath
		logger.Warn("demo mode: sign-in runs against the local Descope at " + handlers.LocalDescopePath +
			"; not for production. To use your Descope project, set DESCOPE_PROJECT_ID (and DESCOPE_BASE_URI for a custom domain).")
	}

	apiBase := serverBaseURL
	if apiBase == "" {
		apiBase = defaultDescopeAPI(deps.ProjectID)
	}
	keys := auth.NewKeySet(apiBase, deps.ProjectID, auth.KeySetOptions{Timeout: 3 * time.Second, Logger: logger})
	managementKey := cfg.ManagementKey
	var sdkHTTP api.IHttpClient = keys // bounded timeouts, throttled key fetches
	if cfg.DemoMode() {
		// The local Descope accepts any management key: demo mode always
		// has the management API (tenant names, /admin's user list).
		managementKey = "local-demo"
		sdkHTTP = noLicenseHandshake{keys}
	}
	descopeClient, err := client.NewWithConfig(&client.Config{
		ProjectID:      deps.ProjectID,
		DescopeBaseURL: serverBaseURL,
		ManagementKey:  managementKey,
		DefaultClient:  sdkHTTP,
	})
	if err != nil {
		return nil, nil, fmt.Errorf("failed to initialize Descope client: %w", err)
	}
	deps.Keys = keys
	deps.Descope = descopeClient.Auth
	deps.Validator = auth.NewValidator(descopeClient.Auth, deps.ProjectID, keys, auth.ValidatorOptions{VerifiedBytes: cfg.SessionCacheBytes * 3 / 4, Logger: logger})
	if cfg.ManagementKey != "" {
		deps.Users = descopeClient.Management.User()
	}
	if managementKey != "" {
		deps.Management = &handlers.Management{Users: descopeClient.Management.User(), Tenants: descopeClient.Management.Tenant(), Roles: descopeClient.Management.User()}
	}
	if !cfg.DemoMode() {
		deps.CSP = descopeCSP(cfg, apiBase)
	}
	if deps.Assets, err = assets.Load(); err != nil {
		return nil, nil, err
	}
	app, err := handlers.New(deps)
	return app, keys, err
}

// noLicenseHandshake answers the SDK's management "license" call, made
// while the client is built, without the network: in demo mode the local
// Descope is this process and does not listen yet, and it has no rate-limit
// tier to announce. The SDK carries on without the tier header.
type noLicenseHandshake struct{ next api.IHttpClient }

var errNoLicenseHandshake = errors.New("demo mode: no license handshake with the local Descope")

func (h noLicenseHandshake) Do(req *http.Request) (*http.Response, error) {
	if strings.HasSuffix(req.URL.Path, "/v1/mgmt/license") {
		return nil, errNoLicenseHandshake
	}
	return h.next.Do(req)
}

// listen opens the server's socket on HOST:PORT ("tcp", not Fiber's default
// tcp4, so HOST may be an IPv6 address). Its connections move their
// deadlines in steps of deadlineSlack, not on every request, and closing it
// closes the connections no request has arrived on, so a shutdown need not
// wait out their read timeout.
func listen(cfg config.Config) (net.Listener, error) {
	ln, err := net.Listen("tcp", net.JoinHostPort(cfg.Host, strconv.Itoa(cfg.Port)))
	if err != nil {
		return nil, fmt.Errorf("listen on HOST=%q PORT=%d: %w", cfg.Host, cfg.Port, err)
	}
	return deadline.Coarse(drain.Wrap(ln), deadlineSlack), nil
}

// drainLimit bounds the graceful shutdown. It is under the 10 s that docker
// (and so compose) gives a container between SIGTERM and SIGKILL, so a slow
// client cannot get the process killed before it has flushed its log.
const drainLimit = 8 * time.Second

// deadlineSlack is how much later than configured a server timeout may fire.
const deadlineSlack = time.Second

// dialAddr is where this process reaches its own listener: loopback when it
// listens on every interface, else the address it listens on.
func dialAddr(host string, port int) string {
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	return net.JoinHostPort(host, strconv.Itoa(port))
}

// defaultDescopeAPI mirrors the SDK's choice of API host when no base URL is
// configured: a regional host for 32+ character project IDs.
func defaultDescopeAPI(projectID string) string {
	if len(projectID) >= 32 {
		return "https://api." + projectID[1:5] + ".descope.com"
	}
	return "https://api.descope.com"
}

// Descope's hosts for <descope-wc>, as the component picks them: the static
// config and screens from static.descope.com, else static2.descope.com; the
// UI library from descopecdn.com, static.descope.com, then jsDelivr. The
// jsDelivr fallback is allowed for Descope's npm scope only: the whole host
// would let injected markup load any npm package as a script.
const (
	descopeStatic     = "https://static.descope.com"
	descopeStatic2    = "https://static2.descope.com"
	descopeCDN        = "https://descopecdn.com"
	jsDelivrDescope   = "https://cdn.jsdelivr.net/npm/@descope/"
	googleFontsStyles = "https://fonts.googleapis.com"
	googleFontsFiles  = "https://fonts.gstatic.com"
)

// descopeCSP lists what <descope-wc> needs beyond 'self': the API (or the
// custom domain), its static config (DESCOPE_STATIC_BASE_URL or Descope's two
// static hosts), the UI library with its chunks and fonts
// (DESCOPE_CDN_BASE_URL or Descope's CDN and its fallbacks), and the fonts of
// Descope's default theme.
func descopeCSP(cfg config.Config, apiBase string) handlers.CSPConfig {
	static := []string{descopeStatic, descopeStatic2}
	if cfg.StaticBaseURL != "" {
		static = []string{originOf(cfg.StaticBaseURL)}
	}
	cdn := []string{descopeCDN, descopeStatic, jsDelivrDescope}
	if cfg.CDNBaseURL != "" {
		// The component falls back to Descope's CDNs only if this one fails;
		// a self-hosting team wants that failure visible, not silently served.
		cdn = []string{originOf(cfg.CDNBaseURL)}
	}
	withStatic := func(list []string) []string { return dedupe(append(append([]string{}, list...), static...)) }
	return handlers.CSPConfig{
		Connect: dedupe(append([]string{originOf(apiBase)}, static...)),
		Script:  cdn,
		Style:   append(withStatic(cdn), googleFontsStyles),
		Img:     withStatic(cdn),
		Font:    append(append([]string{}, cdn...), googleFontsFiles),
	}
}

func originOf(rawURL string) string {
	if u, err := url.Parse(rawURL); err == nil && u.Host != "" {
		return u.Scheme + "://" + u.Host
	}
	return rawURL
}

func dedupe(list []string) []string {
	seen := map[string]bool{}
	out := list[:0]
	for _, s := range list {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// flowConfigURL is the first config.json <descope-wc> asks for.
func flowConfigURL(cfg config.Config) string {
	root := descopeStatic + "/pages"
	switch {
	case cfg.StaticBaseURL != "":
		root = cfg.StaticBaseURL
	case cfg.BaseURI != "":
		root = cfg.BaseURI + "/pages"
	}
	return root + "/" + url.PathEscape(cfg.ProjectID) + "/v2-beta/config.json"
}

// probeFlowConfig fetches the flow config the browser will fetch and logs,
// once, whether the login can work: project or flow ID wrong, or Descope
// unreachable (retried with backoff, as the keys are).
func probeFlowConfig(ctx context.Context, configURL, flowID string, logger *slog.Logger) {
	client := &http.Client{Timeout: 5 * time.Second}
	for delay := time.Second; ; delay = min(2*delay, 5*time.Minute) {
		problem, retry := checkFlowConfig(ctx, client, configURL, flowID)
		switch {
		case problem == "":
			logger.Info("descope flow config loaded; the login can render", "flow_id", flowID)
			return
		case !retry:
			logger.Error("the login will not render: "+problem, "config_url", configURL, "flow_id", flowID)
			return
		}
		logger.Warn("the login cannot load yet: "+problem, "config_url", configURL, "retry_in", delay.String())
		select {
		case <-ctx.Done():
			return
		case <-time.After(delay):
		}
	}
}

// checkFlowConfig returns "" when configURL serves a config with flowID, else
// what is wrong and whether it may fix itself.
func checkFlowConfig(ctx context.Context, client *http.Client, configURL, flowID string) (problem string, retry bool) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, configURL, nil)
	if err != nil {
		return "bad config URL", false
	}
	resp, err := client.Do(req)
	if err != nil {
		return "Descope's flow config is unreachable (network)", true
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusForbidden || resp.StatusCode == http.StatusBadRequest:
		return "no flow config for this project: is DESCOPE_PROJECT_ID right? (status " + strconv.Itoa(resp.StatusCode) + ")", false
	case resp.StatusCode != http.StatusOK:
		return "Descope's flow config answered status " + strconv.Itoa(resp.StatusCode), true
	}
	var config struct {
		ComponentsVersion string                     `json:"componentsVersion"`
		Flows             map[string]json.RawMessage `json:"flows"`
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&config); err != nil {
		return "the flow config is not JSON", true
	}
	if _, ok := config.Flows[flowID]; !ok {
		return "the project has no flow with this ID: is DESCOPE_FLOW_ID right?", false
	}
	if config.ComponentsVersion == "" {
		return "the flow config names no UI components version", false
	}
	return "", false
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

// newLogger logs to stdout in batches (one write per batch, not per line;
// warnings and errors go out at once). Close the Writer to flush the rest.
func newLogger(cfg config.Config) (*slog.Logger, *logbuf.Writer) {
	out := logbuf.New(os.Stdout, logbuf.DefaultInterval, logbuf.DefaultSize)
	opts := &slog.HandlerOptions{Level: cfg.LogLevel}
	h := logbuf.NewTextHandler(out, opts)
	if cfg.Production {
		h = slog.NewJSONHandler(out, opts)
	}
	return slog.New(logbuf.FlushFrom(slog.LevelWarn, h, out)), out
}

// healthcheck asks the running server's /healthz; the distroless image has no curl.
func healthcheck(host, port string) int {
	p, err := strconv.Atoi(port)
	if err != nil {
		p = 3000
	}
	c := http.Client{Timeout: 2 * time.Second}
	resp, err := c.Get("http://" + dialAddr(host, p) + "/healthz")
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
