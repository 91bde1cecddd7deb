package localdescope

import (
	"slices"
)

// rolePermissions is the demo project's role catalogue: the permissions each
// role grants, as Descope's console defines them per role.
var rolePermissions = map[string][]string{
	"admin":  {"billing:write"},
	"viewer": {},
}

const maxRolesPerCall = 20

var errRoleUnknown = errInvalid("unknown role name")

// handleMgmtRoles serves Management.User().AddTenantRoles / RemoveTenantRoles
// (and AddRoles / RemoveRoles without a tenant): POST
// /v2/mgmt/user/update/role/add and /v1/mgmt/user/update/role/remove with
// {"loginId": <login or user ID>, "tenantId": "", "roleNames": [...]}. It
// answers {"user": ...}; the user's next refresh carries the new roles.
func (s *Server) handleMgmtRoles(add bool) func(*call) (any, *apiError) {
	return func(c *call) (any, *apiError) {
		if apiErr := requireManagementKey(c); apiErr != nil {
			return nil, apiErr
		}
		var req struct {
			LoginID   string   `json:"loginId"`
			TenantID  string   `json:"tenantId"`
			RoleNames []string `json:"roleNames"`
		}
		if apiErr := c.decode(&req); apiErr != nil {
			return nil, apiErr
		}
		switch {
		case req.LoginID == "":
			return nil, errMissing("loginId")
		case len(req.RoleNames) == 0:
			return nil, errMissing("roleNames")
		case len(req.RoleNames) > maxRolesPerCall:
			return nil, errInvalid("too many roles")
		}
		for _, r := range req.RoleNames {
			if _, ok := rolePermissions[r]; !ok {
				return nil, errRoleUnknown
			}
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		rec := s.users.find(req.LoginID)
		if rec == nil {
			return nil, errMgmtUserNotFound
		}
		u := &rec.user
		if req.TenantID == "" {
			u.RoleNames = editRoles(u.RoleNames, req.RoleNames, add)
			u.Permissions = permissionsOf(u.RoleNames)
		} else {
			i := slices.IndexFunc(u.UserTenants, func(t UserTenant) bool { return t.TenantID == req.TenantID })
			if i < 0 {
				return nil, errNotInTenant
			}
			t := &u.UserTenants[i]
			t.RoleNames = editRoles(t.RoleNames, req.RoleNames, add)
			t.Permissions = permissionsOf(t.RoleNames)
		}
		s.log.Info("localdescope: roles changed", "userId", u.UserID, "tenant", req.TenantID, "add", add)
		return map[string]User{"user": u.clone()}, nil
	}
}

// editRoles adds or removes names, keeping the order and no duplicates.
func editRoles(have, names []string, add bool) []string {
	out := cloneStrings(have)
	for _, n := range names {
		i := slices.Index(out, n)
		switch {
		case add && i < 0:
			out = append(out, n)
		case !add && i >= 0:
			out = slices.Delete(out, i, i+1)
		}
	}
	return out
}

func permissionsOf(roles []string) []string {
	out := []string{}
	for _, r := range roles {
		for _, p := range rolePermissions[r] {
			if !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}
