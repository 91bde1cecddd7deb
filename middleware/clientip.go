package middleware

import (
	"net/netip"
	"strings"

	"github.com/gofiber/fiber/v2"
)

// ClientIP returns how rate limits tell clients apart. It is the TCP peer,
// unless the peer is one of the trusted proxies: then X-Forwarded-For is read
// from the right, skipping trusted proxies, so the first address a trusted
// proxy saw wins. (Fiber's c.IP() would return the header as the client sent
// it, letting every request pick a fresh rate-limit key.)
//
// trusted holds IPs and CIDRs, as TRUSTED_PROXIES; config.Load has checked them.
func ClientIP(trusted []string) func(*fiber.Ctx) string {
	var nets []netip.Prefix
	for _, t := range trusted {
		if p, err := netip.ParsePrefix(t); err == nil {
			nets = append(nets, p.Masked())
		} else if a, err := netip.ParseAddr(t); err == nil {
			nets = append(nets, netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()))
		}
	}
	isTrusted := func(a netip.Addr) bool {
		for _, n := range nets {
			if n.Contains(a) {
				return true
			}
		}
		return false
	}
	return func(c *fiber.Ctx) string {
		peer, _ := netip.AddrFromSlice(c.Context().RemoteIP())
		peer = peer.Unmap()
		if !isTrusted(peer) {
			return peer.String()
		}
		hops := strings.Split(c.Get(fiber.HeaderXForwardedFor), ",")
		for i := len(hops) - 1; i >= 0; i-- {
			a, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
			if err != nil {
				break // a garbled hop: trust nothing further left
			}
			if a = a.Unmap(); !isTrusted(a) {
				return a.String()
			}
		}
		return peer.String()
	}
}
