// Package authz decides what a validated session may do, per route: guards in
// Fiber's middleware style (RequireSession, RequireRole, RequirePermission)
// that answer with typed errors, and the tenant rule they share with views.
//
// # The tenant rule
//
// Roles and permissions are read in one scope, the session's current tenant:
//
//   - With a dct claim (the tenant the user selected), the scope is that
//     tenant: its entry in the tenants claim. Project-level roles do not count.
//     A token with dct and no tenants claim is what Descope issues when the
//     JWT template folds tenant roles into the top-level arrays; those arrays
//     are then the tenant's.
//   - Without dct, a user who belongs to exactly one tenant is in it.
//   - Otherwise (no tenants, or two or more and none selected) the scope is
//     the project: the top-level roles and permissions.
//
// # Adding a guard
//
// A guard reads the session through Config.Session, decides, and either calls
// c.Next() or returns one of the typed errors in errors.go for the app's
// error handler to render. RequireStepUp(maxAge) (issue 12) is one more such
// guard, chained after RequireRole on the route line, returning
// *StepUpRequiredError when the session's sign-in is older than maxAge.
//
// Unlike the SDK helpers this never panics on odd claims (GetTenants panics
// on a non-string dct) and an empty requirement is refused when the guard is
// built (ValidateRoles with no roles says yes).
package authz

import (
	"slices"

	"github.com/descope-htmx/descope-htmx/auth"
)

// Scope is where a session's roles and permissions apply.
type Scope struct {
	// TenantID is the current tenant, "" for the project.
	TenantID string
	// Selected is true when the tenant comes from dct, false when the user
	// is in it by being in no other.
	Selected    bool
	Roles       []string
	Permissions []string
}

// ScopeOf applies the tenant rule to s. It allocates nothing: the slices are
// the session's own (read-only, like the session).
func ScopeOf(s *auth.Session) Scope {
	if s == nil {
		return Scope{}
	}
	if dct := CurrentTenant(s); dct != "" {
		if t, ok := tenant(s, dct); ok {
			return Scope{TenantID: dct, Selected: true, Roles: t.Roles, Permissions: t.Permissions}
		}
		if len(s.Tenants) == 0 {
			return Scope{TenantID: dct, Selected: true, Roles: s.Roles, Permissions: s.Permissions}
		}
		// dct names a tenant the token gives no roles in: nothing is granted.
		return Scope{TenantID: dct, Selected: true}
	}
	if len(s.Tenants) == 1 {
		t := s.Tenants[0]
		return Scope{TenantID: t.ID, Roles: t.Roles, Permissions: t.Permissions}
	}
	return Scope{Roles: s.Roles, Permissions: s.Permissions}
}

// CurrentTenant is the dct claim when it is a non-empty string, else "".
func CurrentTenant(s *auth.Session) string {
	if s == nil || s.Token == nil {
		return ""
	}
	dct, _ := s.Token.Claims["dct"].(string)
	return dct
}

func tenant(s *auth.Session, id string) (auth.Tenant, bool) {
	// Tenants are sorted by ID (auth.NewSession).
	i, ok := slices.BinarySearchFunc(s.Tenants, id, func(t auth.Tenant, id string) int {
		switch {
		case t.ID < id:
			return -1
		case t.ID > id:
			return 1
		}
		return 0
	})
	if !ok {
		return auth.Tenant{}, false
	}
	return s.Tenants[i], true
}

// HasRole reports whether the scope holds every one of roles. No roles is false.
func (sc Scope) HasRole(roles ...string) bool { return containsAll(sc.Roles, roles) }

// HasPermission reports whether the scope holds every one of perms. None is false.
func (sc Scope) HasPermission(perms ...string) bool { return containsAll(sc.Permissions, perms) }

// missing returns the first of want not in have, or "".
func missing(have, want []string) string {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return w
		}
	}
	return ""
}

func containsAll(have, want []string) bool {
	return len(want) > 0 && missing(have, want) == ""
}

// TenantName is how the views name a tenant: the name the token carries
// (tenants.<id>.name or .tenantName, when the JWT template adds it), else "".
func TenantName(s *auth.Session, id string) string {
	if s == nil || s.Token == nil {
		return ""
	}
	tenants, _ := s.Token.Claims["tenants"].(map[string]any)
	claims, _ := tenants[id].(map[string]any)
	for _, key := range []string{"name", "tenantName"} {
		if name, _ := claims[key].(string); name != "" {
			return name
		}
	}
	return ""
}
