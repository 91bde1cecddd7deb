package auth

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/descope/go-sdk/descope/client"

	"github.com/descope-htmx/descope-htmx/internal/descopetest"
)

// Tokens the Go SDK (v1.28.0) accepts and the app must not: each is signed
// with the project's real key, so only the app's own checks stand between it
// and a session.
func TestSDKAcceptedTokensTheAppRefuses(t *testing.T) {
	ds := descopetest.NewServer(t)
	keys := NewKeySet(ds.URL, ds.ProjectID, KeySetOptions{})
	sdk, err := client.NewWithConfig(&client.Config{ProjectID: ds.ProjectID, DescopeBaseURL: ds.URL, DefaultClient: keys})
	if err != nil {
		t.Fatal(err)
	}
	header := func(extra map[string]any) map[string]any {
		h := map[string]any{"alg": "RS256", "typ": "JWT", "kid": ds.KID}
		for k, v := range extra {
			h[k] = v
		}
		return h
	}
	claims := ds.SessionClaims("U1", time.Minute)
	bound := ds.SessionClaims("U1", time.Minute)
	bound["cnf"] = map[string]any{"jkt": "0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I"}
	cases := []struct {
		name  string
		token string
		want  error
	}{
		{"crit naming an unknown extension", ds.SignWithHeader(header(map[string]any{"crit": []string{"http://example.com/must-understand"}, "http://example.com/must-understand": true}), claims), ErrCritical},
		{"crit naming a registered name", ds.SignWithHeader(header(map[string]any{"crit": []string{"exp"}, "exp": 1}), claims), ErrCritical},
		{"empty crit", ds.SignWithHeader(header(map[string]any{"crit": []string{}}), claims), ErrCritical},
		{"DPoP-bound (cnf.jkt)", ds.Sign(bound), ErrKeyBound},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			// Why the app checks: the SDK itself lets the token through.
			if ok, _, err := sdk.Auth.ValidateSessionWithToken(context.Background(), tc.token); !ok || err != nil {
				t.Logf("note: the SDK now refuses this token itself (%v)", err)
			}
			v := NewValidator(sdk.Auth, ds.ProjectID, keys, ValidatorOptions{})
			for i := 0; i < 2; i++ { // the refusal holds from the cache too
				if s, err := v.Validate(context.Background(), tc.token); s != nil || !errors.Is(err, tc.want) {
					t.Fatalf("attempt %d: %v, %v; want %v", i, s, err, tc.want)
				}
			}
		})
	}
	// The same key and claims without those extras make a session.
	v := NewValidator(sdk.Auth, ds.ProjectID, keys, ValidatorOptions{})
	if _, err := v.Validate(context.Background(), ds.SignWithHeader(header(nil), claims)); err != nil {
		t.Fatalf("a plain token was refused: %v", err)
	}
}

func TestHasCriticalHeader(t *testing.T) {
	for token, want := range map[string]bool{
		"eyJhbGciOiJSUzI1NiJ9.p.s":                   false, // {"alg":"RS256"}
		"eyJhbGciOiJSUzI1NiIsImNyaXQiOlsiYiJdfQ.p.s": true,  // {"alg":"RS256","crit":["b"]}
		"eyJhbGciOiJSUzI1NiIsImNyaXQiOm51bGx9.p.s":   true,  // "crit":null is still a crit
		"eyJjcml0IjoiIn0.p.s":                        true,  // {"crit":""}
		"bm90IGpzb24.p.s":                            true,  // not JSON: refused, never guessed at
		"!!!.p.s":                                    true,
	} {
		if got := HasCriticalHeader(token); got != want {
			t.Errorf("HasCriticalHeader(%s) = %v", token, got)
		}
	}
}
