package config

import (
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/descope-htmx/descope-htmx/localdescope"
)

func load(env map[string]string) (Config, error) {
	return Load(func(k string) string { return env[k] })
}

func TestDefaultsAreDemoMode(t *testing.T) {
	c, err := load(nil)
	if err != nil {
		t.Fatal(err)
	}
	if !c.DemoMode() || c.Port != 3000 || c.FlowID != "sign-up-or-in" || c.SecureCookies || c.Production ||
		c.Demo.SessionTTL != 5*time.Minute || c.Demo.RefreshTTL != 720*time.Hour || len(c.TrustedProxies) != 0 ||
		c.Demo.TokenResponse != localdescope.TokenResponseJSON {
		t.Fatalf("defaults = %+v", c)
	}
}

func TestProductionNeedsAProject(t *testing.T) {
	if _, err := load(map[string]string{"APP_ENV": "production"}); !errors.Is(err, ErrDemoInProduction) {
		t.Fatalf("err = %v", err)
	}
	c, err := load(map[string]string{"APP_ENV": "production", "DESCOPE_PROJECT_ID": " P2abc ", "DESCOPE_BASE_URI": "https://auth.example.com/"})
	if err != nil {
		t.Fatal(err)
	}
	if c.DemoMode() || c.ProjectID != "P2abc" || c.BaseURI != "https://auth.example.com" || !c.SecureCookies {
		t.Fatalf("production config = %+v", c)
	}
}

func TestSelfHostedDescopeCDN(t *testing.T) {
	c, err := load(map[string]string{"DESCOPE_PROJECT_ID": "P2abc",
		"DESCOPE_STATIC_BASE_URL": "https://cdn.example.com/descope/pages/", "DESCOPE_CDN_BASE_URL": "https://cdn.example.com/"})
	if err != nil {
		t.Fatal(err)
	}
	if c.StaticBaseURL != "https://cdn.example.com/descope/pages" || c.CDNBaseURL != "https://cdn.example.com" {
		t.Fatalf("static %q, cdn %q", c.StaticBaseURL, c.CDNBaseURL)
	}
}

func TestInvalidValues(t *testing.T) {
	for name, env := range map[string]map[string]string{
		"port":          {"PORT": "http"},
		"port range":    {"PORT": "70000"},
		"app env":       {"APP_ENV": "staging"},
		"cookie secure": {"COOKIE_SECURE": "maybe"},
		"base uri":      {"DESCOPE_PROJECT_ID": "P1", "DESCOPE_BASE_URI": "auth.example.com"},
		"static url":    {"DESCOPE_PROJECT_ID": "P1", "DESCOPE_STATIC_BASE_URL": "/pages"},
		"cdn url":       {"DESCOPE_PROJECT_ID": "P1", "DESCOPE_CDN_BASE_URL": "javascript:alert(1)"},
		"session ttl":   {"LOCAL_DESCOPE_SESSION_TTL": "-5m"},
		"sub-second":    {"LOCAL_DESCOPE_SESSION_TTL": "500ms"},
		"project id":    {"DESCOPE_PROJECT_ID": "not a valid id!"},
		"short secret":  {"CSRF_SECRET": "too-short"},
		"proxy":         {"TRUSTED_PROXIES": "10.0.0.0/8, proxy.local"},
		"test env":      {"APP_ENV": "test"},
		"refresh ttl":   {"LOCAL_DESCOPE_REFRESH_TTL": "forever"},
		"token resp":    {"LOCAL_DESCOPE_TOKEN_RESPONSE": "cookie"},
	} {
		if _, err := load(env); err == nil {
			t.Errorf("%s: %v accepted", name, env)
		}
	}
}

func TestOverrides(t *testing.T) {
	c, err := load(map[string]string{
		"PORT": "8080", "COOKIE_SECURE": "true", "TRUSTED_PROXIES": "10.0.0.0/8, 127.0.0.1",
		"DESCOPE_FLOW_ID": "sign-in", "LOCAL_DESCOPE_SESSION_TTL": "30s", "LOCAL_DESCOPE_KEY_FILE": "/data/k.pem",
		"LOCAL_DESCOPE_TOKEN_RESPONSE": "cookies",
	})
	if err != nil {
		t.Fatal(err)
	}
	if c.Port != 8080 || !c.SecureCookies || len(c.TrustedProxies) != 2 || c.TrustedProxies[1] != "127.0.0.1" ||
		c.FlowID != "sign-in" || c.Demo.SessionTTL != 30*time.Second || c.Demo.KeyFile != "/data/k.pem" ||
		c.Demo.TokenResponse != localdescope.TokenResponseCookies {
		t.Fatalf("config = %+v", c)
	}
}

// Refusals that stop the app with one line naming the setting.
func TestRefusedSettingsNameThemselves(t *testing.T) {
	prod := func(extra map[string]string) map[string]string {
		env := map[string]string{"APP_ENV": "production", "DESCOPE_PROJECT_ID": "P1"}
		for k, v := range extra {
			env[k] = v
		}
		return env
	}
	cases := []struct {
		name, setting string
		env           map[string]string
	}{
		{"plain http base URI in production", "DESCOPE_BASE_URI", prod(map[string]string{"DESCOPE_BASE_URI": "http://auth.example.com"})},
		{"plain http to a LAN address", "DESCOPE_BASE_URI", prod(map[string]string{"DESCOPE_BASE_URI": "http://10.0.0.5:8080"})},
		{"unknown log level", "LOG_LEVEL", map[string]string{"LOG_LEVEL": "verbose"}},
		{"numeric log level", "LOG_LEVEL", map[string]string{"LOG_LEVEL": "info+2"}},
		{"public origin with a path", "PUBLIC_ORIGINS", map[string]string{"PUBLIC_ORIGINS": "https://demo.example.com/app"}},
		{"host with a slash", "HOST", map[string]string{"HOST": "0.0.0.0/0"}},
		{"session cache size", "SESSION_CACHE_MB", map[string]string{"SESSION_CACHE_MB": "lots"}},
		{"zero session cache", "SESSION_CACHE_MB", map[string]string{"SESSION_CACHE_MB": "0"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := load(tc.env)
			if err == nil || !strings.Contains(err.Error(), tc.setting) || strings.Contains(err.Error(), "\n") {
				t.Fatalf("err = %v; want one line naming %s", err, tc.setting)
			}
		})
	}
}

func TestAcceptedSecuritySettings(t *testing.T) {
	cases := []struct {
		name  string
		env   map[string]string
		check func(Config) bool
	}{
		{"http to loopback in production", map[string]string{"APP_ENV": "production", "DESCOPE_PROJECT_ID": "P1", "DESCOPE_BASE_URI": "http://127.0.0.1:8080"},
			func(c Config) bool { return c.BaseURI == "http://127.0.0.1:8080" && c.Host == "" }},
		{"http to localhost in production", map[string]string{"APP_ENV": "production", "DESCOPE_PROJECT_ID": "P1", "DESCOPE_BASE_URI": "http://localhost:8080"},
			func(c Config) bool { return c.BaseURI == "http://localhost:8080" }},
		{"http anywhere in development", map[string]string{"DESCOPE_PROJECT_ID": "P1", "DESCOPE_BASE_URI": "http://auth.lan"},
			func(c Config) bool { return c.BaseURI == "http://auth.lan" }},
		{"demo binds loopback", map[string]string{}, func(c Config) bool { return c.Host == "127.0.0.1" }},
		{"HOST overrides", map[string]string{"HOST": "0.0.0.0"}, func(c Config) bool { return c.Host == "0.0.0.0" }},
		{"log level any case", map[string]string{"LOG_LEVEL": "WARN"}, func(c Config) bool { return c.LogLevel == slog.LevelWarn }},
		{"demo on a LAN address allows that address", map[string]string{"HOST": "192.168.1.5", "PORT": "8080"},
			func(c Config) bool {
				return len(c.PublicOrigins) == 1 && c.PublicOrigins[0] == "http://192.168.1.5:8080"
			}},
		{"demo on all interfaces allows no more", map[string]string{"HOST": "0.0.0.0"}, func(c Config) bool { return len(c.PublicOrigins) == 0 }},
		{"session cache default", map[string]string{}, func(c Config) bool { return c.SessionCacheBytes == 24<<20 }},
		{"session cache set", map[string]string{"SESSION_CACHE_MB": "16"}, func(c Config) bool { return c.SessionCacheBytes == 16<<20 }},
		{"public origins", map[string]string{"PUBLIC_ORIGINS": "https://Demo.example.com/, http://box.lan:3000"},
			func(c Config) bool {
				return len(c.PublicOrigins) == 2 && c.PublicOrigins[0] == "https://demo.example.com" && c.PublicOrigins[1] == "http://box.lan:3000"
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, err := load(tc.env)
			if err != nil || !tc.check(c) {
				t.Fatalf("config = %+v, err = %v", c, err)
			}
		})
	}
}

func TestIsLoopbackHost(t *testing.T) {
	for host, want := range map[string]bool{
		"localhost": true, "LOCALHOST": true, "app.localhost": true, "127.0.0.1": true, "127.1.2.3": true,
		"[::1]": true, "::1": true,
		"localhost.evil.com": false, "10.0.0.1": false, "0.0.0.0": false, "evil.com": false, "": false, "[::]": false,
	} {
		if IsLoopbackHost(host) != want {
			t.Errorf("IsLoopbackHost(%q) = %v", host, !want)
		}
	}
}
