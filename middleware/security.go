package middleware

import (
	"crypto/rand"
	"encoding/base64"
	"strings"

	"github.com/gofiber/fiber/v2"
)

type nonceKey struct{}

// Nonce is this response's CSP nonce, for <script nonce> and <descope-wc nonce>.
func Nonce(c *fiber.Ctx) string {
	n, _ := c.Locals(nonceKey{}).(string)
	return n
}

// CSPSources lists the extra origins the page may use, per directive, beyond 'self'.
// In demo mode everything is 'self' and these stay empty.
type CSPSources struct {
	Connect []string
	Script  []string
	Style   []string
	Img     []string
	Font    []string
}

// SecurityHeaders sets the security headers on every response, errors and
// fragments included, with a fresh CSP nonce per response.
func SecurityHeaders(src CSPSources) fiber.Handler {
	apply := SecurityHeaderWriter(src)
	return func(c *fiber.Ctx) error {
		apply(c)
		return c.Next()
	}
}

// SecurityHeaderWriter sets the same headers, with a fresh nonce, on one
// response; the error handler uses it for errors raised before the
// middleware ran (such as an oversized header).
func SecurityHeaderWriter(src CSPSources) func(*fiber.Ctx) {
	// Everything but the nonce is fixed, so the policy is built once.
	policy := cspPolicy(src)
	return func(c *fiber.Ctx) {
		nonce := newNonce()
		c.Locals(nonceKey{}, nonce)
		setSecurityHeaders(c, strings.ReplaceAll(policy, nonceSlot, nonce))
	}
}

// setSecurityHeaders writes the fixed headers and the given CSP.
func setSecurityHeaders(c *fiber.Ctx, csp string) {
	h := &c.Response().Header
	h.Set(fiber.HeaderContentSecurityPolicy, csp)
	h.Set(fiber.HeaderXContentTypeOptions, "nosniff")
	h.Set(fiber.HeaderXFrameOptions, "DENY")
	// Not no-referrer: Fiber's CSRF check needs a Referer on HTTPS POSTs.
	h.Set(fiber.HeaderReferrerPolicy, "strict-origin-when-cross-origin")
	// Passkeys need publickey-credentials; everything else powerful is off.
	h.Set(fiber.HeaderPermissionsPolicy, "publickey-credentials-get=(self), publickey-credentials-create=(self), camera=(), microphone=(), geolocation=(), payment=(), usb=()")
	// Allow popups to keep their opener, for Descope's OAuth popups.
	h.Set("Cross-Origin-Opener-Policy", "same-origin-allow-popups")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	if c.Protocol() == "https" {
		h.Set(fiber.HeaderStrictTransportSecurity, "max-age=63072000; includeSubDomains")
	}
}

const nonceSlot = "{nonce}"

// cspPolicy builds the policy with nonceSlot where each response's nonce goes.
// The nonce is in style-src too: Descope's component stamps it on the styles it adds.
func cspPolicy(src CSPSources) string {
	list := func(extra []string) string {
		if len(extra) == 0 {
			return ""
		}
		return " " + strings.Join(extra, " ")
	}
	return "default-src 'self'" +
		"; script-src 'self'" + list(src.Script) + " 'nonce-" + nonceSlot + "'" +
		"; style-src 'self'" + list(src.Style) + " 'nonce-" + nonceSlot + "'" +
		"; img-src 'self' data:" + list(src.Img) +
		"; font-src 'self' data:" + list(src.Font) +
		"; connect-src 'self'" + list(src.Connect) +
		"; frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'self'"
}

func newNonce() string {
	var b [18]byte
	_, _ = rand.Read(b[:]) // crypto/rand never fails on supported platforms
	return base64.RawURLEncoding.EncodeToString(b[:])
}
