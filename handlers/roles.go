package handlers

import (
	"context"
	"encoding/hex"
	"errors"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/descope/go-sdk/descope"
	"github.com/gofiber/fiber/v2"

	"github.com/descope-htmx/descope-htmx/middleware"
)

// TenantRoleEditor grants and revokes tenant roles (the SDK's
// Management.User()).
type TenantRoleEditor interface {
	AddTenantRoles(ctx context.Context, loginIDOrUserID, tenantID string, roles []string) (*descope.UserResponse, error)
	RemoveTenantRoles(ctx context.Context, loginIDOrUserID, tenantID string, roles []string) (*descope.UserResponse, error)
}

// roleChangeStepUp is how recent a step-up must be to change roles.
const roleChangeStepUp = 10 * time.Minute

// Outcomes of a role change that are not a new row.
var (
	problemSelfDemotion  = &problem{Title: "You cannot remove your own admin role", Detail: "Ask another admin of this tenant to do it, so the tenant is never left without one."}
	problemUserNotFound  = &problem{Title: "User not found", Detail: "There is no such user in this tenant. They may have been removed; reload the page."}
	problemNoTenant      = &problem{Title: "Select a tenant first", Detail: "Roles are changed in the current tenant, and none is selected."}
	problemRolesDisabled = &problem{Title: "Role changes are not configured", Detail: "Changing roles needs Descope's management API: set DESCOPE_MANAGEMENT_KEY."}
	problemRolesFailed   = &problem{Title: "The role was not changed", Detail: "Descope's management API did not answer. Try again in a moment.", Retry: true}
)

// changeAdmin grants (POST) or revokes (DELETE) the admin role of a user in
// the current tenant. The route guarantees admin there and a fresh step-up;
// this checks the target and answers with the user's new row.
func (a *Application) changeAdmin(grant bool) fiber.Handler {
	action := "revoke"
	if grant {
		action = "grant"
	}
	return func(c *fiber.Ctx) error {
		v := a.newView(c)
		sc := scopeOf(v)
		// Fiber leaves path parameters escaped; memberPath escaped the ID.
		target, err := url.PathUnescape(c.Params("userID"))
		if err != nil {
			target = strings.Clone(c.Params("userID"))
		}
		row := memberRowID(target)
		switch {
		case err != nil:
			return a.rowProblem(c, v, row, fiber.StatusNotFound, problemUserNotFound)
		case a.management == nil || a.management.Roles == nil:
			return a.rowProblem(c, v, row, fiber.StatusServiceUnavailable, problemRolesDisabled)
		case sc.TenantID == "":
			return a.rowProblem(c, v, row, fiber.StatusConflict, problemNoTenant)
		case !grant && target == v.Session.UserID:
			return a.rowProblem(c, v, row, fiber.StatusConflict, problemSelfDemotion)
		}
		ctx, cancel := context.WithTimeout(c.UserContext(), 3*time.Second)
		defer cancel()
		found, _, err := a.management.Users.SearchAll(ctx, &descope.UserSearchOptions{
			TenantIDs: []string{sc.TenantID}, UserIDs: []string{target}, Limit: 1,
		})
		if err != nil {
			a.Logger.Warn("role change: user search failed", "request_id", middleware.RequestID(c))
			return a.rowProblem(c, v, row, fiber.StatusBadGateway, problemRolesFailed)
		}
		if !slices.ContainsFunc(found, func(u *descope.UserResponse) bool { return u != nil && u.UserID == target }) {
			return a.rowProblem(c, v, row, fiber.StatusNotFound, problemUserNotFound)
		}
		edit := a.management.Roles.RemoveTenantRoles
		if grant {
			edit = a.management.Roles.AddTenantRoles
		}
		u, err := edit(ctx, target, sc.TenantID, []string{adminRole})
		switch {
		case errors.Is(err, descope.ErrManagementUserNotFound):
			return a.rowProblem(c, v, row, fiber.StatusNotFound, problemUserNotFound)
		case err != nil || u == nil:
			a.Logger.Warn("role change failed", "request_id", middleware.RequestID(c), "tenant_id", sc.TenantID)
			return a.rowProblem(c, v, row, fiber.StatusBadGateway, problemRolesFailed)
		}
		// The audit line: who changed what, where. IDs only, never tokens.
		a.Logger.Info("audit: role changed", "action", action, "role", adminRole,
			"actor", v.Session.UserID, "target", target, "tenant_id", sc.TenantID,
			"request_id", middleware.RequestID(c))
		if !wantsFragment(c) {
			// A plain form post (or API client) gets the updated list.
			return a.admin(c)
		}
		members := tenantMembers([]*descope.UserResponse{u}, sc.TenantID, v.Session.UserID, true)
		v.Content, v.Row = "partials/admin_row_update", &members[0]
		return a.render(c, fiber.StatusOK, v)
	}
}

// rowProblem answers in place of the row that asked: a row holding the
// problem, so the table stays a table.
func (a *Application) rowProblem(c *fiber.Ctx, v *view, rowID string, status int, p *problem) error {
	if !wantsFragment(c) {
		return a.refuse(c, status, p)
	}
	v.Content, v.Row, v.Problem = "partials/admin_row_update", &tenantMember{RowID: rowID}, p
	return a.render(c, status, v)
}

// memberRowID is the DOM id of a user's row: hex, so no user ID can make
// an odd selector or attribute.
func memberRowID(userID string) string { return "user-" + hex.EncodeToString([]byte(userID)) }

// memberPath is the URL of a user's admin role. The ID is path-escaped and
// the URL starts with "/", so it is safe in an hx-* attribute.
func memberPath(userID string) string { return "/admin/users/" + url.PathEscape(userID) + "/admin" }
