package handlers

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/descope/go-sdk/descope"

	"github.com/descope-htmx/descope-htmx/internal/descopetest"
)

// fakeManagement is the management API: users by tenant, tenant names.
type fakeManagement struct {
	users   []*descope.UserResponse
	tenants map[string]string
	err     error
}

func (f *fakeManagement) SearchAll(_ context.Context, o *descope.UserSearchOptions) ([]*descope.UserResponse, int, error) {
	if f.err != nil {
		return nil, 0, f.err
	}
	var out []*descope.UserResponse
	for _, u := range f.users {
		if slices.ContainsFunc(u.UserTenants, func(t *descope.UserResponseAssociatedTenant) bool { return slices.Contains(o.TenantIDs, t.TenantID) }) {
			out = append(out, u)
		}
	}
	return out, len(out), nil
}

func (f *fakeManagement) Load(_ context.Context, id string) (*descope.Tenant, error) {
	if name, ok := f.tenants[id]; ok && f.err == nil {
		return &descope.Tenant{ID: id, Name: name}, nil
	}
	return nil, errors.New("tenant not found")
}

func member(name, email string, tenantRoles map[string][]string) *descope.UserResponse {
	u := &descope.UserResponse{User: descope.User{Name: name, Email: email}}
	for id, roles := range tenantRoles {
		u.UserTenants = append(u.UserTenants, &descope.UserResponseAssociatedTenant{AssociatedTenant: descope.AssociatedTenant{TenantID: id, Roles: roles}})
	}
	return u
}

func demoDirectory() *fakeManagement {
	return &fakeManagement{
		tenants: map[string]string{"T-acme": "Acme", "T-globex": "Globex"},
		users: []*descope.UserResponse{
			member("Ada Admin", "admin@example.com", map[string][]string{"T-acme": {"admin"}, "T-globex": {"viewer"}}),
			member("Victor <Viewer>", "viewer@example.com", map[string][]string{"T-acme": {"viewer"}}),
			member("Gus Globex", "gus@globex.example", map[string][]string{"T-globex": {"admin"}}),
		},
	}
}

func withDirectory(f *fakeManagement) appOption {
	return withManagement(&Management{Users: f, Tenants: f})
}

// Claims shaped as the local Descope issues them for the demo users.
func adminClaims(dct string) descopetest.Claims {
	return descopetest.Claims{
		"roles": []string{}, "permissions": []string{}, "dct": dct,
		"tenants": map[string]any{
			"T-acme":   map[string]any{"roles": []string{"admin"}, "permissions": []string{"billing:write"}},
			"T-globex": map[string]any{"roles": []string{"viewer"}, "permissions": []string{}},
		},
	}
}

var viewerAcmeClaims = descopetest.Claims{
	"roles": []string{}, "permissions": []string{}, "dct": "T-acme",
	"tenants": map[string]any{"T-acme": map[string]any{"roles": []string{"viewer"}}},
}

func adminIn(a *testApp, dct string) string {
	return a.descope.SessionToken(userID, time.Hour, adminClaims(dct))
}

func viewerInAcme(a *testApp) string {
	return a.descope.SessionToken("U2viewer", time.Hour, viewerAcmeClaims)
}

// Unmatched paths, 404s and 405s never read the session: no validation, no
// refresh at Descope, no DS cookie.
func TestUnmatchedRoutesLeaveTheSessionAlone(t *testing.T) {
	a := newTestApp(t)
	refresh := a.descope.RefreshToken(userID, time.Hour)
	expired := a.descope.SessionToken(userID, -time.Minute, nil)
	for _, r := range []request{
		{path: "/no-such-page"},
		{path: "/no-such-page", htmx: true},
		{path: "/logout"},                   // 405: logout is POST only
		{method: http.MethodPut, path: "/"}, // 405
		{path: "/container/extra"},
		{path: "/assets/missing.js"},
	} {
		t.Run(r.method+" "+r.path, func(t *testing.T) {
			r.cookies = map[string]string{"DSR": refresh, "DS": expired}
			before := a.calls.count("/v1/auth/refresh")
			res := a.do(t, r)
			if res.status < 400 {
				t.Fatalf("status %d", res.status)
			}
			if _, set := res.setCookies()["DS"]; set {
				t.Error("an unmatched request set a DS cookie")
			}
			if n := a.calls.count("/v1/auth/refresh") - before; n != 0 {
				t.Errorf("an unmatched request refreshed at Descope %d times", n)
			}
		})
	}
	// The same cookies on a page route do refresh: the test above can fail.
	res := a.do(t, request{path: "/", cookies: map[string]string{"DSR": refresh}})
	if _, set := res.setCookies()["DS"]; !set || a.calls.count("/v1/auth/refresh") == 0 {
		t.Fatal("control: GET / with a DSR cookie did not refresh")
	}
}

func TestAdminPage(t *testing.T) {
	dir := demoDirectory()
	a := newTestApp(t, withDirectory(dir))
	noMgmt := newTestApp(t)
	failing := newTestApp(t, withDirectory(&fakeManagement{err: errors.New("down")}))
	for _, tc := range []struct {
		name    string
		app     *testApp
		token   func(*testApp) string
		htmx    bool
		status  int
		want    []string
		wantNot []string
	}{
		{"guest htmx: 401 and the login", a, nil, true, http.StatusUnauthorized,
			[]string{loginMarker, `hx-target="#site-nav"`}, []string{"data-user-list", "<!doctype html>"}},
		{"guest browser: the login page", a, nil, false, http.StatusOK,
			[]string{"<!doctype html>", loginMarker, `hx-get="/admin"`}, []string{"data-user-list"}},
		{"viewer htmx: 403 fragment naming the role", a, viewerInAcme, true, http.StatusForbidden,
			[]string{`data-missing>Missing: role admin in tenant Acme.`, `data-session="user"`}, []string{"data-user-list", "viewer@example.com", "<!doctype html>", `data-nav="admin"`}},
		{"viewer browser: full 403 page", a, viewerInAcme, false, http.StatusForbidden,
			[]string{"<!doctype html>", "role admin in tenant Acme", `hx-get="/admin"`}, []string{"data-user-list", `data-nav="admin"`}},
		{"admin in Globex: refused", a, func(a *testApp) string { return adminIn(a, "T-globex") }, true, http.StatusForbidden,
			[]string{"role admin in tenant Globex"}, []string{"data-user-list", `data-nav="admin"`}},
		{"admin in Acme: the tenant's users", a, func(a *testApp) string { return adminIn(a, "T-acme") }, false, http.StatusOK,
			[]string{"data-user-list", "Users of Acme", "viewer@example.com", "Victor &lt;Viewer&gt;", "<td><code>viewer</code></td>", "admin@example.com", "data-billing", `data-nav="admin"`, `aria-current="page">Admin`},
			[]string{"gus@globex.example", "data-admin-unconfigured"}},
		{"admin without a management key: what to configure", noMgmt, func(a *testApp) string { return adminIn(a, "T-acme") }, true, http.StatusOK,
			[]string{"data-admin-unconfigured", "DESCOPE_MANAGEMENT_KEY"}, []string{"data-user-list"}},
		{"management API down: said so", failing, func(a *testApp) string { return adminIn(a, "T-acme") }, true, http.StatusOK,
			[]string{"did not answer"}, []string{"data-user-list"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := request{path: "/admin", htmx: tc.htmx}
			if tc.token != nil {
				r.cookies = map[string]string{"DS": tc.token(tc.app)}
			}
			res := tc.app.do(t, r)
			if res.status != tc.status {
				t.Fatalf("status %d, want %d: %.300s", res.status, tc.status, res.body)
			}
			res.hasAll(t, tc.want, tc.wantNot)
			if tc.htmx && tc.status >= 400 && res.header.Get("HX-Retarget") != "#container" {
				t.Errorf("HX-Retarget = %q", res.header.Get("HX-Retarget"))
			}
		})
	}
	t.Run("billing card needs billing:write in the current tenant", func(t *testing.T) {
		token := a.descope.SessionToken(userID, time.Hour, descopetest.Claims{
			"dct": "T-globex", "tenants": map[string]any{"T-globex": map[string]any{"roles": []string{"admin"}}, "T-acme": map[string]any{"roles": []string{"admin"}, "permissions": []string{"billing:write"}}},
		})
		res := a.do(t, request{path: "/admin", htmx: true, cookies: map[string]string{"DS": token}})
		if res.status != http.StatusOK || res.has("data-billing") || !res.has("gus@globex.example") {
			t.Errorf("status %d, billing card shown %v", res.status, res.has("data-billing"))
		}
	})
	t.Run("descope unreachable: 503 with Retry-After", func(t *testing.T) {
		down := newTestApp(t)
		token := adminIn(down, "T-acme")
		down.descope.SetDown(true) // no keys loaded yet, so nothing can be verified
		res := down.do(t, request{path: "/admin", htmx: true, cookies: map[string]string{"DS": token}})
		if res.status != http.StatusServiceUnavailable || res.header.Get("Retry-After") == "" || res.has("data-user-list") {
			t.Errorf("status %d, Retry-After %q", res.status, res.header.Get("Retry-After"))
		}
	})
}

// The header names the current tenant, offers the others, and follows a
// switch (a new token with another dct) on the next fragment.
func TestTenantHeaderAndSwitch(t *testing.T) {
	a := newTestApp(t, withDirectory(demoDirectory()))
	acme := a.do(t, request{path: "/container", htmx: true, cookies: map[string]string{"DS": adminIn(a, "T-acme")}})
	globex := a.do(t, request{path: "/container", htmx: true, cookies: map[string]string{"DS": adminIn(a, "T-globex")}})
	for name, tc := range map[string]struct {
		res            response
		current, other string
		admin          bool
	}{
		"acme":   {acme, `data-current-tenant="T-acme">Acme</strong>`, `data-select-tenant="T-globex">Switch to Globex`, true},
		"globex": {globex, `data-current-tenant="T-globex">Globex</strong>`, `data-select-tenant="T-acme">Switch to Acme`, false},
	} {
		if tc.res.status != http.StatusOK || !tc.res.has(tc.current) || !tc.res.has(tc.other) {
			t.Errorf("%s: status %d, header %v, switcher %v", name, tc.res.status, tc.res.has(tc.current), tc.res.has(tc.other))
		}
		// The nav comes with the fragment, to replace the header's.
		if !tc.res.has(`<hx-partial hx-target="#site-nav" hx-swap="innerHTML">`) || tc.res.has(`data-nav="admin"`) != tc.admin {
			t.Errorf("%s: nav update missing or Admin entry = %v", name, !tc.admin)
		}
	}
	t.Run("one tenant: named, no switcher", func(t *testing.T) {
		res := a.do(t, request{path: "/", cookies: map[string]string{"DS": viewerInAcme(a)}})
		if !res.has(`data-current-tenant="T-acme">Acme`) || res.has(`data-select-tenant="`) {
			t.Error("single-tenant header wrong")
		}
	})
	t.Run("names: token, else management API, else the ID", func(t *testing.T) {
		bare := newTestApp(t)
		named := bare.descope.SessionToken(userID, time.Hour, descopetest.Claims{"dct": "T-x",
			"tenants": map[string]any{"T-x": map[string]any{"name": "Xylophone Inc"}, "T-y": map[string]any{}}})
		if res := bare.do(t, request{path: "/container", htmx: true, cookies: map[string]string{"DS": named}}); !res.has(`data-current-tenant="T-x">Xylophone Inc<`) || !res.has("Switch to T-y<") {
			t.Errorf("token name / ID fallback wrong: %.600s", res.body)
		}
		if res := a.do(t, request{path: "/container", htmx: true, cookies: map[string]string{"DS": adminIn(a, "T-globex")}}); !res.has(">Globex<") {
			t.Error("management API name not used")
		}
	})
}

// A guest's fragment carries the guest nav, so signing out clears the header.
func TestGuestFragmentCarriesGuestNav(t *testing.T) {
	a := newTestApp(t)
	res := a.do(t, request{path: "/container", htmx: true})
	if res.status != http.StatusUnauthorized || !res.has(`hx-target="#site-nav"`) || res.has("data-tenant-bar") || strings.Contains(res.body, `data-nav="admin"`) {
		t.Errorf("status %d: %.400s", res.status, res.body)
	}
}
