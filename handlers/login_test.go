package handlers

import (
	"net/http"
	"regexp"
	"testing"

	"github.com/descope-htmx/descope-htmx/config"
)

// withDemoMode also lists the test requests' hosts as public origins: demo
// mode refuses any other Host (DNS rebinding).
func withDemoMode() appOption {
	return func(c *config.Config, _ *Deps) {
		c.ProjectID = ""
		c.PublicOrigins = []string{"http://example.com", "https://demo.example.com"}
	}
}

// In demo mode <descope-wc> gets absolute URLs on the request's own origin
// (it resolves none itself); forwarded host and scheme count only from a
// trusted proxy. The page loads the vendored UI library itself.
func TestDemoLoginUsesAbsoluteSameOriginURLs(t *testing.T) {
	forwarded := map[string]string{"X-Forwarded-Host": "demo.example.com", "X-Forwarded-Proto": "https"}
	for _, tc := range []struct {
		name, trusted, origin string
	}{
		{"trusted proxy", "0.0.0.0/0", "https://demo.example.com"},
		{"untrusted peer", "10.9.9.9", "http://example.com"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := newTestApp(t, withDemoMode(), withTrustedProxy(tc.trusted))
			res := a.do(t, request{path: "/", headers: forwarded})
			if res.status != http.StatusOK {
				t.Fatalf("status %d", res.status)
			}
			ui := a.Assets.URL("vendor/web-components-ui/index.js")
			for _, want := range []string{
				`base-url="` + tc.origin + `/local-descope"`,
				`base-static-url="` + tc.origin + `/local-descope/pages"`,
				`base-cdn-url="` + tc.origin + ui + `"`,
				`<script src="` + ui + `"`,
				`href="/local-descope/emulator/outbox"`,
			} {
				if !res.has(want) {
					t.Errorf("demo login lacks %s", want)
				}
			}
			if regexp.MustCompile(`<input|<form`).MatchString(res.body) {
				t.Error("the demo page has a login form of its own besides <descope-wc>")
			}
		})
	}
}

// Production gets the configured static and UI library URLs, and no preload.
func TestProductionLoginUsesConfiguredDescopeURLs(t *testing.T) {
	a := newTestApp(t, withBaseURI("https://auth.example.com"), func(c *config.Config, _ *Deps) {
		c.StaticBaseURL, c.CDNBaseURL = "https://static.example.com/pages", "https://cdn.example.com"
	})
	res := a.do(t, request{path: "/"})
	if !res.has(`base-static-url="https://static.example.com/pages" base-cdn-url="https://cdn.example.com"`) {
		t.Errorf("login lacks the configured URLs: %.2000s", res.body)
	}
	if res.has(a.Assets.URL("vendor/web-components-ui/index.js")) {
		t.Error("production preloads the vendored UI library instead of the configured one")
	}
}
