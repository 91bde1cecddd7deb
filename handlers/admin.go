package handlers

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/descope/go-sdk/descope"
	"github.com/gofiber/fiber/v2"

	"github.com/descope-htmx/descope-htmx/middleware"
)

// UserSearcher searches users (the SDK's Management.User()).
type UserSearcher interface {
	SearchAll(ctx context.Context, options *descope.UserSearchOptions) ([]*descope.UserResponse, int, error)
}

// Management is the part of Descope's management API the app uses. Set when
// DESCOPE_MANAGEMENT_KEY is (and in demo mode, against the local Descope).
type Management struct {
	Users   UserSearcher
	Tenants TenantLoader
	// Roles, when set, lets admins grant and revoke admin in their tenant.
	Roles TenantRoleEditor
}

// adminView is /admin's data.
type adminView struct {
	TenantID   string
	TenantName string
	// Configured is false without a management key: the page says what to set.
	Configured bool
	Users      []tenantMember
	Total      int
	Failed     bool // the management API did not answer
	Billing    bool // billing:write in the current tenant
}

// tenantMember is one row of the user list.
type tenantMember struct {
	ID    string
	RowID string // the row's DOM id (memberRowID)
	Path  string // the URL of their admin role (memberPath)
	Name  string
	Email string
	Roles []string // in the current tenant
	Admin bool     // holds admin in the current tenant
	Self  bool     // is the signed-in user
	// CanEdit: role changes are configured.
	CanEdit bool
}

// maxListedUsers bounds one page of the list.
const maxListedUsers = 100

// admin lists the current tenant's users. The route guarantees role admin in
// the current tenant.
func (a *Application) admin(c *fiber.Ctx) error {
	v := a.newView(c)
	v.Content = "partials/admin"
	sc := scopeOf(v)
	v.Admin = adminView{
		TenantID:   sc.TenantID,
		TenantName: a.tenantName(c, v, sc.TenantID),
		Configured: a.management != nil,
		Billing:    sc.HasPermission(billingPermission),
	}
	if a.management != nil && sc.TenantID != "" {
		ctx, cancel := context.WithTimeout(c.UserContext(), 3*time.Second)
		defer cancel()
		users, total, err := a.management.Users.SearchAll(ctx, &descope.UserSearchOptions{
			TenantIDs: []string{sc.TenantID}, Limit: maxListedUsers,
		})
		if err != nil {
			v.Admin.Failed = true
			a.Logger.Warn("tenant user search failed", "request_id", middleware.RequestID(c), "tenant_id", sc.TenantID)
		}
		v.Admin.Users, v.Admin.Total = tenantMembers(users, sc.TenantID, v.Session.UserID, a.management.Roles != nil), total
	}
	return a.render(c, fiber.StatusOK, v)
}

// tenantMembers lists users as members of tenantID; canEdit: roles can be
// changed (the management API offers role edits).
func tenantMembers(users []*descope.UserResponse, tenantID, selfID string, canEdit bool) []tenantMember {
	out := make([]tenantMember, 0, len(users))
	for _, u := range users {
		if u == nil {
			continue
		}
		m := tenantMember{ID: u.UserID, RowID: memberRowID(u.UserID), Path: memberPath(u.UserID),
			Name: u.Name, Email: u.Email, Self: u.UserID != "" && u.UserID == selfID, CanEdit: canEdit}
		for _, t := range u.UserTenants {
			if t != nil && t.TenantID == tenantID {
				m.Roles = slices.Clone(t.Roles)
			}
		}
		m.Admin = slices.Contains(m.Roles, adminRole)
		out = append(out, m)
	}
	slices.SortFunc(out, func(x, y tenantMember) int { return strings.Compare(x.Email, y.Email) })
	return out
}
