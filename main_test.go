package main

import (
	"context"
	"net"
	"net/netip"
	"strings"
	"testing"

	"github.com/descope-htmx/descope-htmx/config"
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
	if code := healthcheck("", "1"); code == 0 {
		t.Fatal("healthcheck passed with nothing listening")
	}
}

// The kernel's view of the socket: demo mode on loopback only, production on
// every interface, HOST overriding both.
func TestListenAddress(t *testing.T) {
	cases := []struct {
		name string
		env  map[string]string
		want func(netip.Addr) bool
	}{
		{"demo", map[string]string{}, func(a netip.Addr) bool { return a == netip.MustParseAddr("127.0.0.1") }},
		{"demo with HOST", map[string]string{"HOST": "0.0.0.0"}, netip.Addr.IsUnspecified},
		{"production", map[string]string{"APP_ENV": "production", "DESCOPE_PROJECT_ID": "P1"}, netip.Addr.IsUnspecified},
		{"production with HOST", map[string]string{"APP_ENV": "production", "DESCOPE_PROJECT_ID": "P1", "HOST": "127.0.0.1"}, netip.Addr.IsLoopback},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tc.env["PORT"] = "1" // replaced below: only the host is under test
			cfg, err := config.Load(func(k string) string { return tc.env[k] })
			if err != nil {
				t.Fatal(err)
			}
			cfg.Port = freePort(t)
			ln, err := listen(cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer ln.Close()
			addr := netip.MustParseAddrPort(ln.Addr().String())
			if !tc.want(addr.Addr().Unmap()) || int(addr.Port()) != cfg.Port {
				t.Fatalf("listening on %s", addr)
			}
		})
	}
}

func freePort(t *testing.T) int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}
