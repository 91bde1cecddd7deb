package middleware

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/utils"
)

// Proxies tells the request's scheme and host as Fiber's Protocol and
// Hostname do (X-Forwarded-* honoured only from TRUSTED_PROXIES), for less:
// Fiber checks the peer against the list on every call (formatting its IP),
// and reads the headers first. Without any trusted proxy no header can count,
// so none is read; otherwise Fiber is asked only when such a header is there.
//
// The zero value assumes a proxy may be trusted: always right, never fastest.
type Proxies struct{ none bool }

// TrustedProxies is the Proxies of an app configured with this
// TrustedProxies list (and EnableTrustedProxyCheck, as this app always is).
func TrustedProxies(list []string) Proxies { return Proxies{none: len(list) == 0} }

// IsHTTPS is c.Protocol() == "https".
func (p Proxies) IsHTTPS(c *fiber.Ctx) bool {
	if c.Context().IsTLS() {
		return true
	}
	if p.none {
		return false
	}
	h := &c.Request().Header
	for _, k := range forwardedScheme {
		if len(h.PeekBytes(k)) > 0 {
			return c.Protocol() == "https"
		}
	}
	return false
}

// Host is c.Hostname(): valid only until the handler returns.
func (p Proxies) Host(c *fiber.Ctx) string {
	if !p.none && len(c.Request().Header.PeekBytes(headerForwardedHost)) > 0 {
		return c.Hostname()
	}
	return utils.UnsafeString(c.Request().URI().Host())
}

// BaseURL is c.BaseURL(): "http://host[:port]" or "https://...".
func (p Proxies) BaseURL(c *fiber.Ctx) string {
	if p.IsHTTPS(c) {
		return "https://" + p.Host(c)
	}
	return "http://" + p.Host(c)
}

// The headers Fiber's Protocol and Hostname read. (Not found by VisitAll,
// which would re-serialise the cookies.)
var (
	forwardedScheme = [][]byte{
		[]byte(fiber.HeaderXForwardedProto), []byte(fiber.HeaderXForwardedProtocol),
		[]byte(fiber.HeaderXForwardedSsl), []byte(fiber.HeaderXUrlScheme),
	}
	headerForwardedHost = []byte(fiber.HeaderXForwardedHost)
)
