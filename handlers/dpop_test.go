package handlers

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/descope-htmx/descope-htmx/internal/descopetest"
)

// dpopKey is a client's proof-of-possession key, as RFC 9449 describes.
type dpopKey struct{ priv *ecdsa.PrivateKey }

func (k dpopKey) jwk() map[string]string {
	b := func(n []byte) string { return base64.RawURLEncoding.EncodeToString(n) }
	x, y := make([]byte, 32), make([]byte, 32)
	k.priv.X.FillBytes(x)
	k.priv.Y.FillBytes(y)
	return map[string]string{"kty": "EC", "crv": "P-256", "x": b(x), "y": b(y)}
}

// thumbprint is the RFC 7638 SHA-256 thumbprint, the cnf.jkt value.
func (k dpopKey) thumbprint() string {
	j := k.jwk()
	sum := sha256.Sum256([]byte(`{"crv":"P-256","kty":"EC","x":"` + j["x"] + `","y":"` + j["y"] + `"}`))
	return base64.RawURLEncoding.EncodeToString(sum[:])
}

// proof is a valid DPoP proof JWT for one request carrying token.
func (k dpopKey) proof(t *testing.T, method, url, token string) string {
	enc := func(v any) string { raw, _ := json.Marshal(v); return base64.RawURLEncoding.EncodeToString(raw) }
	ath := sha256.Sum256([]byte(token))
	signing := enc(map[string]any{"typ": "dpop+jwt", "alg": "ES256", "jwk": k.jwk()}) + "." +
		enc(map[string]any{"jti": "proof-1", "htm": method, "htu": url, "iat": time.Now().Unix(), "ath": base64.RawURLEncoding.EncodeToString(ath[:])})
	sum := sha256.Sum256([]byte(signing))
	r, s, err := ecdsa.Sign(rand.Reader, k.priv, sum[:])
	if err != nil {
		t.Fatal(err)
	}
	sig := make([]byte, 64)
	r.FillBytes(sig[:32])
	s.FillBytes(sig[32:])
	return signing + "." + base64.RawURLEncoding.EncodeToString(sig)
}

// DPoP-bound session tokens are refused, with a valid proof or without one:
// the app does not verify proofs, so it must not accept key-bound tokens.
func TestDPoPBoundTokensAreRefused(t *testing.T) {
	a := newTestApp(t)
	priv, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	key := dpopKey{priv}
	token := a.descope.SessionToken(userID, time.Minute, descopetest.Claims{"cnf": map[string]any{"jkt": key.thumbprint()}})
	proof := key.proof(t, http.MethodGet, "http://example.com/container", token)
	cases := map[string]request{
		"bearer, no proof":  {headers: map[string]string{"Authorization": "Bearer " + token}},
		"bearer with proof": {headers: map[string]string{"Authorization": "Bearer " + token, "DPoP": proof}},
		"DPoP scheme":       {headers: map[string]string{"Authorization": "DPoP " + token, "DPoP": proof}},
		"DS cookie":         {cookies: map[string]string{"DS": token}},
		"DS cookie, proof":  {cookies: map[string]string{"DS": token}, headers: map[string]string{"DPoP": proof}},
	}
	for name, r := range cases {
		t.Run(name, func(t *testing.T) {
			r.path, r.htmx = "/container", true
			res := a.do(t, r)
			if res.status != http.StatusUnauthorized || !res.has(loginMarker) || res.has(contentMarker) {
				t.Fatalf("%d, login %v, content %v", res.status, res.has(loginMarker), res.has(contentMarker))
			}
		})
	}
	// The same token without cnf is a session: the refusal is about the binding.
	plain := a.descope.SessionToken(userID, time.Minute, nil)
	if res := a.do(t, request{path: "/container", htmx: true, cookies: map[string]string{"DS": plain}}); res.status != http.StatusOK || !res.has(contentMarker) {
		t.Fatalf("unbound token: %d", res.status)
	}
}
