// Package config reads the app's settings from the environment, once, at start.
package config

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/netip"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/descope-htmx/descope-htmx/localdescope"
)

// Config is everything the app reads from its environment.
type Config struct {
	// ProjectID is the Descope project. Empty means demo mode.
	ProjectID string
	// BaseURI is a Descope custom domain or another API base (no trailing slash).
	// In demo mode it is empty and the app points both SDKs at its own /local-descope.
	BaseURI string
	// StaticBaseURL and CDNBaseURL, when set, are where <descope-wc> loads its
	// flow config/screens (base-static-url) and the UI library (base-cdn-url)
	// instead of Descope's CDNs: for teams that proxy or self-host them.
	StaticBaseURL string
	CDNBaseURL    string
	// FlowID is the Descope flow shown to guests.
	FlowID string
	// ManagementKey, when set, makes /profile load the full user record.
	ManagementKey string

	// Host is the address to listen on: 127.0.0.1 in demo mode (the emulator
	// hands out codes and accepts any management key), all interfaces in
	// production. HOST overrides either.
	Host       string
	Port       int
	Production bool
	// PublicOrigins are the origins (scheme://host[:port]) a demo may be
	// reached at besides loopback; any other Host header is refused in demo
	// mode, which stops DNS rebinding.
	PublicOrigins []string
	// SecureCookies marks the cookies the server sets (CSRF, cookie clearing) Secure,
	// and is passed to the browser SDK for the DS cookie it writes.
	SecureCookies bool
	// TrustedProxies lists the proxies whose X-Forwarded-* headers are believed.
	// Empty means none: the client IP is the TCP peer.
	TrustedProxies []string
	// CSRFSecret signs CSRF tokens; empty means a random key per process.
	CSRFSecret string
	// LogLevel is one of debug, info, warn, error.
	LogLevel slog.Level
	// SessionCacheBytes bounds what is kept per session (verified sessions
	// and content rendered once per session), by estimate.
	SessionCacheBytes int64
	// RedisURL, when set, keeps every rate limit's counters in Redis, shared by
	// all instances (redis://host:port/db, rediss:// for TLS). Empty: memory.
	RedisURL string

	// Demo holds the local Descope settings; used only when ProjectID is empty.
	Demo Demo
}

// Demo configures the local, Descope-compatible API served under /local-descope.
type Demo struct {
	SessionTTL time.Duration
	RefreshTTL time.Duration
	// KeyFile persists the signing key so demo sessions survive restarts.
	KeyFile string
	// TokenResponse is how the local Descope returns tokens: json (in the
	// body, Descope's default) or cookies (HttpOnly DS and DSR, Descope's
	// cookie mode on a custom domain). The app needs no setting of its own
	// for either: see SECURITY.md.
	TokenResponse localdescope.TokenResponse
}

// DemoMode reports whether the app runs against its own local Descope.
func (c Config) DemoMode() bool { return c.ProjectID == "" }

// ErrDemoInProduction is returned when production is asked for without a project.
var ErrDemoInProduction = errors.New("APP_ENV=production needs DESCOPE_PROJECT_ID: demo mode (local Descope) is not for production")

// Load reads the configuration through getenv (os.Getenv in main, a map in tests).
func Load(getenv func(string) string) (Config, error) {
	env := func(key, fallback string) string {
		if v := strings.TrimSpace(getenv(key)); v != "" {
			return v
		}
		return fallback
	}

	cfg := Config{
		ProjectID:     env("DESCOPE_PROJECT_ID", ""),
		BaseURI:       strings.TrimRight(env("DESCOPE_BASE_URI", ""), "/"),
		StaticBaseURL: strings.TrimRight(env("DESCOPE_STATIC_BASE_URL", ""), "/"),
		CDNBaseURL:    strings.TrimRight(env("DESCOPE_CDN_BASE_URL", ""), "/"),
		FlowID:        env("DESCOPE_FLOW_ID", "sign-up-or-in"),
		ManagementKey: env("DESCOPE_MANAGEMENT_KEY", ""),
		CSRFSecret:    env("CSRF_SECRET", ""),
	}
	if cfg.ProjectID != "" && !projectIDPattern.MatchString(cfg.ProjectID) {
		return Config{}, fmt.Errorf("DESCOPE_PROJECT_ID must be a Descope project ID (letters and digits), not %q", cfg.ProjectID)
	}
	if cfg.CSRFSecret != "" && len(cfg.CSRFSecret) < 32 {
		return Config{}, errors.New("CSRF_SECRET must be at least 32 characters")
	}

	switch appEnv := env("APP_ENV", "development"); appEnv {
	case "production":
		cfg.Production = true
	case "development":
	default:
		return Config{}, fmt.Errorf("APP_ENV must be development or production, not %q", appEnv)
	}
	if cfg.Production && cfg.DemoMode() {
		return Config{}, ErrDemoInProduction
	}

	var err error
	if cfg.LogLevel, err = logLevel(env("LOG_LEVEL", "info")); err != nil {
		return Config{}, err
	}
	mb, err := strconv.Atoi(env("SESSION_CACHE_MB", "32"))
	if err != nil || mb < 1 || mb > 1<<20 {
		return Config{}, fmt.Errorf("SESSION_CACHE_MB must be a whole number of megabytes (at least 1), not %q", getenv("SESSION_CACHE_MB"))
	}
	cfg.SessionCacheBytes = int64(mb) << 20
	cfg.Host = env("HOST", "")
	if cfg.Host == "" && cfg.DemoMode() {
		cfg.Host = "127.0.0.1"
	}
	if cfg.Host != "" && strings.ContainsAny(cfg.Host, " /") {
		return Config{}, fmt.Errorf("HOST must be an IP address or host name to listen on, not %q", cfg.Host)
	}
	if cfg.Port, err = strconv.Atoi(env("PORT", "3000")); err != nil || cfg.Port < 1 || cfg.Port > 65535 {
		return Config{}, fmt.Errorf("PORT must be a TCP port number, not %q", getenv("PORT"))
	}
	if cfg.SecureCookies, err = strconv.ParseBool(env("COOKIE_SECURE", strconv.FormatBool(cfg.Production))); err != nil {
		return Config{}, fmt.Errorf("COOKIE_SECURE must be true or false: %w", err)
	}
	for name, v := range map[string]string{
		"DESCOPE_BASE_URI": cfg.BaseURI, "DESCOPE_STATIC_BASE_URL": cfg.StaticBaseURL, "DESCOPE_CDN_BASE_URL": cfg.CDNBaseURL,
	} {
		if v == "" {
			continue
		}
		u, err := url.Parse(v)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return Config{}, fmt.Errorf("%s must be an absolute http(s) URL, not %q", name, v)
		}
		// Tokens, codes and the scripts that handle them would cross the
		// network in clear text.
		if cfg.Production && u.Scheme == "http" && !IsLoopbackHost(u.Hostname()) {
			return Config{}, fmt.Errorf("%s must use https in production (plain http only to loopback), not %q", name, v)
		}
	}
	for _, o := range strings.Split(env("PUBLIC_ORIGINS", ""), ",") {
		if o = strings.TrimRight(strings.TrimSpace(o), "/"); o == "" {
			continue
		}
		u, err := url.Parse(o)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.Path != "" {
			return Config{}, fmt.Errorf("PUBLIC_ORIGINS: %q is not an origin such as https://demo.example.com", o)
		}
		cfg.PublicOrigins = append(cfg.PublicOrigins, strings.ToLower(u.Scheme+"://"+u.Host))
	}
	// A demo told to listen on one specific address is reached at it, by
	// this process's own SDK calls too: that address is an origin of its own.
	if cfg.DemoMode() && cfg.Host != "" && !IsLoopbackHost(cfg.Host) {
		if ip, err := netip.ParseAddr(strings.Trim(cfg.Host, "[]")); err != nil || !ip.IsUnspecified() {
			cfg.PublicOrigins = append(cfg.PublicOrigins, "http://"+strings.ToLower(net.JoinHostPort(strings.Trim(cfg.Host, "[]"), strconv.Itoa(cfg.Port))))
		}
	}
	for _, p := range strings.Split(env("TRUSTED_PROXIES", ""), ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		if _, err := netip.ParsePrefix(p); err != nil {
			if _, err := netip.ParseAddr(p); err != nil {
				return Config{}, fmt.Errorf("TRUSTED_PROXIES: %q is neither an IP nor a CIDR", p)
			}
		}
		cfg.TrustedProxies = append(cfg.TrustedProxies, p)
	}

	if cfg.Demo.SessionTTL, err = duration(env("LOCAL_DESCOPE_SESSION_TTL", "5m")); err != nil {
		return Config{}, fmt.Errorf("LOCAL_DESCOPE_SESSION_TTL: %w", err)
	}
	if cfg.Demo.RefreshTTL, err = duration(env("LOCAL_DESCOPE_REFRESH_TTL", "720h")); err != nil {
		return Config{}, fmt.Errorf("LOCAL_DESCOPE_REFRESH_TTL: %w", err)
	}
	cfg.Demo.KeyFile = env("LOCAL_DESCOPE_KEY_FILE", "")
	if cfg.Demo.TokenResponse, err = localdescope.ParseTokenResponse(env("LOCAL_DESCOPE_TOKEN_RESPONSE", "json")); err != nil {
		return Config{}, fmt.Errorf("LOCAL_DESCOPE_TOKEN_RESPONSE: %w", err)
	}
	if cfg.RedisURL, err = redisURL(env("REDIS_URL", "")); err != nil {
		return Config{}, err
	}
	return cfg, nil
}

// logLevel accepts the four slog level names, in any case, and nothing else:
// a typo must not quietly log at another level.
func logLevel(s string) (slog.Level, error) {
	switch strings.ToLower(s) {
	case "debug":
		return slog.LevelDebug, nil
	case "info":
		return slog.LevelInfo, nil
	case "warn":
		return slog.LevelWarn, nil
	case "error":
		return slog.LevelError, nil
	}
	return 0, fmt.Errorf("LOG_LEVEL must be debug, info, warn or error, not %q", s)
}

// IsLoopbackHost reports whether host (no port, brackets allowed) names this
// machine: localhost, *.localhost, 127.0.0.0/8 or ::1.
func IsLoopbackHost(host string) bool {
	host = strings.ToLower(strings.TrimSuffix(strings.TrimPrefix(host, "["), "]"))
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.IsLoopback()
}

// projectIDPattern: Descope project IDs are letters and digits ("P2abc…").
var projectIDPattern = regexp.MustCompile(`^[A-Za-z0-9]{1,64}$`)

// duration parses a TTL; tokens carry whole seconds, so less than 1 s is refused.
func duration(s string) (time.Duration, error) {
	d, err := time.ParseDuration(s)
	if err != nil || d < time.Second {
		return 0, fmt.Errorf("want a Go duration of at least 1s, such as 5m, got %q", s)
	}
	return d, nil
}
