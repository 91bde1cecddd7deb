package middleware

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/csrf"
)

// The csrf_ cookie is Secure exactly when the session cookies are: when
// configured, and on any request that arrived over https.
func TestCSRFCookieSecureMatchesSessionCookies(t *testing.T) {
	cases := []struct {
		name       string
		configured bool
		proto      string // X-Forwarded-Proto from a trusted proxy
		want       bool
	}{
		{"plain http", false, "", false},
		{"https behind a trusted proxy", false, "https", true},
		{"configured", true, "", true},
		{"configured and https", true, "https", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			app := fiber.New(fiber.Config{EnableTrustedProxyCheck: true, TrustedProxies: []string{"0.0.0.0"}})
			app.Use(CSRF(CSRFOptions{SecureCookie: tc.configured, Refuse: func(c *fiber.Ctx, err error) error { return c.SendStatus(403) }}))
			var session bool
			app.Get("/", func(c *fiber.Ctx) error {
				session = secureCookie(c, tc.configured, Proxies{}) // what DS and the cookie clearing use
				return c.SendString(CSRFToken(c))                   // as a page does: asking gives it out
			})
			req := httptest.NewRequest("GET", "/", nil)
			if tc.proto != "" {
				req.Header.Set("X-Forwarded-Proto", tc.proto)
			}
			resp, err := app.Test(req)
			if err != nil {
				t.Fatal(err)
			}
			var line string
			for _, l := range resp.Header.Values("Set-Cookie") {
				if strings.HasPrefix(l, CSRFCookie+"=") {
					line = l
				}
			}
			if line == "" {
				t.Fatal("no csrf_ cookie")
			}
			got := strings.Contains(strings.ToLower(line), "; secure")
			if got != tc.want || got != session {
				t.Fatalf("csrf_ Secure = %v, session cookies Secure = %v, want %v: %s", got, session, tc.want, line)
			}
		})
	}
}

// Safe requests get their page's token from this package rather than from
// Fiber's middleware: it must do what Fiber's would, header for header. A
// good csrf_ cookie keeps its token, a missing, forged or expired one gets
// a new token, and the cookie is (re)set the same way either way.
func TestPageTokenAsFibersMiddlewareGivesIt(t *testing.T) {
	signer := newTokenSigner("a secret for this test, long enough", time.Hour)
	expired := func() string { // well signed, issued two lifetimes ago
		var raw [8 + 16 + sha256.Size]byte
		binary.BigEndian.PutUint64(raw[:8], uint64(time.Now().Add(-2*time.Hour).Unix()))
		copy(raw[24:], signer.mac(raw[:24]))
		return base64.RawURLEncoding.EncodeToString(raw[:])
	}()
	fibers := func(secure bool) fiber.Handler {
		return csrf.New(csrf.Config{
			KeyLookup: "header:" + CSRFHeader, CookieName: CSRFCookie, CookiePath: "/", CookieSecure: secure,
			CookieHTTPOnly: true, CookieSameSite: fiber.CookieSameSiteStrictMode, Expiration: signer.lifetime,
			KeyGenerator: signer.issue, Storage: signer, ContextKey: csrfTokenKey{},
		})
	}
	ours := func(secure bool) fiber.Handler {
		return func(c *fiber.Ctx) error {
			c.Locals(csrfTokenKey{}, signer.givePageToken(c, secure))
			return c.Next()
		}
	}
	type answer struct {
		token, cookie, vary string
	}
	serve := func(mw fiber.Handler, method, cookie string) answer {
		app := fiber.New()
		var token string
		app.Use(mw)
		app.All("/", func(c *fiber.Ctx) error { token = CSRFToken(c); return nil })
		req := httptest.NewRequest(method, "/", nil)
		if cookie != "" {
			req.Header.Set("Cookie", "DS=a.b.c; "+CSRFCookie+"="+cookie+"; other=1")
		}
		resp, err := app.Test(req)
		if err != nil {
			t.Fatal(err)
		}
		// The expiry moves with the clock and a new token is random: compare
		// the attributes around them, and the token when one was kept.
		line := resp.Header.Get("Set-Cookie")
		line = regexp.MustCompile(`expires=[^;]+`).ReplaceAllString(line, "expires=X")
		if token != cookie {
			line = strings.Replace(line, token, "NEW", 1)
			token = "NEW"
		}
		return answer{token, line, resp.Header.Get("Vary")}
	}
	good := signer.issue()
	for _, method := range []string{"GET", "HEAD", "OPTIONS"} {
		for _, cookie := range []string{"", good, "forged." + good[7:], expired} {
			for _, secure := range []bool{false, true} {
				want, got := serve(fibers(secure), method, cookie), serve(ours(secure), method, cookie)
				if got != want {
					t.Errorf("%s, cookie %.12q, secure %v: ours %+v, Fiber's %+v", method, cookie, secure, got, want)
				}
				if cookie == good && got.token != good {
					t.Errorf("%s: a good token was replaced", method)
				}
				if cookie != good && got.token != "NEW" {
					t.Errorf("%s, cookie %.12q: kept a bad token", method, cookie)
				}
			}
		}
	}
}
