package handlers

import (
	"net/http"
	"strings"
	"testing"
)

func TestLogoutAll(t *testing.T) {
	a := newTestApp(t)
	token, cookie := a.csrf(t)
	for _, tc := range []struct {
		name    string
		headers map[string]string
		status  int
	}{
		{"CSRF missing", nil, http.StatusForbidden},
		{"CSRF wrong", map[string]string{"X-CSRF-Token": "x" + token}, http.StatusForbidden},
		// The browser holds the refresh token: the page's logoutAll() revokes it.
		{"browser-held session", map[string]string{"X-CSRF-Token": token}, http.StatusOK},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := a.do(t, request{method: http.MethodPost, path: "/logout/all", htmx: true,
				cookies: map[string]string{"csrf_": cookie}, headers: tc.headers})
			if res.status != tc.status {
				t.Fatalf("status %d, want %d", res.status, tc.status)
			}
			trigger := res.header.Get("HX-Trigger")
			if ok := tc.status == http.StatusOK; ok != (trigger == "session-ended-everywhere") || (ok && !res.has(loginMarker)) {
				t.Errorf("HX-Trigger %q, login %v", trigger, res.has(loginMarker))
			}
			if ok := tc.status == http.StatusOK; ok != strings.Contains(res.setCookies()["DS"], "Max-Age=0") {
				t.Errorf("DS cleared: %v", !ok)
			}
		})
	}
	if n := a.calls.count("/v1/auth/logoutall"); n != 0 {
		t.Errorf("without a DSR cookie the server called logoutall %d times", n)
	}
}
