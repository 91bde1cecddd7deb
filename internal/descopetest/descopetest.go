// Package descopetest is a minimal Descope stand-in for tests: it serves the
// project's public keys and the refresh/logout endpoints, and mints tokens of
// any shape, including the hostile ones the app must refuse.
package descopetest

import (
	"crypto"
	"crypto/hmac"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// ProjectID is the project the stand-in serves by default.
const ProjectID = "Ptest0000000000000000000000"

// Server is a running stand-in.
type Server struct {
	*httptest.Server
	ProjectID string
	KID       string
	key       *rsa.PrivateKey

	keyFetches atomic.Int64
	down       atomic.Bool // answer every call with a hang-up
	status     atomic.Int64 // answer every call but the keys with this status
	hang       atomic.Bool // accept every call and never answer

	mu      sync.Mutex
	revoked map[string]bool // refresh tokens logged out
}

// Keys shared by every server in a test binary: RSA generation is slow.
var (
	keyOnce               sync.Once
	sharedKey, foreignKey *rsa.PrivateKey
)

func keys() (*rsa.PrivateKey, *rsa.PrivateKey) {
	keyOnce.Do(func() {
		sharedKey, _ = rsa.GenerateKey(rand.Reader, 2048)
		foreignKey, _ = rsa.GenerateKey(rand.Reader, 2048)
	})
	return sharedKey, foreignKey
}

// NewServer starts a stand-in for ProjectID; it stops with the test.
func NewServer(t testing.TB) *Server {
	key, _ := keys()
	s := &Server{ProjectID: ProjectID, KID: "test-key-1", key: key, revoked: map[string]bool{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

// KeyFetches counts GET /v2/keys calls.
func (s *Server) KeyFetches() int64 { return s.keyFetches.Load() }

// SetDown makes every call fail (the connection is closed unanswered).
func (s *Server) SetDown(down bool) { s.down.Store(down) }

// SetStatus makes every call but the key fetch answer with status and a
// Descope error body (0 = normal service), as Descope does in an outage.
func (s *Server) SetStatus(status int) { s.status.Store(int64(status)) }

// SetHang makes every call wait, unanswered, until the client gives up.
func (s *Server) SetHang(hang bool) { s.hang.Store(hang) }

// Revoked reports whether a refresh token was logged out.
func (s *Server) Revoked(refreshToken string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.revoked[refreshToken]
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if s.hang.Load() {
		select {
		case <-r.Context().Done():
		case <-time.After(30 * time.Second):
		}
		return
	}
	if s.down.Load() {
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				conn.Close()
				return
			}
		}
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	path := "/" + strings.TrimLeft(r.URL.Path, "/")
	if status := int(s.status.Load()); status != 0 && !strings.HasPrefix(path, "/v2/keys/") {
		writeError(w, status, "E010000", "Service unavailable")
		return
	}
	switch {
	case r.Method == http.MethodGet && path == "/v2/keys/"+s.ProjectID:
		s.keyFetches.Add(1)
		_ = json.NewEncoder(w).Encode(map[string]any{"keys": []any{s.JWK()}})
	case r.Method == http.MethodPost && path == "/v1/auth/refresh":
		refresh := s.bearerToken(r)
		claims, ok := s.verify(refresh)
		if !ok || claims["drn"] != "DSR" || s.Revoked(refresh) {
			writeError(w, http.StatusUnauthorized, "E061301", "Invalid refresh token")
			return
		}
		session := s.SessionToken(claims["sub"].(string), time.Minute, nil)
		_ = json.NewEncoder(w).Encode(map[string]any{"sessionJwt": session, "cookiePath": "/"})
	case r.Method == http.MethodPost && path == "/v1/auth/logout":
		refresh := s.bearerToken(r)
		if _, ok := s.verify(refresh); !ok {
			writeError(w, http.StatusUnauthorized, "E061301", "Invalid refresh token")
			return
		}
		s.mu.Lock()
		s.revoked[refresh] = true
		s.mu.Unlock()
		_, _ = w.Write([]byte("{}"))
	default:
		writeError(w, http.StatusNotFound, "E011001", "Not found")
	}
}

func writeError(w http.ResponseWriter, status int, code, desc string) {
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"errorCode": code, "errorDescription": desc})
}

// bearerToken returns the token after "Bearer <project>:".
func (s *Server) bearerToken(r *http.Request) string {
	_, token, _ := strings.Cut(strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "), ":")
	return token
}

// JWK is the public key as Descope publishes it.
func (s *Server) JWK() map[string]any {
	return map[string]any{
		"kty": "RSA", "kid": s.KID, "alg": "RS256", "use": "sig",
		"n": b64(s.key.N.Bytes()),
		"e": b64(big.NewInt(int64(s.key.E)).Bytes()),
	}
}

// Claims is a JWT payload.
type Claims map[string]any

// SessionClaims are the claims of a valid session for userID lasting ttl.
func (s *Server) SessionClaims(userID string, ttl time.Duration) Claims {
	now := time.Now()
	return Claims{
		"sub": userID, "iss": "https://api.descope.com/" + s.ProjectID,
		"iat": now.Unix(), "exp": now.Add(ttl).Unix(), "drn": "DS",
		"amr": []string{"email"}, "name": "Test User", "email": "test@example.com",
		"roles": []string{"viewer"}, "permissions": []string{"read"},
		"tenants": map[string]any{"T-acme": map[string]any{"roles": []string{"admin"}, "permissions": []string{"billing:write"}}},
	}
}

// SessionToken is a valid session JWT; extra claims override or, when nil, delete.
func (s *Server) SessionToken(userID string, ttl time.Duration, extra Claims) string {
	c := s.SessionClaims(userID, ttl)
	for k, v := range extra {
		if v == nil {
			delete(c, k)
		} else {
			c[k] = v
		}
	}
	return s.Sign(c)
}

// RefreshToken is a valid refresh JWT (drn DSR).
func (s *Server) RefreshToken(userID string, ttl time.Duration) string {
	c := s.SessionClaims(userID, ttl)
	c["drn"] = "DSR"
	return s.Sign(c)
}

// Sign makes an RS256 token with the published key and kid.
func (s *Server) Sign(c Claims) string {
	return SignRS256(s.key, map[string]any{"alg": "RS256", "typ": "JWT", "kid": s.KID}, c)
}

// SignForeign signs with a key Descope never published, under the real kid.
func (s *Server) SignForeign(c Claims) string {
	_, foreign := keys()
	return SignRS256(foreign, map[string]any{"alg": "RS256", "typ": "JWT", "kid": s.KID}, c)
}

// SignWithHeader signs with the real key but a header of the caller's choice
// (kid flood, embedded jwk/jku).
func (s *Server) SignWithHeader(header map[string]any, c Claims) string {
	return SignRS256(s.key, header, c)
}

// AlgNone is an unsigned token under the real kid.
func (s *Server) AlgNone(c Claims) string {
	return encodePart(map[string]any{"alg": "none", "typ": "JWT", "kid": s.KID}) + "." + encodePart(c) + "."
}

// HS256WithPublicKey is the classic confusion attack: HMAC keyed with the
// RSA public key's bytes.
func (s *Server) HS256WithPublicKey(c Claims) string {
	signing := encodePart(map[string]any{"alg": "HS256", "typ": "JWT", "kid": s.KID}) + "." + encodePart(c)
	m := hmac.New(sha256.New, s.key.N.Bytes())
	m.Write([]byte(signing))
	return signing + "." + b64(m.Sum(nil))
}

// SignRS256 builds a compact JWS.
func SignRS256(key *rsa.PrivateKey, header map[string]any, c Claims) string {
	signing := encodePart(header) + "." + encodePart(c)
	sum := sha256.Sum256([]byte(signing))
	sig, err := rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA256, sum[:])
	if err != nil {
		panic(err)
	}
	return signing + "." + b64(sig)
}

// verify checks an RS256 token from this server and returns its claims.
func (s *Server) verify(token string) (Claims, bool) {
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return nil, false
	}
	sig, err := base64.RawURLEncoding.DecodeString(parts[2])
	if err != nil {
		return nil, false
	}
	sum := sha256.Sum256([]byte(parts[0] + "." + parts[1]))
	if rsa.VerifyPKCS1v15(&s.key.PublicKey, crypto.SHA256, sum[:], sig) != nil {
		return nil, false
	}
	raw, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return nil, false
	}
	var c Claims
	if json.Unmarshal(raw, &c) != nil {
		return nil, false
	}
	if exp, ok := c["exp"].(float64); !ok || time.Now().Unix() > int64(exp) {
		return nil, false
	}
	return c, true
}

func encodePart(v any) string {
	raw, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b64(raw)
}

func b64(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }
