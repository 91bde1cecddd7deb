package localdescope

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"
)

// cookieReply is a raw answer with the cookies it set.
type cookieReply struct {
	reply
	cookies map[string]*http.Cookie
}

// doWithCookies is env.do for cookie mode: it sends cookies and returns the
// ones set instead of failing on them.
func (e *env) doWithCookies(method, path, auth, body string, cookies ...*http.Cookie) cookieReply {
	e.t.Helper()
	r, res := e.send(method, path, auth, body, cookies)
	out := cookieReply{reply: r, cookies: map[string]*http.Cookie{}}
	for _, c := range res.Cookies() {
		out.cookies[c.Name] = c
	}
	return out
}

// checkTokenCookies: DS and DSR set as Descope's cookie mode sets them, and
// the body without either token but with what the browser SDK needs.
func checkTokenCookies(t *testing.T, what string, r cookieReply, authInfo map[string]any, now time.Time) {
	t.Helper()
	if r.status != http.StatusOK {
		t.Fatalf("%s: %d %s", what, r.status, r.raw)
	}
	for _, name := range []string{"DS", "DSR"} {
		c := r.cookies[name]
		switch {
		case c == nil:
			t.Fatalf("%s: no %s cookie (set: %v)", what, name, r.header.Values("Set-Cookie"))
		case !strings.HasPrefix(c.Value, "eyJ") || !c.HttpOnly || c.SameSite != http.SameSiteStrictMode || c.Path != "/" || c.Secure || c.Domain != "":
			t.Errorf("%s: %s cookie = %s", what, name, c.String())
		case !c.Expires.After(now):
			t.Errorf("%s: %s cookie expires %v, before now", what, name, c.Expires)
		}
	}
	if ds, dsr := r.cookies["DS"], r.cookies["DSR"]; ds != nil && dsr != nil && !ds.Expires.Before(dsr.Expires) {
		t.Errorf("%s: DS expires %v, not before DSR %v: it should end with the session", what, ds.Expires, dsr.Expires)
	}
	for _, gone := range []string{"sessionJwt", "refreshJwt"} {
		if _, ok := authInfo[gone]; ok {
			t.Errorf("%s: body has %s in cookie mode", what, gone)
		}
	}
	for _, kept := range []string{"sessionExpiration", "cookieExpiration", "cookieMaxAge", "cookiePath", "user", "claims"} {
		if _, ok := authInfo[kept]; !ok {
			t.Errorf("%s: body lacks %s", what, kept)
		}
	}
	if strings.Contains(r.raw, "eyJ") {
		t.Errorf("%s: a JWT is in the body: %s", what, r.raw)
	}
}

// Every endpoint that issues tokens delivers them as HttpOnly cookies in
// cookie mode; refresh, me, tenant select and logout take the DSR cookie.
func TestCookieModeDeliversTokensAsCookies(t *testing.T) {
	e := newEnv(t, Options{SeedUsers: true, TokenResponse: TokenResponseCookies})
	now := e.clock.Now()
	pid := e.bearer("")

	code := e.sendCode("otp@example.com")
	r := e.doWithCookies("POST", "/v1/auth/otp/verify/email", pid, `{"loginId":"otp@example.com","code":"`+code+`"}`)
	checkTokenCookies(t, "otp verify", r, r.body, now)

	r = e.doWithCookies("POST", "/v1/auth/password/signup", pid, `{"loginId":"pw@example.com","password":"correct horse"}`)
	checkTokenCookies(t, "password sign-up", r, r.body, now)
	r = e.doWithCookies("POST", "/v1/auth/password/signin", pid, `{"loginId":"pw@example.com","password":"correct horse"}`)
	checkTokenCookies(t, "password sign-in", r, r.body, now)

	// The flow: its authInfo, like the plain endpoints.
	f := &flow{e: e}
	f.start(t, interactionSubmitEmail, map[string]any{"email": AdminLoginID})
	code, _ = e.srv.LastCode(AdminLoginID)
	body, _ := json.Marshal(map[string]any{"executionId": f.executionID, "stepId": f.stepID, "interactionId": interactionCodeField, "input": map[string]any{"code": code}})
	r = e.doWithCookies("POST", "/v1/flow/next", pid, string(body))
	authInfo, _ := r.body["authInfo"].(map[string]any)
	if r.body["status"] != "completed" || authInfo == nil {
		t.Fatalf("flow did not complete: %s", r.raw)
	}
	checkTokenCookies(t, "flow completion", r, authInfo, now)
	dsr := r.cookies["DSR"]

	// Bearer <pid> alone and the DSR cookie: what the browser SDK sends when
	// it holds no token.
	r = e.doWithCookies("POST", "/v1/auth/refresh", pid, `{}`, dsr)
	checkTokenCookies(t, "refresh from the cookie", r, r.body, now)
	if r.cookies["DSR"].Value != dsr.Value {
		t.Error("refresh rotated the refresh token; the emulator does not rotate")
	}
	me := e.doWithCookies("GET", "/v1/auth/me", pid, "", dsr)
	if me.status != http.StatusOK || me.body["email"] != AdminLoginID || len(me.cookies) != 0 {
		t.Errorf("me from the cookie: %d %s, cookies %v", me.status, me.raw, me.cookies)
	}
	r = e.doWithCookies("POST", "/v1/auth/tenant/select", pid, `{"tenant":"`+GlobexTenantID+`"}`, dsr)
	checkTokenCookies(t, "tenant select", r, r.body, now)
	if jwtPart(t, r.cookies["DS"].Value, 1)["dct"] != GlobexTenantID {
		t.Error("the new DS cookie is not in Globex")
	}

	// Logout clears both cookies, and the token is dead.
	r = e.doWithCookies("POST", "/v1/auth/logout", pid, `{}`, dsr)
	if r.status != http.StatusOK || r.raw != "{}" {
		t.Fatalf("logout: %d %s", r.status, r.raw)
	}
	for _, name := range []string{"DS", "DSR"} {
		if c := r.cookies[name]; c == nil || c.Value != "" || c.MaxAge >= 0 || c.Path != "/" || !c.HttpOnly {
			t.Errorf("logout: %s not cleared: %v", name, c)
		}
	}
	if r := e.doWithCookies("POST", "/v1/auth/refresh", pid, `{}`, dsr); r.status != http.StatusUnauthorized || r.errorCode() != codeLoggedOut || r.cookies["DS"] != nil {
		t.Errorf("refresh after logout: %d %s", r.status, r.raw)
	}
	// A logout that carries no token at all has nothing left to end: done,
	// and the cookies are cleared again.
	for _, path := range []string{"/v1/auth/logout", "/v1/auth/logoutall"} {
		if r := e.doWithCookies("POST", path, pid, `{}`); r.status != http.StatusOK || r.cookies["DSR"] == nil || r.cookies["DSR"].MaxAge >= 0 {
			t.Errorf("%s without a token: %d %s %v", path, r.status, r.raw, r.cookies)
		}
	}
	// A revoked cookie is still refused (not "already signed out").
	if r := e.doWithCookies("POST", "/v1/auth/logoutall", pid, `{}`, dsr); r.status != http.StatusUnauthorized {
		t.Errorf("logoutall with a revoked cookie: %d %s", r.status, r.raw)
	}
}

// JSON mode is Descope's default: tokens in the body, never a Set-Cookie
// (env.do fails on one), and a logout without a token is an error.
func TestJSONModeSetsNoCookies(t *testing.T) {
	e := newEnv(t, Options{SeedUsers: true})
	code := e.sendCode("json@example.com")
	r := e.do("POST", "/v1/auth/otp/verify/email", e.bearer(""), `{"loginId":"json@example.com","code":"`+code+`"}`)
	if r.status != http.StatusOK || r.body["sessionJwt"] == nil || r.body["refreshJwt"] == nil {
		t.Fatalf("verify: %d %s", r.status, r.raw)
	}
	if r := e.do("POST", "/v1/auth/logout", e.bearer(""), `{}`); r.status != http.StatusUnauthorized {
		t.Errorf("logout without a token: %d", r.status)
	}
}

// The Go SDK reads a session from the DS Set-Cookie when the body has none:
// the app's server-side refresh works against cookie mode too.
func TestCookieModeWithTheGoSDK(t *testing.T) {
	e := newEnv(t, Options{SeedUsers: true, TokenResponse: TokenResponseCookies})
	info := e.signIn(AdminLoginID)
	ok, tok, err := e.sdk.Auth.RefreshSessionWithToken(context.Background(), info.RefreshJWT)
	if err != nil || !ok || tok.Claims["drn"] != "DS" || tok.ID != info.User.UserID {
		t.Fatalf("RefreshSessionWithToken: %v %v", tok, err)
	}
	if err := e.sdk.Auth.LogoutWithToken(info.RefreshJWT, nil); err != nil {
		t.Fatalf("LogoutWithToken: %v", err)
	}
	if _, _, err := e.sdk.Auth.RefreshSessionWithToken(context.Background(), info.RefreshJWT); err == nil {
		t.Error("refresh after the SDK's logout succeeded")
	}
}

func TestParseTokenResponse(t *testing.T) {
	for in, want := range map[string]TokenResponse{"": TokenResponseJSON, "json": TokenResponseJSON, " Cookies ": TokenResponseCookies} {
		if got, err := ParseTokenResponse(in); err != nil || got != want {
			t.Errorf("ParseTokenResponse(%q) = %q, %v", in, got, err)
		}
	}
	for _, bad := range []string{"cookie", "body", "both"} {
		if _, err := ParseTokenResponse(bad); err == nil {
			t.Errorf("ParseTokenResponse(%q) accepted", bad)
		}
	}
	if _, err := New(Options{TokenResponse: "headers"}); err == nil {
		t.Error("New accepted an unknown token response")
	}
}
