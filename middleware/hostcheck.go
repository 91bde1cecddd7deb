package middleware

import (
	"net"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/gofiber/fiber/v2"

	"github.com/descope-htmx/descope-htmx/config"
)

// HostCheckConfig configures HostCheck.
type HostCheckConfig struct {
	// Next skips the check when it returns true.
	Next func(*fiber.Ctx) bool
	// PublicOrigins are allowed besides loopback ("https://demo.example.com");
	// a port in the origin must match, an origin without one allows any.
	PublicOrigins []string
	// ErrorHandler answers a refused request; default: 421 and a small page.
	ErrorHandler fiber.Handler
	// Proxies tells the host a trusted proxy was asked for (X-Forwarded-Host).
	Proxies Proxies
}

// HostCheck refuses requests whose Host is neither loopback nor one of the
// configured public origins. In demo mode this stops DNS rebinding: a page on
// evil.example that rebinds its name to 127.0.0.1 reaches the demo with
// "Host: evil.example", and is turned away before it can read the outbox.
func HostCheck(cfg HostCheckConfig) fiber.Handler {
	allowed := make(map[string]bool, len(cfg.PublicOrigins))
	for _, o := range cfg.PublicOrigins {
		_, host, _ := strings.Cut(o, "://")
		allowed[strings.ToLower(host)] = true
	}
	refuse := cfg.ErrorHandler
	if refuse == nil {
		refuse = refuseHost
	}
	var seen allowedHosts
	return func(c *fiber.Ctx) error {
		if cfg.Next != nil && cfg.Next(c) {
			return c.Next()
		}
		host := cfg.Proxies.Host(c)
		if seen.has(host) {
			return c.Next()
		}
		if hostAllowed(host, allowed) {
			seen.add(host)
			return c.Next()
		}
		return refuse(c)
	}
}

// allowedHosts remembers Host values already found allowed, as sent: a
// server is reached under a handful (its names and ports), and a lookup
// costs less than judging one again. Only allowed ones are kept, and at
// most maxAllowedHosts, so foreign Host headers cannot grow it.
type allowedHosts struct {
	hosts sync.Map // string -> struct{}
	n     atomic.Int32
}

const maxAllowedHosts = 64

func (a *allowedHosts) has(host string) bool {
	_, ok := a.hosts.Load(host)
	return ok
}

// add remembers an allowed host not remembered yet.
func (a *allowedHosts) add(host string) {
	if a.n.Load() >= maxAllowedHosts {
		return
	}
	a.n.Add(1)
	a.hosts.Store(strings.Clone(host), struct{}{}) // host aliases the request
}

// hostAllowed reads "name[:port]" or "[v6][:port]".
func hostAllowed(hostport string, allowed map[string]bool) bool {
	if hostport == "" {
		return false
	}
	hostport = strings.ToLower(hostport)
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	return config.IsLoopbackHost(host) || allowed[hostport] || allowed[host]
}

// refuseHost is a page of its own, not the app's error page: nothing of the
// app is rendered for a host it does not serve.
func refuseHost(c *fiber.Ctx) error {
	c.Set(fiber.HeaderCacheControl, "no-store")
	c.Set(fiber.HeaderContentType, fiber.MIMETextHTMLCharsetUTF8)
	return c.Status(fiber.StatusMisdirectedRequest).SendString(`<!doctype html><html lang="en"><meta charset="utf-8"><title>Wrong address</title>` +
		`<h1>Wrong address</h1><p>This demo answers only at http://localhost or an address listed in PUBLIC_ORIGINS.</p></html>`)
}
