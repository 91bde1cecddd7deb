package handlers

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

// An outage is not a sign-out: a refresh that Descope answers with 5xx, or
// not at all, gets the "temporarily unavailable" answer, and is not
// remembered; only a 4xx refusal shows the login, and is remembered.
func TestRefreshDuringOutageIsUnavailableNotSignedOut(t *testing.T) {
	cases := []struct {
		name  string
		fault func(a *testApp)
	}{
		{"500", func(a *testApp) { a.descope.SetStatus(http.StatusInternalServerError) }},
		{"502", func(a *testApp) { a.descope.SetStatus(http.StatusBadGateway) }},
		{"503", func(a *testApp) { a.descope.SetStatus(http.StatusServiceUnavailable) }},
		{"hang-up", func(a *testApp) { a.descope.SetDown(true) }},
		{"no answer", func(a *testApp) { a.descope.SetHang(true) }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := newTestApp(t)
			if err := a.keys.Refresh(t.Context()); err != nil {
				t.Fatal(err)
			}
			cookies := map[string]string{"DSR": a.descope.RefreshToken("U-outage", time.Hour)}
			tc.fault(a)
			for _, htmx := range []bool{true, false} {
				res := a.do(t, request{path: "/container", htmx: htmx, cookies: cookies})
				if res.status != http.StatusServiceUnavailable || res.header.Get("Retry-After") == "" ||
					!res.has("temporarily unavailable") || res.has("<descope-wc") {
					t.Fatalf("htmx=%v during the outage: %d %q %.200q", htmx, res.status, res.header.Get("Retry-After"), res.body)
				}
				if _, set := res.setCookies()["DS"]; set {
					t.Error("a DS cookie was set during the outage")
				}
			}
			a.descope.SetStatus(0)
			a.descope.SetDown(false)
			a.descope.SetHang(false)
			// Nothing of the outage was remembered: the next request refreshes.
			res := a.do(t, request{path: "/container", htmx: true, cookies: cookies})
			if res.status != http.StatusOK || !strings.Contains(res.setCookies()["DS"], "DS=") {
				t.Fatalf("after the outage: %d %.200q", res.status, res.body)
			}
		})
	}
}

func TestRefreshRefusalIsASignOutAndIsRemembered(t *testing.T) {
	a := newTestApp(t)
	cookies := map[string]string{"DSR": a.descope.RefreshToken("U-refused", time.Hour)}
	a.descope.SetStatus(http.StatusUnauthorized)
	res := a.do(t, request{path: "/container", htmx: true, cookies: cookies})
	if res.status != http.StatusUnauthorized || !res.has("<descope-wc") {
		t.Fatalf("refused refresh: %d %.200q", res.status, res.body)
	}
	a.descope.SetStatus(0)
	if res := a.do(t, request{path: "/container", htmx: true, cookies: cookies}); res.status != http.StatusUnauthorized {
		t.Fatalf("a refusal was not remembered: %d", res.status)
	}
}
