package auth

import (
	"sort"
	"time"

	"github.com/descope/go-sdk/descope"
)

// Session is a validated Descope session, as the views and handlers see it.
// It is immutable once built, so one value can be shared by every request that
// presents the same token.
type Session struct {
	UserID       string
	Name         string
	Email        string
	Roles        []string
	Permissions  []string
	Tenants      []Tenant // sorted by ID
	LoginMethods []string // the amr claim: email, pwd, oauth, ...
	ExpiresAt    time.Time

	// Token is the SDK's view of the session JWT, kept for the SDK's own
	// checks and for claims the fields above do not carry (dct).
	Token *descope.Token
}

// The weight model: what a cached session costs in memory, estimated from
// what can be counted. A JWT's claims, once parsed into maps, take several
// times the token's size (measured with cmd/memcheck: about 10x for a
// tenant-heavy 7.5 kB token); the rest is the session's own fields.
const (
	parsedClaimsFactor = 10
	sessionOverhead    = 2 << 10
)

// Weight is the session's estimated size in bytes, for caches that hold it.
func (s *Session) Weight() int64 {
	n := int64(sessionOverhead)
	if s.Token != nil {
		n += int64(len(s.Token.JWT)) * (1 + parsedClaimsFactor)
	}
	return n
}

// Tenant is one tenant the user belongs to, with the roles held there.
type Tenant struct {
	ID          string
	Roles       []string
	Permissions []string
}

// SessionClaim is the drn a session token carries; refresh tokens carry "DSR".
const SessionClaim = "DS"

// NewSession applies the checks the Go SDK leaves to the app and builds the
// Session. tok must already be verified by the SDK.
func NewSession(tok *descope.Token, projectID string) (*Session, error) {
	if tok == nil {
		return nil, ErrInvalid
	}
	if drn, _ := tok.Claims["drn"].(string); drn != SessionClaim {
		return nil, ErrNotSession
	}
	if tok.Expiration <= 0 {
		return nil, ErrNoExpiry
	}
	if tok.ProjectID != projectID || projectID == "" {
		return nil, ErrWrongProject
	}
	if tok.ID == "" {
		return nil, ErrNoSubject
	}
	if _, bound := tok.Claims["cnf"]; bound {
		return nil, ErrKeyBound
	}
	s := &Session{
		UserID:       tok.ID,
		Name:         stringClaim(tok.Claims, "name"),
		Email:        stringClaim(tok.Claims, "email"),
		Roles:        stringsClaim(tok.Claims["roles"]),
		Permissions:  stringsClaim(tok.Claims["permissions"]),
		LoginMethods: stringsClaim(tok.Claims["amr"]),
		ExpiresAt:    time.Unix(tok.Expiration, 0),
		Token:        tok,
	}
	if tenants, ok := tok.Claims["tenants"].(map[string]any); ok {
		for id, raw := range tenants {
			claims, _ := raw.(map[string]any)
			s.Tenants = append(s.Tenants, Tenant{
				ID:          id,
				Roles:       stringsClaim(claims["roles"]),
				Permissions: stringsClaim(claims["permissions"]),
			})
		}
		sort.Slice(s.Tenants, func(i, j int) bool { return s.Tenants[i].ID < s.Tenants[j].ID })
	}
	return s, nil
}

func stringClaim(claims map[string]any, name string) string {
	v, _ := claims[name].(string)
	return v
}

// stringsClaim reads a JSON array of strings, skipping anything else in it.
func stringsClaim(v any) []string {
	items, _ := v.([]any)
	out := make([]string, 0, len(items))
	for _, item := range items {
		if s, ok := item.(string); ok {
			out = append(out, s)
		}
	}
	return out
}
