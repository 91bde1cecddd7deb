package handlers

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

// The heading above #container follows the session and the outcome, in full
// pages and, as an <hx-partial>, in every fragment; the header's account
// menu follows it the same way.
func TestHeadingsFollowTheSession(t *testing.T) {
	a := newTestApp(t)
	user := a.descope.SessionToken(userID, time.Minute, nil)
	signedIn := map[string]string{"DS": user}
	tests := []struct {
		name    string
		req     request
		status  int
		want    []string
		notWant []string
	}{
		{"guest home page", request{path: "/"}, 200,
			[]string{`<h1 tabindex="-1">Sign in</h1>`, "data-sign-in-link", "<noscript>"}, []string{"data-account-menu role", "Welcome"}},
		{"signed-in home page", request{path: "/", cookies: signedIn}, 200,
			[]string{`<h1 tabindex="-1">Welcome, Test User</h1>`, `data-account-name>Test User</span>`, `hx-post="/logout"`, `href="/profile"`},
			[]string{"data-sign-in-link", ">Sign in</h1>"}},
		{"signed-in fragment carries header and heading", request{path: "/container", htmx: true, cookies: signedIn}, 200,
			[]string{`<hx-partial hx-target="#site-nav"`, `<hx-partial hx-target="#page-heading" hx-swap="innerHTML"><h1 tabindex="-1">Welcome, Test User</h1>`, "data-account-menu"},
			[]string{"<!doctype html>"}},
		{"guest fragment", request{path: "/container", htmx: true}, 401,
			[]string{`<hx-partial hx-target="#page-heading"`, ">Sign in</h1>", "data-sign-in-link"}, []string{"data-account-name"}},
		{"guest profile", request{path: "/profile"}, 200, []string{">Sign in to see your profile</h1>"}, []string{">Your profile</h1>"}},
		{"signed-in profile", request{path: "/profile", cookies: signedIn}, 200, []string{">Your profile</h1>"}, []string{"Sign in to see"}},
		{"404 page", request{path: "/nope"}, 404,
			// No route, no session read: the header claims neither state.
			[]string{">Page not found</h1>", `<a href="/" class="button">Go to the home page</a>`, "Reference: <code>"}, []string{"data-sign-in-link", "data-account-menu"}},
		{"404 fragment", request{path: "/nope", htmx: true}, 404,
			[]string{`<hx-partial hx-target="#page-heading"`, ">Page not found</h1>", "Reference: <code>"}, []string{"<!doctype html>"}},
		{"GET /logout offers the button", request{path: "/logout"}, 405,
			[]string{">Sign out with the button</h1>", `<button type="button" hx-post="/logout" hx-target="#container" data-sign-out>Sign out</button>`}, nil},
		{"403 names the problem in the heading", request{path: "/admin", cookies: map[string]string{"DS": a.descope.SessionToken(userID, time.Minute, map[string]any{"tenants": map[string]any{}})}}, 403,
			[]string{">You do not have access to this page</h1>", "data-missing"}, []string{">Admin</h1>"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := a.do(t, tc.req)
			if res.status != tc.status {
				t.Fatalf("status %d, want %d", res.status, tc.status)
			}
			res.hasAll(t, tc.want, tc.notWant)
			if strings.Count(res.body, "<h1") != 1 {
				t.Errorf("%d h1 elements, want 1", strings.Count(res.body, "<h1"))
			}
		})
	}
}

// A sign-out ends on the confirmation, with the guest's header, in the one response.
func TestSignOutConfirms(t *testing.T) {
	a := newTestApp(t)
	token, cookie := a.csrf(t)
	res := a.do(t, request{
		method: http.MethodPost, path: "/logout", htmx: true,
		cookies: map[string]string{"DS": a.descope.SessionToken(userID, time.Minute, nil), "csrf_": cookie},
		headers: map[string]string{"X-CSRF-Token": token},
	})
	for _, w := range []string{">You have signed out</h1>", loginMarker, "data-sign-in-link", `<hx-partial hx-target="#site-nav"`} {
		if !res.has(w) {
			t.Errorf("sign-out answer lacks %q", w)
		}
	}
	if res.has("data-account-name") {
		t.Error("the header still shows the account after sign-out")
	}
}

// LOG_LEVEL=debug says what happened to a sign-in (the test apps log at
// debug level): key fetches, token refusals and request refusals, each with
// a reason, and never the token itself.
func TestDebugLog(t *testing.T) {
	a := newTestApp(t)
	good := a.descope.SessionToken(userID, time.Minute, nil)
	expired := a.descope.SessionToken(userID, -time.Minute, nil)
	a.do(t, request{path: "/", cookies: map[string]string{"DS": good}})
	a.do(t, request{path: "/container", htmx: true, cookies: map[string]string{"DS": expired}})
	a.do(t, request{path: "/nope"})
	logs := a.logs.String()
	for _, want := range []string{
		`level=DEBUG msg="descope keys fetched"`,
		`level=DEBUG msg="session token refused" reason="expired token"`,
		`level=DEBUG msg="request refused"`,
	} {
		if !strings.Contains(logs, want) {
			t.Errorf("debug log lacks %s", want)
		}
	}
	for _, secret := range []string{good[:20], expired[len(expired)-20:], "eyJ"} {
		if strings.Contains(logs, secret) {
			t.Errorf("debug log holds token text %q", secret)
		}
	}
}
