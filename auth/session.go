package auth

import (
	"sort"
	"sync"
	"sync/atomic"
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
	// role and permission checks.
	Token *descope.Token

	// memo keeps what is derived from the session alone (a rendered
	// fragment), which is as immutable as the session and dies with it.
	memo      sync.Map
	memoBytes atomic.Int64
	// charge tells the cache holding the session that its memo grew.
	charge func(n int)
}

// maxMemoBytes bounds one session's memoised fragments; past it, fragments
// are rendered per request instead.
const maxMemoBytes = 64 << 10

// Memo returns the value stored under key, building and storing it first if
// needed. build must depend on nothing but the session and fixed settings.
func (s *Session) Memo(key string, build func() ([]byte, error)) ([]byte, error) {
	if v, ok := s.memo.Load(key); ok {
		return v.([]byte), nil
	}
	v, err := build()
	if err != nil {
		return nil, err
	}
	if s.memoBytes.Load()+int64(len(v)) > maxMemoBytes {
		return v, nil
	}
	actual, loaded := s.memo.LoadOrStore(key, v)
	if !loaded {
		s.memoBytes.Add(int64(len(v)))
		if s.charge != nil {
			s.charge(len(v) + memoEntryOverhead)
		}
	}
	return actual.([]byte), nil
}

// The weight model: what a cached session costs in memory, estimated from
// what can be counted. A JWT's claims, once parsed into maps, take several
// times the token's size (measured with cmd/memcheck: about 10x for a
// tenant-heavy 7.5 kB token); the rest is the session's own fields.
const (
	parsedClaimsFactor = 10
	sessionOverhead    = 2 << 10
	memoEntryOverhead  = 128
)

// weight is the session's estimated size in bytes, memo included.
func (s *Session) weight() int64 {
	n := int64(sessionOverhead) + s.memoBytes.Load()
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
