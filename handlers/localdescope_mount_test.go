package handlers

import (
	"net/http"
	"strings"
	"testing"

	"github.com/descope-htmx/descope-htmx/localdescope"
)

// The local Descope mounted as in demo mode: its answers are Descope-shaped
// JSON (the browser SDK parses every answer of that API), carry the app's
// security headers once, and its limits hold on every spelling of a route.
func TestMountedLocalDescope(t *testing.T) {
	local, err := localdescope.New(localdescope.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := newTestApp(t, withLocalDescope(local.App(localdescope.AppOptions{})))
	auth := map[string]string{"Authorization": "Bearer " + local.ProjectID(), "Content-Type": "application/json"}

	t.Run("malformed escape", func(t *testing.T) {
		// Raw bytes: Go's clients refuse to send such a path.
		base, _ := a.listen(t)
		resp, body := dialRaw(t, base).exchange(t, "GET /local-descope/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n")
		if resp.StatusCode != http.StatusBadRequest || !strings.HasPrefix(string(body), `{"errorCode":"E011001"`) {
			t.Fatalf("%d %.100q", resp.StatusCode, body)
		}
		if resp.Header.Get("X-Frame-Options") != "DENY" || !strings.Contains(resp.Header.Get("Content-Security-Policy"), "default-src") ||
			resp.Header.Get("Cache-Control") != "no-store" {
			t.Errorf("no security headers on the 400: %v", resp.Header)
		}
	})
	t.Run("headers once", func(t *testing.T) {
		res := a.do(t, request{path: "/local-descope/emulator/config"})
		if res.status != http.StatusOK {
			t.Fatalf("status %d", res.status)
		}
		for _, h := range []string{"X-Content-Type-Options", "Cache-Control"} {
			if got := res.header.Values(h); len(got) != 1 {
				t.Errorf("%s sent %d times: %q", h, len(got), got)
			}
		}
	})
	t.Run("verify limit on path variants", func(t *testing.T) {
		variants := []string{
			"/local-descope/v1/auth/otp/verify/email",
			"/local-descope//v1/auth/otp/verify/email",
			"/local-descope/v1//auth/otp/verify/email/",
			"/local-descope/v1/auth/otp/./verify/email",
			"/local-descope/v1/auth/otp/verify/%65mail",
			"/LOCAL-DESCOPE/v1/auth/otp/verify/email",
		}
		limit := localdescope.DefaultLimits[localdescope.LimitCheckSecret].Max
		body := `{"loginId":"victim@example.com","code":"000000"}`
		for i := 0; i < limit; i++ {
			res := a.do(t, request{method: http.MethodPost, path: variants[i%len(variants)], headers: auth, body: body})
			if res.status == http.StatusTooManyRequests {
				t.Fatalf("guess %d (%s) limited early", i+1, variants[i%len(variants)])
			}
		}
		for _, v := range variants {
			res := a.do(t, request{method: http.MethodPost, path: v, headers: auth, body: body})
			if res.status != http.StatusTooManyRequests || res.header.Get("Retry-After") == "" || !strings.Contains(res.body, `"errorCode":"E130429"`) {
				t.Fatalf("%s after %d guesses: %d %q %.100q", v, limit, res.status, res.header.Get("Retry-After"), res.body)
			}
		}
	})
	t.Run("oversized body", func(t *testing.T) {
		// Only the head is sent: the server answers on the Content-Length
		// alone, and a client still writing the body could see its
		// connection closed under it (a broken pipe, not an answer).
		base, _ := a.listen(t)
		resp, body := dialRaw(t, base).exchange(t, "POST /local-descope/v1/auth/password/signin HTTP/1.1\r\nHost: localhost\r\n"+
			"Content-Type: application/json\r\nContent-Length: 71680\r\n\r\n")
		if resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.HasPrefix(string(body), `{"errorCode":"E011001"`) {
			t.Errorf("oversized body: %d %.100q", resp.StatusCode, body)
		}
	})
}
