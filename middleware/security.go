package middleware

import (
	"strings"

	"github.com/gofiber/fiber/v2"
)

// Nonce is this response's CSP nonce, for <script nonce> and <descope-wc
// nonce>. Valid until the handler returns, as RequestID.
func Nonce(c *fiber.Ctx) string {
	if r := peekRecord(c); r != nil {
		return r.nonce
	}
	return ""
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
// fragments included, with a fresh CSP nonce per response (HSTS on https,
// as proxies tell it).
func SecurityHeaders(src CSPSources, proxies Proxies) fiber.Handler {
	apply := SecurityHeaderWriter(src, proxies)
	return func(c *fiber.Ctx) error {
		apply(c)
		return c.Next()
	}
}

// SecurityHeaderWriter sets the same headers, with a fresh nonce, on one
// response; the error handler uses it for errors raised before the
// middleware ran (such as an oversized header).
func SecurityHeaderWriter(src CSPSources, proxies Proxies) func(*fiber.Ctx) {
	// Everything but the nonce is fixed, so the policy is split once around
	// its nonce slots and each response only joins the pieces.
	template := cspPolicy(src)
	pieces := strings.Split(template, nonceSlot)
	policy := make([][]byte, len(pieces))
	for i, p := range pieces {
		policy[i] = []byte(p)
	}
	size := len(template) + (len(pieces)-1)*(base64Len-len(nonceSlot))
	nonces := newNonceSource()
	return func(c *fiber.Ctx) {
		var nonce [base64Len]byte
		nonces.next(&nonce)
		recordOf(c).setNonce(&nonce)
		// On the stack unless the configured origins make the policy long.
		csp := make([]byte, 0, 1024)
		if size > cap(csp) {
			csp = make([]byte, 0, size)
		}
		csp = append(csp, policy[0]...)
		for _, p := range policy[1:] {
			csp = append(append(csp, nonce[:]...), p...)
		}
		h := &c.Response().Header
		h.SetCanonical(headerCSP, csp) // copies csp
		for _, kv := range fixedSecurityHeaders {
			h.SetCanonical(kv[0], kv[1])
		}
		if proxies.IsHTTPS(c) {
			h.SetCanonical(headerHSTS, valueHSTS)
		}
	}
}

// The fixed headers, as fasthttp's canonical bytes, so setting them skips
// normalisation.
var (
	headerCSP            = []byte(fiber.HeaderContentSecurityPolicy)
	headerHSTS           = []byte(fiber.HeaderStrictTransportSecurity)
	valueHSTS            = []byte("max-age=63072000; includeSubDomains")
	fixedSecurityHeaders = [][2][]byte{
		{[]byte(fiber.HeaderXContentTypeOptions), []byte("nosniff")},
		{[]byte(fiber.HeaderXFrameOptions), []byte("DENY")},
		// Not no-referrer: Fiber's CSRF check needs a Referer on HTTPS POSTs.
		{[]byte(fiber.HeaderReferrerPolicy), []byte("strict-origin-when-cross-origin")},
		// Passkeys need publickey-credentials; everything else powerful is off.
		{[]byte(fiber.HeaderPermissionsPolicy), []byte("publickey-credentials-get=(self), publickey-credentials-create=(self), camera=(), microphone=(), geolocation=(), payment=(), usb=()")},
		// Allow popups to keep their opener, for Descope's OAuth popups.
		{[]byte("Cross-Origin-Opener-Policy"), []byte("same-origin-allow-popups")},
		{[]byte("Cross-Origin-Resource-Policy"), []byte("same-origin")},
	}
)

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
