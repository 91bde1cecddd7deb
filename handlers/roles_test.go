package handlers

import (
	"context"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/descope/go-sdk/descope"

	"github.com/descope-htmx/descope-htmx/htmx"
	"github.com/descope-htmx/descope-htmx/internal/descopetest"
	"github.com/descope-htmx/descope-htmx/localdescope"
)

// roleDirectory is the management API with role edits (AddTenantRoles /
// RemoveTenantRoles), over demoDirectory's users given IDs.
type roleDirectory struct {
	*fakeManagement
	mu    sync.Mutex
	edits int
}

const viewerID = "U2viewer"

func newRoleDirectory() *roleDirectory {
	d := demoDirectory()
	for i, id := range []string{userID, viewerID, "U2gus"} {
		d.users[i].UserID = id
	}
	return &roleDirectory{fakeManagement: d}
}

func (d *roleDirectory) SearchAll(ctx context.Context, o *descope.UserSearchOptions) ([]*descope.UserResponse, int, error) {
	users, _, err := d.fakeManagement.SearchAll(ctx, o)
	if len(o.UserIDs) > 0 {
		users = slices.DeleteFunc(users, func(u *descope.UserResponse) bool { return !slices.Contains(o.UserIDs, u.UserID) })
	}
	return users, len(users), err
}

func (d *roleDirectory) edit(id, tenant string, roles []string, add bool) (*descope.UserResponse, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.edits++
	for _, u := range d.users {
		if u.UserID != id {
			continue
		}
		for _, t := range u.UserTenants {
			if t.TenantID == tenant {
				for _, r := range roles {
					if add && !slices.Contains(t.Roles, r) {
						t.Roles = append(t.Roles, r)
					} else if !add {
						t.Roles = slices.DeleteFunc(t.Roles, func(x string) bool { return x == r })
					}
				}
			}
		}
		return u, nil
	}
	return nil, descope.ErrManagementUserNotFound
}

func (d *roleDirectory) AddTenantRoles(_ context.Context, id, tenant string, roles []string) (*descope.UserResponse, error) {
	return d.edit(id, tenant, roles, true)
}

func (d *roleDirectory) RemoveTenantRoles(_ context.Context, id, tenant string, roles []string) (*descope.UserResponse, error) {
	return d.edit(id, tenant, roles, false)
}

func (d *roleDirectory) rolesOf(id, tenant string) []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, u := range d.users {
		for _, t := range u.UserTenants {
			if u.UserID == id && t.TenantID == tenant {
				return slices.Clone(t.Roles)
			}
		}
	}
	return nil
}

// stepUpClaims make a session token a step-up issued age ago.
func stepUpClaims(age time.Duration) descopetest.Claims {
	return descopetest.Claims{"su": true, "iat": time.Now().Add(-age).Unix()}
}

func withClaims(base, extra descopetest.Claims) descopetest.Claims {
	out := maps.Clone(base)
	maps.Copy(out, extra)
	return out
}

var adminAcmeClaims = adminClaims("T-acme")

// The guard dates a step-up by the session token's iat, and a session
// refreshed under a stepped-up refresh token is newer than the step-up: in
// the end the IdP's step-up expiration bounds the age (see
// authz.SteppedUpWithin). The demo's must not be longer than role changes
// allow; in production, Descope's setting is the operator's to match.
func TestDemoStepUpExpiresWithinTheRoleChangeBound(t *testing.T) {
	if localdescope.StepUpTTL > roleChangeStepUp {
		t.Fatalf("the local Descope keeps su for %v, role changes allow a step-up %v old", localdescope.StepUpTTL, roleChangeStepUp)
	}
}

func TestRoleChanges(t *testing.T) {
	for _, tc := range []struct {
		name      string
		method    string
		target    string
		subject   string
		claims    descopetest.Claims
		noCSRF    bool
		plain     bool // no HX-Request
		status    int
		want      []string // in the body
		roles     []string // the target's Acme roles afterwards
		retarget  string
		noMgmtHit bool
		before    func(*roleDirectory) // the directory as it is before the request
	}{
		{name: "ordinary session: step-up prompt", method: "POST", target: viewerID, subject: userID, claims: adminAcmeClaims,
			status: 401, want: []string{`<descope-wc theme="os" project-id=`, `flow-id="step-up"`, `data-step-up`, `hx-post="/admin/users/U2viewer/admin"`, `hx-get="/admin" hx-target="#container" data-step-up-cancel`},
			roles: []string{"viewer"}, retarget: "#" + memberRowID(viewerID), noMgmtHit: true},
		{name: "step-up too old", method: "POST", target: viewerID, subject: userID, claims: withClaims(adminAcmeClaims, stepUpClaims(11*time.Minute)),
			status: 401, want: []string{`flow-id="step-up"`}, roles: []string{"viewer"}, noMgmtHit: true},
		{name: "su false", method: "POST", target: viewerID, subject: userID, claims: withClaims(adminAcmeClaims, descopetest.Claims{"su": false}),
			status: 401, want: []string{`flow-id="step-up"`}, roles: []string{"viewer"}, noMgmtHit: true},
		{name: "fresh step-up: granted, row swapped", method: "POST", target: viewerID, subject: userID, claims: withClaims(adminAcmeClaims, stepUpClaims(time.Minute)),
			status: 200, want: []string{`id="` + memberRowID(viewerID) + `"`, "<code>admin</code>", `data-remove-admin`, `hx-delete="/admin/users/U2viewer/admin"`},
			roles: []string{"viewer", "admin"}},
		{name: "fresh step-up: revoked, row swapped", method: "DELETE", target: viewerID, subject: userID, claims: withClaims(adminAcmeClaims, stepUpClaims(time.Minute)),
			before: func(d *roleDirectory) { _, _ = d.edit(viewerID, "T-acme", []string{"admin"}, true) },
			status: 200, want: []string{`id="` + memberRowID(viewerID) + `"`, `data-make-admin`, `hx-post="/admin/users/U2viewer/admin"`},
			roles: []string{"viewer"}},
		{name: "fresh step-up: not in the tenant", method: "DELETE", target: "U2gus", subject: userID, claims: withClaims(adminAcmeClaims, stepUpClaims(time.Minute)),
			status: 404, want: []string{"User not found"}},
		{name: "viewer with a fresh step-up: 403, not step-up", method: "POST", target: viewerID, subject: viewerID, claims: withClaims(viewerAcmeClaims, stepUpClaims(time.Minute)),
			status: 403, want: []string{"role admin in tenant Acme"}, roles: []string{"viewer"}, noMgmtHit: true},
		{name: "CSRF missing", method: "POST", target: viewerID, subject: userID, claims: withClaims(adminAcmeClaims, stepUpClaims(time.Minute)), noCSRF: true,
			status: 403, want: []string{problemCSRF.Title}, roles: []string{"viewer"}, noMgmtHit: true},
		{name: "self-demotion", method: "DELETE", target: userID, subject: userID, claims: withClaims(adminAcmeClaims, stepUpClaims(time.Minute)),
			status: 409, want: []string{problemSelfDemotion.Title, `id="` + memberRowID(userID) + `"`}, noMgmtHit: true},
		{name: "unknown user", method: "POST", target: "U-nobody", subject: userID, claims: withClaims(adminAcmeClaims, stepUpClaims(time.Minute)),
			status: 404, want: []string{problemUserNotFound.Title}},
		{name: "plain post without htmx: the page with the prompt", method: "POST", target: viewerID, subject: userID, claims: adminAcmeClaims, plain: true,
			status: 401, want: []string{`flow-id="step-up"`, `<meta name="csrf-token"`}, roles: []string{"viewer"}, noMgmtHit: true},
		{name: "plain post with a fresh step-up: the updated list", method: "POST", target: viewerID, subject: userID, claims: withClaims(adminAcmeClaims, stepUpClaims(time.Minute)), plain: true,
			status: 200, want: []string{"data-user-list", "Remove admin"}, roles: []string{"viewer", "admin"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := newRoleDirectory()
			if tc.before != nil {
				tc.before(dir)
				dir.edits = 0
			}
			a := newTestApp(t, withManagement(&Management{Users: dir, Tenants: dir, Roles: dir}))
			token, cookie := a.csrf(t)
			session := a.descope.SessionToken(tc.subject, time.Hour, tc.claims)
			r := request{method: tc.method, path: memberPath(tc.target), htmx: !tc.plain,
				cookies: map[string]string{"DS": session, "csrf_": cookie},
				headers: map[string]string{"X-CSRF-Token": token, "HX-Target": "tr#" + memberRowID(tc.target)}}
			if tc.noCSRF {
				delete(r.headers, "X-CSRF-Token")
			}
			res := a.do(t, r)
			if res.status != tc.status {
				t.Fatalf("status %d, want %d: %s", res.status, tc.status, res.body)
			}
			res.hasAll(t, tc.want, nil)
			if tc.roles != nil && !slices.Equal(dir.rolesOf(viewerID, "T-acme"), tc.roles) {
				t.Errorf("viewer's Acme roles = %v, want %v", dir.rolesOf(viewerID, "T-acme"), tc.roles)
			}
			if tc.noMgmtHit && dir.edits != 0 {
				t.Error("the management API was called")
			}
			stepUp := res.header.Get(htmx.HeaderStepUp) == htmx.StepUpRequired
			if stepUp != (tc.status == 401) {
				t.Errorf("%s header = %q on a %d", htmx.HeaderStepUp, res.header.Get(htmx.HeaderStepUp), res.status)
			}
			if tc.retarget != "" && (res.header.Get("HX-Retarget") != tc.retarget || res.header.Get("HX-Reswap") != "outerHTML") {
				t.Errorf("retarget %q %q", res.header.Get("HX-Retarget"), res.header.Get("HX-Reswap"))
			}
			if tc.status == 200 && !tc.plain {
				line := a.logs.String()
				if !strings.Contains(line, "audit: role changed") || !strings.Contains(line, "actor="+userID) || !strings.Contains(line, "target="+viewerID) ||
					!strings.Contains(line, "tenant_id=T-acme") || !strings.Contains(line, "role=admin") || strings.Contains(line, session) {
					t.Errorf("audit line missing or leaks the token: %s", line)
				}
			}
		})
	}
}

// The prompt renders <descope-wc> exactly as the login does, flow aside.
func TestStepUpPromptReusesTheLoginComponent(t *testing.T) {
	dir := newRoleDirectory()
	a := newTestApp(t, withManagement(&Management{Users: dir, Tenants: dir, Roles: dir}))
	token, cookie := a.csrf(t)
	login := a.do(t, request{path: "/container", htmx: true})
	res := a.do(t, request{method: "POST", path: memberPath(viewerID), htmx: true,
		cookies: map[string]string{"DS": a.descope.SessionToken(userID, time.Hour, adminAcmeClaims), "csrf_": cookie},
		headers: map[string]string{"X-CSRF-Token": token, "HX-Target": `tr#"><script>`}})
	component := func(body string) string {
		i := strings.Index(body, "<descope-wc")
		if i < 0 {
			t.Fatalf("no component in %s", body)
		}
		return body[i : i+strings.Index(body[i:], "</descope-wc>")]
	}
	if got, want := component(res.body), strings.Replace(component(login.body), `flow-id="sign-up-or-in"`, `flow-id="step-up"`, 1); got != want {
		t.Errorf("step-up component\n%s\nlogin component\n%s", got, want)
	}
	// An odd HX-Target is not echoed: the prompt fills #container instead.
	if res.header.Get("HX-Retarget") != "#container" || strings.Contains(res.body, "<script>") {
		t.Errorf("HX-Retarget = %q", res.header.Get("HX-Retarget"))
	}
}

func TestRoleChangeRateLimits(t *testing.T) {
	dir := newRoleDirectory()
	a := newTestApp(t, withManagement(&Management{Users: dir, Tenants: dir, Roles: dir}))
	token, cookie := a.csrf(t)
	admin := a.descope.SessionToken(userID, time.Hour, withClaims(adminAcmeClaims, stepUpClaims(time.Minute)))
	change := func(session string) int {
		return a.do(t, request{method: "POST", path: memberPath(viewerID), htmx: true,
			cookies: map[string]string{"DS": session, "csrf_": cookie},
			headers: map[string]string{"X-CSRF-Token": token}}).status
	}
	for i := range RoleChangeUserLimit {
		if s := change(admin); s != 200 {
			t.Fatalf("change %d: %d", i+1, s)
		}
	}
	edits := dir.edits
	if s := change(admin); s != 429 || dir.edits != edits {
		t.Fatalf("over the per-admin limit: %d, %d more edits", s, dir.edits-edits)
	}
	// The per-IP limit counts refused attempts too (here: no session).
	for range RoleChangeIPLimit - RoleChangeUserLimit - 1 {
		if s := change(""); s != 401 {
			t.Fatalf("guest: %d", s)
		}
	}
	if s := change(""); s != 429 {
		t.Fatalf("over the per-IP limit: %d", s)
	}
}
