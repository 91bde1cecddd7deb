package handlers

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

// Descope's cookie mode: the page script cannot read the session, so the
// server refreshes from the DSR cookie whenever the session it got is
// missing or expired, whatever the Authorization header says, and never
// when the session is valid. The DS it sets is HttpOnly.
func TestDSRRefreshRules(t *testing.T) {
	a := newTestApp(t)
	refresh := a.descope.RefreshToken(userID, time.Hour)
	valid := a.descope.SessionToken(userID, time.Minute, nil)
	expired := a.descope.SessionToken(userID, -time.Minute, nil)
	for _, tc := range []struct {
		name    string
		headers map[string]string
		cookies map[string]string
		refresh bool
	}{
		{"no session", nil, map[string]string{"DSR": refresh}, true},
		{"expired cookie", nil, map[string]string{"DS": expired, "DSR": refresh}, true},
		{"expired bearer", map[string]string{"Authorization": "Bearer " + expired}, map[string]string{"DSR": refresh}, true},
		{"expired bearer, valid cookie", map[string]string{"Authorization": "Bearer " + expired}, map[string]string{"DS": valid, "DSR": refresh}, true},
		{"valid bearer", map[string]string{"Authorization": "Bearer " + valid}, map[string]string{"DSR": refresh}, false},
		{"valid cookie", nil, map[string]string{"DS": valid, "DSR": refresh}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := a.calls.count("/v1/auth/refresh")
			res := a.do(t, request{path: "/container", htmx: true, headers: tc.headers, cookies: tc.cookies})
			if res.status != http.StatusOK || !res.has(contentMarker) {
				t.Fatalf("status %d, content %v", res.status, res.has(contentMarker))
			}
			refreshed := a.calls.count("/v1/auth/refresh") > before
			ds, set := res.setCookies()["DS"]
			// The validator remembers a refresh briefly, so a repeat needs no call:
			// the DS cookie is the sign of a server-side refresh.
			if set != tc.refresh || (refreshed && !tc.refresh) {
				t.Fatalf("refreshed: call %v, DS set %v; want %v", refreshed, set, tc.refresh)
			}
			if set && (!strings.HasPrefix(ds, "DS=eyJ") || !strings.Contains(ds, "HttpOnly") || !strings.Contains(ds, "SameSite=Strict")) {
				t.Errorf("DS cookie after a server-side refresh = %q, want HttpOnly and Strict", ds)
			}
		})
	}
}
