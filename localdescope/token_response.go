package localdescope

import (
	"fmt"
	"net/http"
	"strings"
	"time"
)

// TokenResponse is how the local Descope hands out the tokens it issues: the
// project setting Descope calls "manage in response body" or "manage in
// cookies".
type TokenResponse string

const (
	// TokenResponseJSON puts sessionJwt and refreshJwt in the JSON body; the
	// browser SDK stores them (Descope's default).
	TokenResponseJSON TokenResponse = "json"
	// TokenResponseCookies sets DS and DSR as HttpOnly, SameSite=Strict
	// cookies and leaves both tokens out of the body, as Descope does on a
	// custom domain. No JavaScript can read either token.
	TokenResponseCookies TokenResponse = "cookies"
)

// ParseTokenResponse reads "json" or "cookies" ("" means json).
func ParseTokenResponse(s string) (TokenResponse, error) {
	switch t := TokenResponse(strings.ToLower(strings.TrimSpace(s))); t {
	case "", TokenResponseJSON:
		return TokenResponseJSON, nil
	case TokenResponseCookies:
		return t, nil
	}
	return "", fmt.Errorf("token response must be json or cookies, not %q", s)
}

// signedOut is the body of logout and logoutall: {}. In cookie mode it also
// expires both cookies.
type signedOut struct{}

// deliverTokens is the one way issued tokens leave the emulator: ServeHTTP
// passes every handler result through it. A *jwtResponse (refresh, OTP,
// password, tenant select) or a completed flow's authInfo (sign-in, step-up)
// goes out as it is in JSON mode; in cookie mode its tokens become cookies
// and the body keeps only what Descope keeps there: the cookie fields,
// sessionExpiration (the browser SDK's signal that a sign-in succeeded),
// user, firstSeen and claims.
func (s *Server) deliverTokens(c *call, result any) any {
	if s.tokenResponse != TokenResponseCookies {
		return result
	}
	switch r := result.(type) {
	case *jwtResponse:
		return s.tokensToCookies(c, r)
	case *flowResponse:
		if r.AuthInfo != nil {
			out := *r
			out.AuthInfo = &flowAuthInfo{jwtResponse: s.tokensToCookies(c, r.AuthInfo.jwtResponse), CookieDomain: r.AuthInfo.CookieDomain}
			return &out
		}
	case signedOut:
		s.expireTokenCookies(c)
	}
	return result
}

// tokensToCookies sets DS (expiring with the session) and DSR (expiring with
// the refresh token) and returns the body without them. A refresh does not
// rotate the refresh token, so DSR is set again with the one the request
// authenticated with.
func (s *Server) tokensToCookies(c *call, resp *jwtResponse) *jwtResponse {
	refresh := resp.RefreshJwt
	if refresh == "" {
		refresh = c.refreshToken()
	}
	s.setTokenCookie(c, sessionCookie, resp.SessionJwt, time.Unix(resp.SessionExpiration, 0))
	s.setTokenCookie(c, refreshCookie, refresh, time.Unix(resp.CookieExpiration, 0))
	out := *resp
	out.SessionJwt, out.RefreshJwt = "", ""
	return &out
}

// setTokenCookie writes one HttpOnly, SameSite=Strict cookie for the whole
// origin: Path=/ because the emulator lives under /local-descope while the
// app's pages, on the same origin, must receive the cookies.
func (s *Server) setTokenCookie(c *call, name, value string, expires time.Time) {
	if value == "" {
		return
	}
	http.SetCookie(c.w, &http.Cookie{
		Name:     name,
		Value:    value,
		Path:     "/",
		Expires:  expires,
		MaxAge:   max(1, int(expires.Sub(s.now())/time.Second)),
		Secure:   s.secureCookies(c.r),
		HttpOnly: true,
		SameSite: http.SameSiteStrictMode,
	})
}

// expireTokenCookies clears DS and DSR (logout, logoutall).
func (s *Server) expireTokenCookies(c *call) {
	for _, name := range []string{sessionCookie, refreshCookie} {
		http.SetCookie(c.w, &http.Cookie{
			Name: name, Value: "", Path: "/", MaxAge: -1, Expires: time.Unix(0, 0),
			Secure: s.secureCookies(c.r), HttpOnly: true, SameSite: http.SameSiteStrictMode,
		})
	}
}

// alreadySignedOut: in cookie mode a logout that carries no refresh token at
// all (no DSR cookie, nothing after the project ID) has nothing left to end,
// typically because the app's own /logout revoked the HttpOnly cookie and
// cleared it a moment earlier. It is answered as done, so the browser SDK
// can still clear its own state. In JSON mode it stays an error.
func (s *Server) alreadySignedOut(c *call) bool {
	return s.tokenResponse == TokenResponseCookies && c.refreshToken() == ""
}

// secureCookies: Secure when configured and whenever the request came over
// https (directly, or through a proxy that says so).
func (s *Server) secureCookies(r *http.Request) bool {
	return s.secureCookie || r.TLS != nil || strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https")
}
