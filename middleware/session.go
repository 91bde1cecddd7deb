// Package middleware holds the Fiber middleware every request goes through:
// the Descope session check, security headers, CSRF, caching rules and logs.
package middleware

import (
	"errors"
	"log/slog"

	"github.com/gofiber/fiber/v2"

	"github.com/descope-htmx/descope-htmx/auth"
)

// Cookie names the Descope SDKs use.
const (
	SessionCookie = "DS"
	RefreshCookie = "DSR"
)

// SessionOf is how handlers read the visitor: the validated session, or nil
// and the reason there is none (auth.ErrNoToken for a plain guest).
func SessionOf(c *fiber.Ctx) (*auth.Session, error) {
	if r := peekRecord(c); r != nil && r.sessionRead {
		return r.session, r.sessionErr
	}
	return nil, auth.ErrNoToken
}

// SessionOptions configures Session.
type SessionOptions struct {
	// SecureCookies marks a DS cookie set after a server-side refresh Secure.
	SecureCookies bool
	// Logger gets the refresh decisions at debug level (default: none).
	Logger *slog.Logger
	// Proxies tells https requests (their refreshed DS cookie is Secure).
	Proxies Proxies
}

// Session validates the session token and stores the outcome for SessionOf.
// Attach it to the routes that need a session, never with app.Use: then
// unmatched paths, 404s and 405s never validate, refresh or set a cookie. It
// never rejects a request itself: the route's guard (package authz) decides.
//
// The token is taken from "Authorization: Bearer" first, then the DS cookie.
// When that session is missing or expired and a DSR cookie is present, the
// session is refreshed here, with or without an Authorization header: in
// Descope's cookie mode the page script cannot read the session, so its
// header may be absent or, from an older tab, stale. A valid session is never
// refreshed, and a bad one (malformed, forged, wrong project) is never papered
// over by a cookie.
func Session(v *auth.Validator, opts SessionOptions) fiber.Handler {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return func(c *fiber.Ctx) error {
		rec := recordOf(c)
		rec.sessionRead = true

		header := c.Get(fiber.HeaderAuthorization)
		token, err := auth.TokenFromRequest(header, requestCookie(c, SessionCookie))
		if err == nil {
			rec.session, err = v.ValidateAt(c.UserContext(), token, c.Context().Time())
		}
		if errors.Is(err, auth.ErrNoToken) || errors.Is(err, auth.ErrExpired) {
			if refresh := requestCookie(c, RefreshCookie); refresh != "" {
				log.Debug("session: refreshing from the DSR cookie", "request_id", RequestID(c), "because", err.Error())
				s, rerr := v.Refresh(c.UserContext(), refresh)
				switch {
				case rerr == nil:
					rec.session, err = s, nil
					setSessionCookie(c, s, secureCookie(c, opts.SecureCookies, opts.Proxies))
				case errors.Is(rerr, auth.ErrUnavailable):
					err = rerr // say Descope is down rather than show a login
				}
			}
		}
		rec.sessionErr = err
		if err != nil && !errors.Is(err, auth.ErrNoToken) {
			rec.authFailure = err.Error()
		}
		return c.Next()
	}
}

// secureCookie: Secure when configured, and always on https.
func secureCookie(c *fiber.Ctx, configured bool, proxies Proxies) bool {
	return configured || proxies.IsHTTPS(c)
}

// setSessionCookie writes the session refreshed from a DSR cookie: HttpOnly,
// Strict, expiring with the token. Only Descope's cookie mode puts a DSR
// cookie on the app's site (in body mode the browser SDK keeps the refresh
// token in localStorage and deletes any DSR cookie it can see), and in that
// mode the browser never needs to read the session: the page script sends
// the cookie and nothing else. Cookie attributes never reach the server, so
// this is decided by where the refresh token came from, not by a setting.
func setSessionCookie(c *fiber.Ctx, s *auth.Session, secure bool) {
	c.Cookie(&fiber.Cookie{
		Name:     SessionCookie,
		Value:    s.Token.JWT,
		Path:     "/",
		Expires:  s.ExpiresAt,
		Secure:   secure,
		HTTPOnly: true,
		SameSite: fiber.CookieSameSiteStrictMode,
	})
}

// ClearSessionCookies expires DS and DSR (logout). The header is written by
// hand because fasthttp cannot emit "Max-Age=0", which every browser honours.
func ClearSessionCookies(c *fiber.Ctx, secure bool) {
	for _, name := range []string{SessionCookie, RefreshCookie} {
		v := name + "=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; SameSite=Strict"
		if secureCookie(c, secure, Proxies{}) {
			v += "; Secure"
		}
		if name == RefreshCookie {
			v += "; HttpOnly"
		}
		c.Response().Header.Add(fiber.HeaderSetCookie, v)
	}
}
