package config

import (
	"errors"
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
