package handlers

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestLogout(t *testing.T) {
	a := newTestApp(t)
	token, cookie := a.csrf(t)
	session := a.descope.SessionToken(userID, time.Minute, nil)
	refresh := a.descope.RefreshToken(userID, time.Hour)
	// Sign in from the DSR cookie first, so the app has a refresh to remember.
	if res := a.do(t, request{path: "/container", htmx: true, cookies: map[string]string{"DSR": refresh}}); !res.has(contentMarker) {
		t.Fatalf("DSR sign-in before logout: %d", res.status)
	}

	res := a.do(t, request{
		method: http.MethodPost, path: "/logout", htmx: true,
		cookies: map[string]string{"DS": session, "DSR": refresh, "csrf_": cookie},
		headers: map[string]string{"X-CSRF-Token": token, "Origin": "http://example.com", "Sec-Fetch-Site": "same-origin"},
	})
	if res.status != http.StatusOK || !res.has(loginMarker) || res.has(contentMarker) {
		t.Fatalf("status %d, login %v", res.status, res.has(loginMarker))
	}
	if res.header.Get("HX-Trigger") != "session-ended" {
		t.Errorf("HX-Trigger = %q", res.header.Get("HX-Trigger"))
	}
	cookies := res.setCookies()
	for _, name := range []string{"DS", "DSR"} {
		line := cookies[name]
		if !strings.HasPrefix(line, name+"=;") || !strings.Contains(line, "Max-Age=0") || !strings.Contains(line, "Path=/") {
			t.Errorf("%s not cleared: %q", name, line)
		}
	}
	if !a.descope.Revoked(refresh) {
		t.Error("the DSR refresh token was not revoked at Descope")
	}
	if res := a.do(t, request{path: "/container", htmx: true, cookies: map[string]string{"DSR": refresh}}); res.has(contentMarker) {
		t.Error("the logged-out DSR cookie still signs in")
	}
}

func TestLogoutWithoutHTMXRedirects(t *testing.T) {
	a := newTestApp(t)
	token, cookie := a.csrf(t)
	res := a.do(t, request{method: http.MethodPost, path: "/logout",
		cookies: map[string]string{"csrf_": cookie}, headers: map[string]string{"X-CSRF-Token": token}})
	if res.status != http.StatusSeeOther || res.header.Get("Location") != "/" || !strings.Contains(res.setCookies()["DS"], "Max-Age=0") {
		t.Fatalf("non-htmx logout: %d, Location %q", res.status, res.header.Get("Location"))
	}
}

func TestLogoutCSRF(t *testing.T) {
	a := newTestApp(t)
	token, cookie := a.csrf(t)
	refresh := a.descope.RefreshToken(userID, time.Hour)
	cases := map[string]request{
		"no token": {cookies: map[string]string{"csrf_": cookie}},
		"wrong token": {cookies: map[string]string{"csrf_": cookie},
			headers: map[string]string{"X-CSRF-Token": cookie[:len(cookie)-2] + "xx"}},
		"token without cookie": {headers: map[string]string{"X-CSRF-Token": token}},
		"cross-site fetch metadata": {cookies: map[string]string{"csrf_": cookie},
			headers: map[string]string{"X-CSRF-Token": token, "Sec-Fetch-Site": "cross-site"}},
		"foreign origin": {cookies: map[string]string{"csrf_": cookie},
			headers: map[string]string{"X-CSRF-Token": token, "Origin": "https://evil.example"}},
	}
	for name, r := range cases {
		t.Run(name, func(t *testing.T) {
			r.method, r.path, r.htmx = http.MethodPost, "/logout", true
			if r.cookies == nil {
				r.cookies = map[string]string{}
			}
			r.cookies["DSR"] = refresh
			res := a.do(t, r)
			if res.status != http.StatusForbidden || !res.has("refused") {
				t.Fatalf("status %d, body %.200q", res.status, res.body)
			}
			if _, cleared := res.setCookies()["DS"]; cleared {
				t.Error("a refused logout cleared cookies")
			}
			if a.descope.Revoked(refresh) {
				t.Error("a refused logout revoked the refresh token")
			}
		})
	}
}

func TestGetLogoutChangesNothing(t *testing.T) {
	a := newTestApp(t)
	refresh := a.descope.RefreshToken(userID, time.Hour)
	res := a.do(t, request{path: "/logout", cookies: map[string]string{"DSR": refresh}})
	if res.status != http.StatusMethodNotAllowed {
		t.Fatalf("GET /logout: status %d", res.status)
	}
	if len(res.header.Values("Set-Cookie")) > 0 && strings.Contains(strings.Join(res.header.Values("Set-Cookie"), ";"), "DSR=;") {
		t.Error("GET /logout cleared cookies")
	}
	if a.descope.Revoked(refresh) {
		t.Error("GET /logout revoked the refresh token")
	}
}

func TestLogoutRateLimited(t *testing.T) {
	a := newTestApp(t)
	var last response
	for i := 0; i < 12; i++ {
		last = a.do(t, request{method: http.MethodPost, path: "/logout", htmx: true})
	}
	if last.status != http.StatusTooManyRequests || last.header.Get("Retry-After") == "" || !last.has("Slow down") {
		t.Fatalf("12th logout: status %d, Retry-After %q", last.status, last.header.Get("Retry-After"))
	}
}
