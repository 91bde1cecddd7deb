package localdescope

import (
	"crypto/rsa"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"time"
)

// This file is what tests need beyond the Descope API: outages on demand, a
// count of key fetches, and tokens of any shape signed with the real key, so
// the app's defences can be tested against the one Descope fake there is.

// Fault is what the emulator does instead of answering.
type Fault int

const (
	FaultNone     Fault = iota
	FaultHangUp         // close the connection unanswered (502 where it cannot)
	FaultNoAnswer       // accept the call and never answer, until the client gives up
)

type faults struct {
	fault      atomic.Int64
	status     atomic.Int64
	keyFetches atomic.Int64
}

// SetFault makes every call fail the given way (FaultNone: normal service).
func (s *Server) SetFault(f Fault) { s.faults.fault.Store(int64(f)) }

// SetStatus makes every call but the key fetch answer with status and a
// Descope error body, as Descope does in an outage (0: normal service).
func (s *Server) SetStatus(status int) { s.faults.status.Store(int64(status)) }

// KeyFetches counts GET /v2/keys calls.
func (s *Server) KeyFetches() int64 { return s.faults.keyFetches.Load() }

// injectFault answers r with the configured fault, if any.
func (s *Server) injectFault(w http.ResponseWriter, r *http.Request, path string) bool {
	switch Fault(s.faults.fault.Load()) {
	case FaultNoAnswer:
		select {
		case <-r.Context().Done():
		case <-time.After(30 * time.Second):
		}
		return true
	case FaultHangUp:
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				conn.Close()
				return true
			}
		}
		w.WriteHeader(http.StatusBadGateway)
		return true
	}
	if status := int(s.faults.status.Load()); status != 0 && !strings.HasPrefix(path, keysPathPrefix) {
		writeError(w, &apiError{status: status, code: "E010000", description: http.StatusText(status)})
		return true
	}
	return false
}

// KeyID is the kid of the published signing key.
func (s *Server) KeyID() string { return s.key.pub.Kid }

// PublicKey is the published key, for tests that forge with it (HS256 keyed
// with its bytes).
func (s *Server) PublicKey() *rsa.PublicKey { return &s.key.priv.PublicKey }

// SignJWT signs claims with the real key under header (nil: the usual
// {"alg":"RS256","kid":…,"typ":"JWT"}). Tests use it for tokens Descope would
// never issue: refresh tokens as sessions, cnf, crit, other projects.
func (s *Server) SignJWT(header, claims map[string]any) string {
	var token string
	var err error
	if header == nil {
		token, err = s.key.sign(claims)
	} else {
		token, err = s.key.signWithHeader(header, claims)
	}
	if err != nil {
		panic(fmt.Sprintf("localdescope: sign: %v", err)) // only unencodable claims, a test bug
	}
	return token
}

// RefreshTokenFor signs a refresh JWT for the user with ID userID, creating
// that user if unknown, so it refreshes and logs out like a real one.
func (s *Server) RefreshTokenFor(userID string, ttl time.Duration) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	rec := s.users.byID[userID]
	if rec == nil {
		var apiErr *apiError
		if rec, apiErr = s.users.create(userID, profile{}, s.now()); apiErr != nil {
			return "", apiErr
		}
		delete(s.users.byID, rec.user.UserID)
		rec.user.UserID = userID
		s.users.byID[userID] = rec
	}
	now := s.now().Unix()
	rc := refreshClaims{Sub: userID, Iss: s.projectID, Iat: now, Exp: now + seconds(ttl), Drn: "DSR", Jti: randomID(16), Amr: amrEmail}
	token, err := s.key.sign(rc)
	if err != nil {
		return "", err
	}
	rec.trackRefresh(trackedRefresh{rc.Jti, rc.Exp})
	return token, nil
}

// Revoked reports whether a refresh JWT was logged out.
func (s *Server) Revoked(refreshJWT string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, _, apiErr := s.authenticateLocked(refreshJWT)
	return apiErr == errLoggedOut
}
