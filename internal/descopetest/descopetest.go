// Package descopetest is a thin test layer over the one Descope fake,
// localdescope: it serves that emulator on an httptest server, and builds
// tokens of the shapes the app must refuse (alg none, HS256 keyed with the
// public key, a foreign key, any claims or header under the real key).
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
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/descope-htmx/descope-htmx/localdescope"
)

// ProjectID is the project the stand-in serves.
const ProjectID = "Ptest0000000000000000000000"

// Server is a running emulator.
type Server struct {
	*httptest.Server
	// Local is the emulator itself (outbox, faults, SignIn, ...).
	Local     *localdescope.Server
	ProjectID string
	KID       string
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

// NewServer starts an emulator for ProjectID; it stops with the test.
func NewServer(t testing.TB) *Server {
	key, _ := keys()
	local, err := localdescope.New(localdescope.Options{ProjectID: ProjectID, SigningKey: key})
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{Server: httptest.NewServer(local), Local: local, ProjectID: ProjectID, KID: local.KeyID()}
	t.Cleanup(s.Close)
	return s
}

// KeyFetches counts GET /v2/keys calls.
func (s *Server) KeyFetches() int64 { return s.Local.KeyFetches() }

// SetDown makes every call fail (the connection is closed unanswered).
func (s *Server) SetDown(down bool) { s.setFault(down, localdescope.FaultHangUp) }

// SetHang makes every call wait, unanswered, until the client gives up.
func (s *Server) SetHang(hang bool) { s.setFault(hang, localdescope.FaultNoAnswer) }

func (s *Server) setFault(on bool, f localdescope.Fault) {
	if !on {
		f = localdescope.FaultNone
	}
	s.Local.SetFault(f)
}

// SetStatus makes every call but the key fetch answer with status (0: normal).
func (s *Server) SetStatus(status int) { s.Local.SetStatus(status) }

// Revoked reports whether a refresh token was logged out.
func (s *Server) Revoked(refreshToken string) bool { return s.Local.Revoked(refreshToken) }

// JWK is the public key as Descope publishes it (for embedded-jwk attacks).
func (s *Server) JWK() map[string]any {
	pub := s.Local.PublicKey()
	return map[string]any{
		"kty": "RSA", "kid": s.KID, "alg": "RS256", "use": "sig",
		"n": b64(pub.N.Bytes()), "e": b64(big.NewInt(int64(pub.E)).Bytes()),
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

// RefreshToken is a refresh JWT the emulator honours (the user is created if
// unknown), so it refreshes, and logs out, as a real one does.
func (s *Server) RefreshToken(userID string, ttl time.Duration) string {
	token, err := s.Local.RefreshTokenFor(userID, ttl)
	if err != nil {
		panic(err)
	}
	return token
}

// Sign makes an RS256 token with the published key and kid.
func (s *Server) Sign(c Claims) string { return s.Local.SignJWT(nil, c) }

// SignWithHeader signs with the real key but a header of the caller's choice
// (kid flood, embedded jwk/jku, crit).
func (s *Server) SignWithHeader(header map[string]any, c Claims) string {
	return s.Local.SignJWT(header, c)
}

// SignForeign signs with a key Descope never published, under the real kid.
func (s *Server) SignForeign(c Claims) string {
	_, foreign := keys()
	signing := encodePart(map[string]any{"alg": "RS256", "typ": "JWT", "kid": s.KID}) + "." + encodePart(c)
	sum := sha256.Sum256([]byte(signing))
	sig, err := rsa.SignPKCS1v15(rand.Reader, foreign, crypto.SHA256, sum[:])
	if err != nil {
		panic(err)
	}
	return signing + "." + b64(sig)
}

// AlgNone is an unsigned token under the real kid.
func (s *Server) AlgNone(c Claims) string {
	return encodePart(map[string]any{"alg": "none", "typ": "JWT", "kid": s.KID}) + "." + encodePart(c) + "."
}

// HS256WithPublicKey is the classic confusion attack: HMAC keyed with the
// RSA public key's bytes.
func (s *Server) HS256WithPublicKey(c Claims) string {
	signing := encodePart(map[string]any{"alg": "HS256", "typ": "JWT", "kid": s.KID}) + "." + encodePart(c)
	m := hmac.New(sha256.New, s.Local.PublicKey().N.Bytes())
	m.Write([]byte(signing))
	return signing + "." + b64(m.Sum(nil))
}

func encodePart(v any) string {
	raw, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b64(raw)
}

func b64(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }
