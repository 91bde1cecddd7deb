package middleware

import (
	"io"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/gofiber/fiber/v2"
)

// DNS rebinding: the browser sends the attacker's name as Host.
func TestHostCheck(t *testing.T) {
	app := fiber.New()
	app.Use(HostCheck(HostCheckConfig{PublicOrigins: []string{"https://demo.example.com", "http://box.lan:3000"}}))
	app.Get("/*", func(c *fiber.Ctx) error { return c.SendString("app") })
	cases := []struct {
		host string
		ok   bool
	}{
		{"localhost", true},
		{"localhost:3000", true},
		{"LOCALHOST:8080", true},
		{"127.0.0.1:3000", true},
		{"127.0.0.1", true},
		{"[::1]:3000", true},
		{"[::1]", true},
		{"demo.example.com", true},
		{"demo.example.com:443", true},
		{"box.lan:3000", true},
		{"box.lan:3001", false},
		{"box.lan", false},
		{"evil.example", false},
		{"evil.example:3000", false},
		{"localhost.evil.example", false},
		{"127.0.0.1.nip.io", false},
		{"192.168.1.10:3000", false},
		{"[::]:3000", false},
	}
	for _, tc := range cases {
		t.Run(tc.host, func(t *testing.T) {
			req := httptest.NewRequest("GET", "/local-descope/emulator/outbox", nil)
			req.Host = tc.host
			resp, err := app.Test(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			if tc.ok && (resp.StatusCode != 200 || string(body) != "app") {
				t.Fatalf("allowed host got %d %q", resp.StatusCode, body)
			}
			if !tc.ok && (resp.StatusCode != fiber.StatusMisdirectedRequest || strings.Contains(string(body), "app\n") ||
				!strings.Contains(string(body), "Wrong address") || resp.Header.Get("Cache-Control") != "no-store") {
				t.Fatalf("foreign host got %d %q", resp.StatusCode, body)
			}
		})
	}
}

// Allowed hosts are remembered, foreign ones never, and the memory is
// bounded however many names (ports) a client tries.
func TestHostCheckMemoryIsBoundedAndKeepsRefusing(t *testing.T) {
	var seen allowedHosts
	for port := 1; port <= 500; port++ {
		host := "localhost:" + strconv.Itoa(port)
		if !hostAllowed(host, nil) {
			t.Fatalf("%s refused", host)
		}
		seen.add(host)
	}
	n := 0
	seen.hosts.Range(func(any, any) bool { n++; return true })
	if n != maxAllowedHosts {
		t.Fatalf("%d hosts remembered, want the bound %d", n, maxAllowedHosts)
	}
	// Through the middleware: a full memory still refuses foreign hosts and
	// still judges the allowed ones it could not keep.
	app := fiber.New()
	app.Use(HostCheck(HostCheckConfig{}))
	app.Get("/*", func(c *fiber.Ctx) error { return c.SendString("app") })
	var hosts []string
	for port := 1; port <= 500; port++ {
		hosts = append(hosts, "localhost:"+strconv.Itoa(port))
	}
	hosts = append(hosts, "evil.example", "localhost:7", "localhost:499", "evil.example")
	for _, host := range hosts {
		req := httptest.NewRequest("GET", "/", nil)
		req.Host = host
		resp, err := app.Test(req)
		if err != nil {
			t.Fatal(err)
		}
		if want := map[bool]int{true: 200, false: fiber.StatusMisdirectedRequest}[host != "evil.example"]; resp.StatusCode != want {
			t.Fatalf("%s: %d, want %d", host, resp.StatusCode, want)
		}
	}
}
