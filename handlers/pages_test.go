package handlers

import (
	"context"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/descope/go-sdk/descope"

	"github.com/descope-htmx/descope-htmx/internal/descopetest"
)

const userID = "U2abcdef"

// Markers of what #container holds.
const (
	loginMarker   = `data-session="guest">`
	contentMarker = `data-session="user">`
)

func TestGuestHomePage(t *testing.T) {
	a := newTestApp(t, withBaseURI("https://auth.example.com"))
	res := a.do(t, request{path: "/"})
	if res.status != http.StatusOK {
		t.Fatalf("status = %d", res.status)
	}
	nonce := regexp.MustCompile(`'nonce-([^']+)'`).FindStringSubmatch(res.header.Get("Content-Security-Policy"))
	if nonce == nil {
		t.Fatalf("CSP has no nonce: %q", res.header.Get("Content-Security-Policy"))
	}
	for _, want := range []string{
		"<!doctype html>",
		`id="container"`,
		`hx-get="/container"`,
		loginMarker,
		`<descope-wc theme="os" project-id="` + a.descope.ProjectID + `" flow-id="sign-up-or-in" base-url="https://auth.example.com"></descope-wc>`,
		`<meta name="csrf-token" content="`,
		`data-login-loading`, // the placeholder until the flow is ready
		`src="` + a.Assets.URL("js/session.js") + `" nonce="` + nonce[1] + `"`,
	} {
		if !res.has(want) {
			t.Errorf("guest page lacks %q", want)
		}
	}
	if res.has(contentMarker) {
		t.Error("guest page shows authenticated content")
	}
	// Every script is served from this origin.
	for _, m := range regexp.MustCompile(`<script[^>]*src="([^"]+)"`).FindAllStringSubmatch(res.body, -1) {
		if !strings.HasPrefix(m[1], "/assets/") {
			t.Errorf("script from another origin: %s", m[1])
		}
	}
	for _, name := range []string{"htmx.min", "descope-web-js-sdk.umd", "descope-web-component"} {
		if !regexp.MustCompile(`<script src="/assets/vendor/` + regexp.QuoteMeta(name) + `\.[0-9a-f]{12}\.js"`).MatchString(res.body) {
			t.Errorf("page does not load %s from /assets/vendor", name)
		}
	}
}

func TestBaseURLOmittedWhenNotConfigured(t *testing.T) {
	a := newTestApp(t)
	res := a.do(t, request{path: "/"})
	if regexp.MustCompile(`<descope-wc[^>]*base-url=`).MatchString(res.body) {
		t.Error("descope-wc has a base-url although DESCOPE_BASE_URI is unset")
	}
}

func TestSignedInFirstPaint(t *testing.T) {
	a := newTestApp(t)
	token := a.descope.SessionToken(userID, time.Minute, nil)
	for name, r := range map[string]request{
		"cookie": {path: "/", cookies: map[string]string{"DS": token}},
		"bearer": {path: "/", headers: map[string]string{"Authorization": "Bearer " + token}},
	} {
		t.Run(name, func(t *testing.T) {
			res := a.do(t, r)
			if res.status != http.StatusOK || !res.has(contentMarker) || !res.has("test@example.com") {
				t.Fatalf("status %d, content shown: %v", res.status, res.has(contentMarker))
			}
			if res.has(loginMarker) || res.has("<descope-wc") {
				t.Error("signed-in first paint also shows the login")
			}
		})
	}
}

// Every token the app must refuse, and what htmx and a browser get for it.
func TestRefusedTokens(t *testing.T) {
	a := newTestApp(t)
	ds := a.descope
	valid := ds.SessionClaims(userID, time.Minute)
	with := func(k string, v any) descopetest.Claims {
		c := descopetest.Claims{}
		for key, val := range valid {
			c[key] = val
		}
		if v == nil {
			delete(c, k)
		} else {
			c[k] = v
		}
		return c
	}
	tokens := map[string]string{
		"expired":               ds.SessionToken(userID, -time.Minute, nil),
		"forged signature":      ds.SignForeign(valid),
		"alg none":              ds.AlgNone(valid),
		"HS256 with public key": ds.HS256WithPublicKey(valid),
		"embedded jwk":          ds.SignWithHeader(map[string]any{"alg": "RS256", "kid": "attacker", "jwk": ds.JWK()}, valid),
		"jku header":            ds.SignWithHeader(map[string]any{"alg": "RS256", "kid": "attacker", "jku": "http://127.0.0.1:1/keys"}, valid),
		"refresh as session":    ds.RefreshToken(userID, time.Hour),
		"no drn":                ds.Sign(with("drn", nil)),
		"other project":         ds.Sign(with("iss", "https://api.descope.com/Pother0000000000000000000")),
		"no exp":                ds.Sign(with("exp", nil)),
		"empty sub":             ds.Sign(with("sub", "")),
		"nbf in future":         ds.Sign(with("nbf", time.Now().Add(time.Hour).Unix())),
		"iat in future":         ds.Sign(with("iat", time.Now().Add(time.Hour).Unix())),
		"garbage a.b.c":         "a.b.c",
		"non-ascii":             "eyJhbGciOi\u00e9.eyJzdWIi\u00e9.c2ln",
		"over 8 kB":             strings.Repeat("a", 9000) + ".b.c",
	}
	for name, token := range tokens {
		t.Run(name, func(t *testing.T) {
			for _, src := range []string{"cookie", "bearer"} {
				r := request{path: "/container", htmx: true}
				if src == "cookie" {
					r.cookies = map[string]string{"DS": token}
				} else {
					r.headers = map[string]string{"Authorization": "Bearer " + token}
				}
				res := a.do(t, r)
				if res.status != http.StatusUnauthorized || !res.has(loginMarker) || res.has(contentMarker) {
					t.Errorf("%s htmx: status %d, login %v, content %v", src, res.status, res.has(loginMarker), res.has(contentMarker))
				}
				if res.header.Get("HX-Retarget") != "#container" || res.header.Get("HX-Reswap") != "innerHTML" {
					t.Errorf("%s htmx: HX-Retarget %q, HX-Reswap %q", src, res.header.Get("HX-Retarget"), res.header.Get("HX-Reswap"))
				}
				r.path, r.htmx = "/", false
				page := a.do(t, r)
				if page.status != http.StatusOK || !page.has(loginMarker) || page.has(contentMarker) {
					t.Errorf("%s page: status %d, login %v, content %v", src, page.status, page.has(loginMarker), page.has(contentMarker))
				}
			}
		})
	}
}

func TestBadAuthorizationHeaderBeatsGoodCookie(t *testing.T) {
	a := newTestApp(t)
	good := a.descope.SessionToken(userID, time.Minute, nil)
	for _, header := range []string{"Bearer ", "Bearer a.b.c", "Basic dXNlcjpwYXNz", "Bearer " + a.descope.SignForeign(a.descope.SessionClaims(userID, time.Minute))} {
		res := a.do(t, request{path: "/container", htmx: true, cookies: map[string]string{"DS": good}, headers: map[string]string{"Authorization": header}})
		if res.status != http.StatusUnauthorized || res.has(contentMarker) {
			t.Errorf("Authorization %.20q with a valid cookie: status %d, content %v", header, res.status, res.has(contentMarker))
		}
	}
}

func TestTokenInQueryStringIgnored(t *testing.T) {
	a := newTestApp(t)
	token := a.descope.SessionToken(userID, time.Minute, nil)
	for _, q := range []string{"?token=", "?DS=", "?access_token="} {
		res := a.do(t, request{path: "/container" + q + token, htmx: true})
		if res.has(contentMarker) {
			t.Errorf("%s: a token in the query string signed the visitor in", q)
		}
	}
}

func TestGuestContainer(t *testing.T) {
	a := newTestApp(t)
	res := a.do(t, request{path: "/container", htmx: true})
	if res.status != http.StatusUnauthorized || !res.has(loginMarker) || res.has("<html") || res.header.Get("HX-Retarget") != "#container" {
		t.Fatalf("guest fragment: status %d, login %v", res.status, res.has(loginMarker))
	}
	if res.has("nonce=") {
		t.Error("a fragment carries a nonce; only the document's nonce is valid")
	}
}

func TestProfile(t *testing.T) {
	a := newTestApp(t)
	t.Run("guest htmx gets 401 and the login", func(t *testing.T) {
		res := a.do(t, request{path: "/profile", htmx: true})
		if res.status != http.StatusUnauthorized || !res.has(loginMarker) || res.header.Get("HX-Retarget") != "#container" {
			t.Fatalf("status %d, HX-Retarget %q", res.status, res.header.Get("HX-Retarget"))
		}
	})
	t.Run("guest page shows the login", func(t *testing.T) {
		res := a.do(t, request{path: "/profile"})
		if res.status != http.StatusOK || !res.has(loginMarker) || !res.has(`hx-get="/profile"`) {
			t.Fatalf("status %d", res.status)
		}
	})
	t.Run("signed in", func(t *testing.T) {
		token := a.descope.SessionToken(userID, time.Minute, descopetest.Claims{"amr": []string{"email", "totp"}})
		res := a.do(t, request{path: "/profile", cookies: map[string]string{"DS": token}})
		for _, want := range []string{userID, "Test User", "test@example.com", "<code>viewer</code>", "<code>read</code>",
			`<code class="id">T-acme</code> <span class="tag">current</span>: <code>admin</code>; permissions <code>billing:write</code>`, "<code>email</code>, <code>totp</code>", "Session expires"} {
			if !res.has(want) {
				t.Errorf("profile lacks %q", want)
			}
		}
		// In exactly one tenant, the user is in it: admin there.
		if !res.has("data-admin-only") {
			t.Error("the admin of the user's only tenant lacks the admin block")
		}
	})
	t.Run("viewer sees no admin block", func(t *testing.T) {
		token := a.descope.SessionToken(userID, time.Minute, descopetest.Claims{"tenants": map[string]any{
			"T-acme": map[string]any{"roles": []string{"admin"}}, "T-globex": map[string]any{"roles": []string{"viewer"}},
		}})
		res := a.do(t, request{path: "/profile", cookies: map[string]string{"DS": token}})
		if res.status != http.StatusOK || res.has("data-admin-only") {
			t.Errorf("status %d; a project-level viewer sees the admin block: %v", res.status, res.has("data-admin-only"))
		}
	})
	t.Run("admin sees the admin block", func(t *testing.T) {
		token := a.descope.SessionToken(userID, time.Minute, descopetest.Claims{"roles": []string{"admin"}})
		res := a.do(t, request{path: "/profile", htmx: true, cookies: map[string]string{"DS": token}})
		if res.status != http.StatusOK || !res.has("data-admin-only") {
			t.Fatalf("status %d, admin block %v", res.status, res.has("data-admin-only"))
		}
	})
}

func TestServerSideRefreshFromDSRCookie(t *testing.T) {
	a := newTestApp(t)
	refresh := a.descope.RefreshToken(userID, time.Hour)
	expired := a.descope.SessionToken(userID, -time.Minute, nil)
	res := a.do(t, request{path: "/container", htmx: true, cookies: map[string]string{"DS": expired, "DSR": refresh}})
	if res.status != http.StatusOK || !res.has(contentMarker) {
		t.Fatalf("status %d, content %v", res.status, res.has(contentMarker))
	}
	ds := res.setCookies()["DS"]
	if !strings.HasPrefix(ds, "DS=eyJ") || !strings.Contains(ds, "SameSite=Strict") || !strings.Contains(strings.ToLower(ds), "path=/") {
		t.Errorf("refreshed DS cookie = %q", ds)
	}
}

func TestSessionResponsesAreNotCached(t *testing.T) {
	a := newTestApp(t)
	token := a.descope.SessionToken(userID, time.Minute, nil)
	for _, r := range []request{{path: "/"}, {path: "/container", htmx: true}, {path: "/profile", cookies: map[string]string{"DS": token}}} {
		res := a.do(t, r)
		if res.header.Get("Cache-Control") != "no-store" {
			t.Errorf("%s: Cache-Control %q", r.path, res.header.Get("Cache-Control"))
		}
		vary := res.header.Get("Vary")
		for _, v := range []string{"Cookie", "Authorization", "HX-Request"} {
			if !strings.Contains(vary, v) {
				t.Errorf("%s: Vary %q lacks %s", r.path, vary, v)
			}
		}
	}
}

func TestSecurityHeadersEverywhere(t *testing.T) {
	a := newTestApp(t)
	for _, r := range []request{
		{path: "/"}, {path: "/container", htmx: true}, {path: "/profile", htmx: true},
		{path: "/nope"}, {path: "/logout", method: http.MethodPost, htmx: true}, {path: "/healthz"},
	} {
		res := a.do(t, r)
		csp := res.header.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'self'", "'nonce-", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s %s: CSP lacks %q", r.method, r.path, want)
			}
		}
		if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
			t.Errorf("%s: CSP allows unsafe scripts: %q", r.path, csp)
		}
		for header, want := range map[string]string{
			"X-Content-Type-Options": "nosniff",
			"Referrer-Policy":        "strict-origin-when-cross-origin",
			"X-Frame-Options":        "DENY",
		} {
			if got := res.header.Get(header); got != want {
				t.Errorf("%s: %s = %q", r.path, header, got)
			}
		}
		if pp := res.header.Get("Permissions-Policy"); !strings.Contains(pp, "publickey-credentials-get=(self)") {
			t.Errorf("%s: Permissions-Policy %q blocks passkeys", r.path, pp)
		}
		if res.header.Get("Strict-Transport-Security") != "" {
			t.Errorf("%s: HSTS over plain HTTP", r.path)
		}
	}
}

type fakeUsers struct{ calls int }

func (f *fakeUsers) LoadByUserID(_ context.Context, id string) (*descope.UserResponse, error) {
	f.calls++
	return &descope.UserResponse{User: descope.User{Name: "Record Name", Email: "record@example.com"}, UserID: id}, nil
}

func TestProfileFromManagementAPI(t *testing.T) {
	users := &fakeUsers{}
	a := newTestApp(t, withUsers(users))
	token := a.descope.SessionToken(userID, time.Minute, nil)
	for i := 0; i < 3; i++ {
		res := a.do(t, request{path: "/profile", htmx: true, cookies: map[string]string{"DS": token}})
		if !res.has("Record Name") || !res.has("record@example.com") || !res.has("management API") {
			t.Fatalf("profile does not show the user record: %.300q", res.body)
		}
	}
	if users.calls != 1 {
		t.Errorf("management API called %d times for one user within the cache window", users.calls)
	}
}

// Signed-in content is rendered once per session and reused: it must never
// reach another session.
func TestReusedContentStaysWithItsSession(t *testing.T) {
	a := newTestApp(t)
	tokens := map[string]string{}
	for _, who := range []string{"alice", "bob"} {
		tokens[who] = a.descope.SessionToken("U-"+who, time.Minute, descopetest.Claims{"email": who + "@example.com", "name": who})
	}
	for i := 0; i < 3; i++ {
		for who, token := range tokens {
			for _, path := range []string{"/container", "/profile"} {
				res := a.do(t, request{path: path, htmx: true, cookies: map[string]string{"DS": token}})
				other := map[string]string{"alice": "bob", "bob": "alice"}[who]
				if !res.has(who+"@example.com") || res.has(other+"@example.com") {
					t.Fatalf("%s on %s sees: %.300q", who, path, res.body)
				}
			}
		}
	}
}

// The DSR refresh is for a missing or expired session only, and never
// overrides a bad Authorization header or a forged cookie.
func TestDSRRefreshDoesNotPaperOverBadTokens(t *testing.T) {
	a := newTestApp(t)
	refresh := a.descope.RefreshToken(userID, time.Hour)
	forged := a.descope.SignForeign(a.descope.SessionClaims(userID, time.Minute))
	for name, r := range map[string]request{
		"bad header":    {headers: map[string]string{"Authorization": "Bearer not-a-jwt"}},
		"empty bearer":  {headers: map[string]string{"Authorization": "Bearer "}},
		"forged cookie": {cookies: map[string]string{"DS": forged}},
	} {
		r.path, r.htmx = "/container", true
		if r.cookies == nil {
			r.cookies = map[string]string{}
		}
		r.cookies["DSR"] = refresh
		res := a.do(t, r)
		if res.status != http.StatusUnauthorized || res.has(contentMarker) || res.setCookies()["DS"] != "" {
			t.Errorf("%s + DSR: status %d, content %v, DS set %q", name, res.status, res.has(contentMarker), res.setCookies()["DS"])
		}
	}
	// No session at all: the DSR cookie signs the visitor in.
	res := a.do(t, request{path: "/container", htmx: true, cookies: map[string]string{"DSR": refresh}})
	if res.status != http.StatusOK || !res.has(contentMarker) {
		t.Errorf("DSR alone: status %d", res.status)
	}
}
