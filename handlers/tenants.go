package handlers

import (
	"context"
	"time"

	"github.com/descope/go-sdk/descope"
	"github.com/gofiber/fiber/v2"

	"github.com/descope-htmx/descope-htmx/authz"
	"github.com/descope-htmx/descope-htmx/middleware"
)

// navView is the header: the nav entries this visitor may open, and the
// current tenant with the others to switch to.
type navView struct {
	Page     string
	SignedIn bool
	// Unread: no route matched, so the session was not read (by design:
	// unmatched paths never validate); the header claims neither state.
	Unread   bool
	CanAdmin bool
	Tenant   *tenantView  // the current tenant, nil for the project
	Others   []tenantView // switch targets, only for users in two or more
}

type tenantView struct {
	ID   string
	Name string // the ID when no name is known
}

// nav builds the header for v's session and page.
func (a *Application) nav(c *fiber.Ctx, v *view) navView {
	n := navView{Page: v.Page, SignedIn: v.Session != nil, Unread: v.page == &errorPage}
	if v.Session == nil {
		return n
	}
	sc := scopeOf(v)
	n.CanAdmin = sc.HasRole(adminRole)
	if sc.TenantID != "" {
		n.Tenant = &tenantView{ID: sc.TenantID, Name: a.tenantName(c, v, sc.TenantID)}
	}
	if len(v.Session.Tenants) >= 2 {
		for _, t := range v.Session.Tenants {
			if t.ID != sc.TenantID {
				n.Others = append(n.Others, tenantView{ID: t.ID, Name: a.tenantName(c, v, t.ID)})
			}
		}
	}
	return n
}

// tenantName: from the token where Descope puts it, else from the management
// API when there is one, else the ID.
func (a *Application) tenantName(c *fiber.Ctx, v *view, id string) string {
	if name := authz.TenantName(v.Session, id); name != "" {
		return name
	}
	if a.tenantNames != nil {
		ctx, cancel := context.WithTimeout(c.UserContext(), 2*time.Second)
		defer cancel()
		if name, err := a.tenantNames.get(ctx, id); err == nil && name != "" {
			return name
		}
		a.Logger.Warn("tenant name lookup failed; showing the ID", "request_id", middleware.RequestID(c), "tenant_id", id)
	}
	return id
}

// TenantLoader loads a tenant (the SDK's Management.Tenant()).
type TenantLoader interface {
	Load(ctx context.Context, id string) (*descope.Tenant, error)
}

// maxTenantNames bounds the tenant-name cache.
const maxTenantNames = 10_000

// newTenantNames caches tenant names for a few minutes: they rarely change
// and every header shows one.
func newTenantNames(l TenantLoader, ttl time.Duration) *ttlCache[string] {
	return newTTLCache(func(ctx context.Context, id string) (string, error) {
		t, err := l.Load(ctx, id)
		if err != nil {
			return "", err
		}
		return t.Name, nil
	}, ttl, maxTenantNames)
}
