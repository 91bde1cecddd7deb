package main

import (
	"context"
	"strings"
	"testing"
)

func TestRefusesDemoModeInProduction(t *testing.T) {
	err := run(context.Background(), func(k string) string { return map[string]string{"APP_ENV": "production"}[k] })
	if err == nil || !strings.Contains(err.Error(), "DESCOPE_PROJECT_ID") {
		t.Fatalf("err = %v", err)
	}
}

func TestDefaultDescopeAPI(t *testing.T) {
	for pid, want := range map[string]string{
		"P2abc":                            "https://api.descope.com",
		"Puse1ABCDEFGHIJKLMNOPQRSTUVWXYZ1": "https://api.use1.descope.com",
	} {
		if got := defaultDescopeAPI(pid); got != want {
			t.Errorf("defaultDescopeAPI(%q) = %q, want %q", pid, got, want)
		}
	}
}

func TestDescopeCSPNamesOnlyDescopeHosts(t *testing.T) {
	csp := descopeCSP("https://auth.example.com/some/prefix")
	if len(csp.Connect) != 2 || csp.Connect[0] != "https://auth.example.com" {
		t.Errorf("connect-src = %v; want the base URI's origin first", csp.Connect)
	}
	for _, list := range [][]string{csp.Connect, csp.Script, csp.Style, csp.Img, csp.Font} {
		for _, src := range list {
			if !strings.HasPrefix(src, "https://") || strings.Contains(src, "*") || src == "https://cdn.jsdelivr.net" {
				t.Errorf("unexpected CSP source %q", src)
			}
		}
	}
}

func TestHealthcheckFailsWithoutServer(t *testing.T) {
	if code := healthcheck("1"); code == 0 {
		t.Fatal("healthcheck passed with nothing listening")
	}
}
