package localdescope

import (
	"net/http"
	"slices"
	"sort"
)

// Demo tenants, seeded with the demo users (Options.SeedUsers).
const (
	GlobexTenantID = "T-globex"
	globexTenant   = "Globex"
)

// demoTenants names every seeded tenant, by ID.
var demoTenants = map[string]string{DemoTenantID: demoTenant, GlobexTenantID: globexTenant}

// tenantRecord is the management API's tenant object (descope.Tenant).
type tenantRecord struct {
	ID                      string         `json:"id"`
	Name                    string         `json:"name"`
	SelfProvisioningDomains []string       `json:"selfProvisioningDomains"`
	CustomAttributes        map[string]any `json:"customAttributes"`
}

var (
	errNotInTenant   = &apiError{status: http.StatusBadRequest, code: codeValidation, description: "Invalid tenant", message: "the user is not a member of this tenant"}
	errTenantUnknown = &apiError{status: http.StatusBadRequest, code: codeTenantNotFound, description: "Tenant not found"}
)

// codeTenantNotFound is an emulator choice: the real code is not published.
const codeTenantNotFound = "E112201"

// memberOf reports whether u belongs to tenantID.
func (u *User) memberOf(tenantID string) bool {
	return slices.ContainsFunc(u.UserTenants, func(t UserTenant) bool { return t.TenantID == tenantID })
}

// defaultTenant is the tenant a fresh sign-in starts in: the user's first,
// as a Descope flow with a tenant-selection step preselects it ("" for users
// in none). The app's rules do not depend on it; see authz.
func (u *User) defaultTenant() string {
	if len(u.UserTenants) == 0 {
		return ""
	}
	return u.UserTenants[0].TenantID
}

// handleSelectTenant serves POST /v1/auth/tenant/select {"tenant": id}: new
// session and refresh JWTs for the same user, both carrying dct = id
// (web SDK selectTenant, Go SDK SelectTenantWithToken/WithRequest).
func (s *Server) handleSelectTenant(c *call) (any, *apiError) {
	var req struct {
		Tenant string `json:"tenant"`
	}
	if apiErr := c.decode(&req); apiErr != nil {
		return nil, apiErr
	}
	if req.Tenant == "" {
		return nil, errMissing("tenant")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	rec, rc, apiErr := s.authenticateLocked(c.refreshToken())
	if apiErr != nil {
		return nil, apiErr
	}
	if !rec.user.memberOf(req.Tenant) {
		return nil, errNotInTenant
	}
	resp, apiErr := s.issueLocked(rec, rc.Amr, req.Tenant)
	if apiErr != nil {
		return nil, apiErr
	}
	// The old refresh token stays valid, as with Descope: the browser
	// simply keeps the new one.
	s.log.Info("localdescope: tenant selected", "userId", rec.user.UserID, "tenant", req.Tenant)
	return resp, nil
}

// handleMeTenants serves POST /v1/auth/me/tenants {"dct": bool} | {"ids": [...]}.
func (s *Server) handleMeTenants(c *call) (any, *apiError) {
	var req struct {
		Dct bool     `json:"dct"`
		IDs []string `json:"ids"`
	}
	if apiErr := c.decode(&req); apiErr != nil {
		return nil, apiErr
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	rec, rc, apiErr := s.authenticateLocked(c.refreshToken())
	if apiErr != nil {
		return nil, apiErr
	}
	type myTenant struct {
		ID               string         `json:"id"`
		Name             string         `json:"name"`
		CustomAttributes map[string]any `json:"customAttributes"`
	}
	out := []myTenant{}
	for _, t := range rec.user.UserTenants {
		if (req.Dct && t.TenantID != rc.Dct) || (len(req.IDs) > 0 && !slices.Contains(req.IDs, t.TenantID)) {
			continue
		}
		out = append(out, myTenant{ID: t.TenantID, Name: t.TenantName, CustomAttributes: map[string]any{}})
	}
	return map[string]any{"tenants": out}, nil
}

// handleMgmtTenantLoad serves Management.Tenant().Load: GET /v1/mgmt/tenant?id=.
func (s *Server) handleMgmtTenantLoad(c *call) (any, *apiError) {
	if apiErr := requireManagementKey(c); apiErr != nil {
		return nil, apiErr
	}
	id := c.r.URL.Query().Get("id")
	if id == "" {
		return nil, errMissing("id")
	}
	name, ok := demoTenants[id]
	if !ok {
		return nil, errTenantUnknown
	}
	return tenantRecord{ID: id, Name: name, SelfProvisioningDomains: []string{}, CustomAttributes: map[string]any{}}, nil
}

// handleMgmtTenantLoadAll serves Management.Tenant().LoadAll.
func (s *Server) handleMgmtTenantLoadAll(c *call) (any, *apiError) {
	if apiErr := requireManagementKey(c); apiErr != nil {
		return nil, apiErr
	}
	out := make([]tenantRecord, 0, len(demoTenants))
	for id, name := range demoTenants {
		out = append(out, tenantRecord{ID: id, Name: name, SelfProvisioningDomains: []string{}, CustomAttributes: map[string]any{}})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return map[string]any{"tenants": out}, nil
}
