package middleware

import (
	"encoding/base64"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gofiber/fiber/v2"
)

func TestTokenSigner(t *testing.T) {
	s := newTokenSigner("", time.Hour)
	token := s.issue()
	if !s.valid(token) {
		t.Fatal("a fresh token is invalid")
	}
	if raw, _ := s.Get(token); raw == nil {
		t.Fatal("storage does not find a fresh token")
	}
	raw, _ := base64.RawURLEncoding.DecodeString(token)
	raw[10] ^= 1 // flip one bit of the random part
	for name, bad := range map[string]string{
		"tampered":         base64.RawURLEncoding.EncodeToString(raw),
		"other key":        newTokenSigner("", time.Hour).issue(),
		"garbage":          "not-a-token",
		"empty":            "",
		"truncated":        token[:20],
		"expired lifetime": (&tokenSigner{key: s.key, lifetime: time.Nanosecond}).issue(),
	} {
		check := s
		if name == "expired lifetime" {
			check = &tokenSigner{key: s.key, lifetime: time.Nanosecond}
			time.Sleep(time.Millisecond)
		}
		if check.valid(bad) {
			t.Errorf("%s token accepted", name)
		}
	}
}

func TestTokenSignerSharedSecret(t *testing.T) {
	a, b := newTokenSigner("replica secret of some length", time.Hour), newTokenSigner("replica secret of some length", time.Hour)
	if !b.valid(a.issue()) {
		t.Fatal("two instances with one CSRF secret disagree")
	}
	if newTokenSigner("another secret entirely, also long", time.Hour).valid(a.issue()) {
		t.Fatal("a different secret accepted the token")
	}
}

func TestCrossSite(t *testing.T) {
	app := fiber.New()
	app.Post("/", func(c *fiber.Ctx) error {
		if crossSite(c, Proxies{}) {
			return c.SendString("cross")
		}
		return c.SendString("same")
	})
	for name, tc := range map[string]struct {
		headers map[string]string
		want    string
	}{
		"no metadata (old browser, curl)": {nil, "same"},
		"same-origin fetch":               {map[string]string{"Sec-Fetch-Site": "same-origin", "Origin": "http://example.com"}, "same"},
		"cross-site fetch":                {map[string]string{"Sec-Fetch-Site": "cross-site"}, "cross"},
		"same-site subdomain":             {map[string]string{"Sec-Fetch-Site": "same-site"}, "cross"},
		"foreign origin":                  {map[string]string{"Origin": "https://evil.example"}, "cross"},
		"https behind a TLS proxy":        {map[string]string{"Origin": "https://example.com"}, "same"},
		"null origin":                     {map[string]string{"Origin": "null"}, "cross"},
	} {
		req := httptest.NewRequest(http.MethodPost, "http://example.com/", nil)
		for k, v := range tc.headers {
			req.Header.Set(k, v)
		}
		resp, err := app.Test(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		if string(body) != tc.want {
			t.Errorf("%s: %s, want %s", name, body, tc.want)
		}
	}
}

func TestClearSessionCookies(t *testing.T) {
	app := fiber.New()
	app.Get("/", func(c *fiber.Ctx) error { ClearSessionCookies(c, true); return nil })
	resp, err := app.Test(httptest.NewRequest(http.MethodGet, "/", nil))
	if err != nil {
		t.Fatal(err)
	}
	lines := resp.Header.Values("Set-Cookie")
	if len(lines) != 2 {
		t.Fatalf("Set-Cookie = %q", lines)
	}
	for _, line := range lines {
		for _, want := range []string{"=;", "Path=/", "Max-Age=0", "SameSite=Strict", "Secure"} {
			if !strings.Contains(line, want) {
				t.Errorf("%q lacks %q", line, want)
			}
		}
		if strings.HasPrefix(line, "DSR=") != strings.Contains(line, "HttpOnly") {
			t.Errorf("%q: only DSR is HttpOnly (JavaScript owns DS)", line)
		}
	}
}

func TestNonceIsFreshPerResponse(t *testing.T) {
	app := fiber.New()
	app.Use(SecurityHeaders(CSPSources{Connect: []string{"https://api.descope.com"}}, Proxies{}))
	app.Get("/", func(c *fiber.Ctx) error { return c.SendString(Nonce(c)) })
	seen := map[string]bool{}
	for i := 0; i < 20; i++ {
		resp, _ := app.Test(httptest.NewRequest(http.MethodGet, "/", nil))
		nonce, _ := io.ReadAll(resp.Body)
		csp := resp.Header.Get("Content-Security-Policy")
		if len(nonce) < 22 || seen[string(nonce)] || strings.Count(csp, "'nonce-"+string(nonce)+"'") != 2 {
			t.Fatalf("nonce %q reused or not in script-src and style-src: %q", nonce, csp)
		}
		if !strings.Contains(csp, "connect-src 'self' https://api.descope.com;") {
			t.Fatalf("connect-src missing the extra origin: %q", csp)
		}
		seen[string(nonce)] = true
	}
}

func TestClientIP(t *testing.T) {
	// app.Test's connections come from 0.0.0.0.
	for name, tc := range map[string]struct {
		trusted []string
		xff     string
		want    string
	}{
		"no proxies: the peer, header ignored":   {nil, "1.2.3.4", "0.0.0.0"},
		"untrusted peer: header ignored":         {[]string{"10.0.0.0/8"}, "1.2.3.4", "0.0.0.0"},
		"trusted peer: the hop it saw":           {[]string{"0.0.0.0"}, "6.6.6.6, 1.2.3.4", "1.2.3.4"},
		"spoofed left part does not matter":      {[]string{"0.0.0.0"}, "random-spoof, 1.2.3.4", "1.2.3.4"},
		"two trusted proxies are skipped":        {[]string{"0.0.0.0", "10.0.0.0/8"}, "1.2.3.4, 10.1.1.1", "1.2.3.4"},
		"garbled nearest hop: fall back to peer": {[]string{"0.0.0.0"}, "1.2.3.4, not-an-ip", "0.0.0.0"},
		"no header from a trusted peer":          {[]string{"0.0.0.0"}, "", "0.0.0.0"},
	} {
		app := fiber.New()
		ip := ClientIP(tc.trusted)
		app.Get("/", func(c *fiber.Ctx) error { return c.SendString(ip(c)) })
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		if tc.xff != "" {
			req.Header.Set("X-Forwarded-For", tc.xff)
		}
		resp, err := app.Test(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		if string(body) != tc.want {
			t.Errorf("%s: %s, want %s", name, body, tc.want)
		}
	}
}
