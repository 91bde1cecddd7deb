package auth

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/descope/go-sdk/descope"
)

// Seed corpora live in testdata/fuzz/<FuzzName>/; `go test` runs them as
// regular tests, `go test -fuzz=FuzzX ./auth` explores further.

func FuzzTokenFromRequest(f *testing.F) {
	f.Add("Bearer a.b.c", "d.e.f")
	f.Add("", "d.e.f")
	f.Add("Bearer ", "")
	f.Add("bEaReR \t x", "y")
	f.Fuzz(func(t *testing.T, header, cookie string) {
		token, err := TokenFromRequest(header, cookie)
		if err != nil && token != "" {
			t.Fatalf("error %v with token %q", err, token)
		}
		if err == nil && token == "" {
			t.Fatal("no error and no token")
		}
		if header != "" && err == nil && token == cookie && !strings.Contains(header, cookie) {
			t.Fatal("the cookie was used although an Authorization header was present")
		}
	})
}

func FuzzWellFormed(f *testing.F) {
	f.Add("a.b.c")
	f.Add("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")
	f.Add("..")
	f.Add("a.b.c\x00")
	f.Fuzz(func(t *testing.T, s string) {
		if !WellFormed(s) {
			return
		}
		if len(s) > MaxTokenBytes || strings.Count(s, ".") != 2 {
			t.Fatalf("accepted %q", s)
		}
		for _, part := range strings.Split(s, ".") {
			if part == "" || strings.Trim(part, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") != "" {
				t.Fatalf("accepted part %q", part)
			}
		}
	})
}

// FuzzNewSession feeds arbitrary claims to the checks the SDK leaves to us:
// a session may only come out of a DS token of this project with exp and sub.
func FuzzNewSession(f *testing.F) {
	f.Add(`{"drn":"DS","roles":["a"],"tenants":{"T":{"roles":["r"]}}}`, "U1", project, int64(1893456000))
	f.Add(`{"drn":"DSR"}`, "U1", project, int64(1893456000))
	f.Add(`{"drn":"DS","tenants":{"T":5},"roles":"admin","amr":[1,{}]}`, "U1", project, int64(1))
	f.Add(`{"drn":"DS"}`, "", "Pother", int64(0))
	f.Fuzz(func(t *testing.T, claimsJSON, sub, iss string, exp int64) {
		var claims map[string]any
		if json.Unmarshal([]byte(claimsJSON), &claims) != nil {
			return
		}
		tok := &descope.Token{ID: sub, ProjectID: iss, Expiration: exp, Claims: claims}
		s, err := NewSession(tok, project)
		if (s == nil) == (err == nil) {
			t.Fatalf("session %v with error %v", s, err)
		}
		if s != nil && (claims["drn"] != "DS" || exp <= 0 || iss != project || sub == "") {
			t.Fatalf("session from drn=%v exp=%d iss=%q sub=%q", claims["drn"], exp, iss, sub)
		}
	})
}
