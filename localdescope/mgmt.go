package localdescope

import (
	"slices"
	"sort"
)

// Search bounds, as Descope documents them: 100 per page by default.
const (
	defaultSearchLimit = 100
	maxSearchFilter    = 100 // entries per list filter
)

// handleMgmtUserSearch serves Management.User().SearchAll:
// POST /v2/mgmt/user/search. It filters by tenantIds, roleNames, loginIds,
// emails, userIds and statuses (all optional, ANDed), and pages by limit/page.
func (s *Server) handleMgmtUserSearch(c *call) (any, *apiError) {
	if apiErr := requireManagementKey(c); apiErr != nil {
		return nil, apiErr
	}
	var req struct {
		TenantIDs []string `json:"tenantIds"`
		RoleNames []string `json:"roleNames"`
		LoginIDs  []string `json:"loginIds"`
		Emails    []string `json:"emails"`
		UserIDs   []string `json:"userIds"`
		Statuses  []string `json:"statuses"`
		Limit     int      `json:"limit"`
		Page      int      `json:"page"`
	}
	if apiErr := c.decode(&req); apiErr != nil {
		return nil, apiErr
	}
	switch {
	case req.Limit < 0 || req.Page < 0:
		return nil, errInvalid("limit and page must not be negative")
	case max(len(req.TenantIDs), len(req.RoleNames), len(req.LoginIDs), len(req.Emails), len(req.UserIDs), len(req.Statuses)) > maxSearchFilter:
		return nil, errInvalid("too many filter values")
	}
	if req.Limit == 0 || req.Limit > defaultSearchLimit {
		req.Limit = defaultSearchLimit
	}
	for i, id := range req.LoginIDs {
		req.LoginIDs[i] = normalizeLoginID(id)
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	matches := make([]*userRecord, 0)
	for _, rec := range s.users.byID {
		u := &rec.user
		if (len(req.TenantIDs) > 0 && !slices.ContainsFunc(req.TenantIDs, u.memberOf)) ||
			(len(req.RoleNames) > 0 && !slices.ContainsFunc(req.RoleNames, func(r string) bool { return slices.Contains(u.RoleNames, r) })) ||
			(len(req.LoginIDs) > 0 && !slices.ContainsFunc(u.LoginIDs, func(l string) bool { return slices.Contains(req.LoginIDs, l) })) ||
			(len(req.Emails) > 0 && !slices.Contains(req.Emails, u.Email)) ||
			(len(req.UserIDs) > 0 && !slices.Contains(req.UserIDs, u.UserID)) ||
			(len(req.Statuses) > 0 && !slices.Contains(req.Statuses, u.Status)) {
			continue
		}
		matches = append(matches, rec)
	}
	sort.Slice(matches, func(i, j int) bool {
		return matches[i].user.CreatedTime < matches[j].user.CreatedTime ||
			(matches[i].user.CreatedTime == matches[j].user.CreatedTime && matches[i].user.UserID < matches[j].user.UserID)
	})
	total := len(matches)
	start := min(req.Page*req.Limit, total)
	end := min(start+req.Limit, total)
	users := make([]User, 0, end-start)
	for _, rec := range matches[start:end] {
		users = append(users, rec.user.clone())
	}
	return map[string]any{"users": users, "total": total}, nil
}
