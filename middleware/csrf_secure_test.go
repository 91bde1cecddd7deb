package middleware

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gofiber/fiber/v2"
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
				session = secureCookie(c, tc.configured) // what DS and the cookie clearing use
				return c.SendString("ok")
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
