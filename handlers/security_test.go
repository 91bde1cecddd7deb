package handlers

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/descope-htmx/descope-htmx/internal/descopetest"
)

// TestMain scans everything the tests made the app log: no token, no cookie.
// Every test app logs its requests, so if any app was built (by a test or a
// benchmark) and nothing was logged, the scan would pass vacuously: that fails.
// A run that builds no app at all (say -run '^$' with no benchmark) has
// nothing to scan, and says so.
func TestMain(m *testing.M) {
	code := m.Run()
	logs := allLogs.String()
	switch {
	case testAppsBuilt.Load() == 0:
		fmt.Println("log scan: no test app was built; nothing to scan")
	case logs == "":
		fmt.Printf("log scan: %d test apps produced no logs to scan\n", testAppsBuilt.Load())
		code = 1
	}
	// The test apps log at debug level (TestDebugLog): the scan covers those lines too.
	for _, secret := range []string{"eyJ", "csrf_=", "DS=", "DSR=", "Cookie:", "Authorization"} {
		if strings.Contains(logs, secret) {
			fmt.Printf("log scan: logs contain %q\n", secret)
			code = 1
		}
	}
	os.Exit(code)
}

// testAppsBuilt counts newTestApp calls, for TestMain's log scan.
var testAppsBuilt atomic.Int64

func TestOversizedHeaderIsRefusedAndAppKeepsServing(t *testing.T) {
	a := newTestApp(t)
	base, client := a.listen(t)

	// The server answers after reading 32 kB and closes; the client may still
	// be writing the rest and see a broken pipe instead of the answer. That
	// race is the client's, so try a few times to read the answer.
	var resp *http.Response
	var err error
	for attempt := 0; attempt < 5 && resp == nil; attempt++ {
		req, _ := http.NewRequest(http.MethodGet, base+"/", nil)
		req.AddCookie(&http.Cookie{Name: "DS", Value: strings.Repeat("x", 100<<10)})
		resp, err = client.Do(req)
	}
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge || !strings.Contains(string(body), "Request too large") {
		t.Fatalf("100 kB cookie: status %d, body %.120q", resp.StatusCode, body)
	}
	if resp.Header.Get("X-Content-Type-Options") != "nosniff" || !strings.Contains(resp.Header.Get("Content-Security-Policy"), "'nonce-") {
		t.Errorf("the 431 answer lacks the security headers: %v", resp.Header)
	}
	resp, err = client.Get(base + "/")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("after a huge header: %v %v", err, resp)
	}
	resp.Body.Close()
}

// Descope tokens with many tenants can pass 4 kB, and htmx sends the token
// twice (cookie and Bearer): such a request must get through.
func TestLargeRealTokenTwice(t *testing.T) {
	a := newTestApp(t)
	tenants := map[string]any{}
	for i := 0; i < 40; i++ {
		tenants[fmt.Sprintf("T-tenant-%03d", i)] = map[string]any{"roles": []string{"admin", "billing"}, "permissions": []string{"invoices:read", "invoices:write"}}
	}
	token := a.descope.SessionToken(userID, time.Minute, descopetest.Claims{"tenants": tenants})
	if len(token) < 4<<10 || len(token) > 8<<10 {
		t.Fatalf("token is %d bytes; want 4-8 kB for this test", len(token))
	}
	res := a.do(t, request{path: "/profile", htmx: true, cookies: map[string]string{"DS": token}, headers: map[string]string{"Authorization": "Bearer " + token}})
	if res.status != http.StatusOK || !res.has("T-tenant-039") {
		t.Fatalf("status %d", res.status)
	}
}

func TestDescopeDownBeforeKeysLoad(t *testing.T) {
	a := newTestApp(t)
	a.descope.SetDown(true)
	token := a.descope.SessionToken(userID, time.Minute, nil)

	start := time.Now()
	res := a.do(t, request{path: "/container", htmx: true, cookies: map[string]string{"DS": token}})
	if elapsed := time.Since(start); elapsed > 5*time.Second {
		t.Errorf("took %v; want an answer within 5 s", elapsed)
	}
	if res.status != http.StatusServiceUnavailable || !res.has("Sign-in temporarily unavailable") || res.has(contentMarker) {
		t.Fatalf("status %d, body %.200q", res.status, res.body)
	}
	if res.header.Get("Retry-After") == "" {
		t.Error("503 without Retry-After")
	}
	if page := a.do(t, request{path: "/"}); page.status != http.StatusOK || !page.has(loginMarker) {
		t.Errorf("guest page during the outage: %d", page.status)
	}
	if ready := a.do(t, request{path: "/readyz"}); ready.status != http.StatusServiceUnavailable {
		t.Errorf("/readyz during the outage = %d", ready.status)
	}
	if live := a.do(t, request{path: "/healthz"}); live.status != http.StatusOK {
		t.Errorf("/healthz during the outage = %d", live.status)
	}
}

func TestDescopeDownAfterKeysLoad(t *testing.T) {
	a := newTestApp(t)
	if err := a.keys.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	if ready := a.do(t, request{path: "/readyz"}); ready.status != http.StatusOK {
		t.Fatalf("/readyz with keys = %d", ready.status)
	}
	// Warm the SDK's own key cache, then take Descope away.
	a.do(t, request{path: "/container", htmx: true, cookies: map[string]string{"DS": a.descope.SessionToken("U-first", time.Minute, nil)}})
	a.descope.SetDown(true)
	res := a.do(t, request{path: "/container", htmx: true, cookies: map[string]string{"DS": a.descope.SessionToken("U-second", time.Minute, nil)}})
	if res.status != http.StatusOK || !res.has(contentMarker) {
		t.Fatalf("a new valid token during the outage: status %d", res.status)
	}
	forged := a.descope.SignForeign(a.descope.SessionClaims("U-third", time.Minute))
	if res := a.do(t, request{path: "/container", htmx: true, cookies: map[string]string{"DS": forged}}); res.has(contentMarker) {
		t.Fatal("a forged token got in during the outage")
	}
}

func TestReadyzDuringShutdown(t *testing.T) {
	a := newTestApp(t)
	if err := a.keys.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	a.shuttingDown.Store(true)
	if res := a.do(t, request{path: "/readyz"}); res.status != http.StatusServiceUnavailable {
		t.Fatalf("/readyz while shutting down = %d", res.status)
	}
}

var hostile = []string{
	`<script>alert(1)</script>`,
	`"><img src=x onerror=alert(2)>`,
	`javascript:alert(3)`,
	`js:alert(4)`,
	`{{.Nonce}}`,
}

// Claims are user data: every page and fragment must show them as text, and
// none may reach an hx-* attribute, where htmx could run a js: value.
func TestHostileClaimsAreInert(t *testing.T) {
	a := newTestApp(t)
	claims := descopetest.Claims{
		"name": hostile[0], "email": hostile[1],
		"roles": append([]string{"admin"}, hostile...), "permissions": hostile, "amr": hostile,
		"tenants": map[string]any{hostile[2]: map[string]any{"roles": hostile}},
	}
	token := a.descope.SessionToken(userID+hostile[3], time.Minute, claims)
	hxAttr := regexp.MustCompile(`\shx-[a-z:-]+\s*=\s*("[^"]*"|'[^']*')`)
	for _, path := range []string{"/", "/container", "/profile"} {
		for _, htmx := range []bool{false, true} {
			res := a.do(t, request{path: path, htmx: htmx, cookies: map[string]string{"DS": token}})
			if res.status != http.StatusOK || !res.has(contentMarker) {
				t.Fatalf("%s (htmx %v): status %d", path, htmx, res.status)
			}
			for _, raw := range []string{"<script>alert", "<img src=x", `"><img`} {
				if res.has(raw) {
					t.Errorf("%s (htmx %v): unescaped %q", path, htmx, raw)
				}
			}
			if path == "/profile" && !res.has("&lt;script&gt;alert(1)&lt;/script&gt;") {
				t.Errorf("%s: the hostile name is not shown as text", path)
			}
			for _, m := range hxAttr.FindAllStringSubmatch(res.body, -1) {
				for _, h := range []string{"alert", "javascript", "js:", "{{"} {
					if strings.Contains(m[1], h) {
						t.Errorf("%s: user data in an hx attribute: %s", path, m[0])
					}
				}
			}
		}
	}
}

func TestWrongMethodsAndUnknownPaths(t *testing.T) {
	a := newTestApp(t)
	token, cookie := a.csrf(t)
	withCSRF := func(r request) request {
		r.htmx = true
		r.cookies = map[string]string{"csrf_": cookie}
		r.headers = map[string]string{"X-CSRF-Token": token}
		return r
	}
	for _, tc := range []struct {
		req    request
		status int
	}{
		{withCSRF(request{method: http.MethodPut, path: "/"}), http.StatusMethodNotAllowed},
		{withCSRF(request{method: http.MethodDelete, path: "/profile"}), http.StatusMethodNotAllowed},
		{request{method: http.MethodPut, path: "/", htmx: true}, http.StatusForbidden}, // no CSRF token: refused first
		{request{path: "/no-such-page", htmx: true}, http.StatusNotFound},
		{request{path: "/assets/vendor/nope.js"}, http.StatusNotFound},
	} {
		res := a.do(t, tc.req)
		if res.status != tc.status || !res.has(`class="card problem"`) {
			t.Errorf("%s %s: status %d, body %.100q", tc.req.method, tc.req.path, res.status, res.body)
		}
	}
}

func TestHSTSOnlyOverHTTPSFromATrustedProxy(t *testing.T) {
	for name, tc := range map[string]struct {
		trusted string
		want    bool
	}{
		"trusted proxy says https":  {"0.0.0.0/0", true},
		"untrusted peer says https": {"10.9.9.9", false},
	} {
		a := newTestApp(t, withTrustedProxy(tc.trusted))
		res := a.do(t, request{path: "/", headers: map[string]string{"X-Forwarded-Proto": "https"}})
		if got := res.header.Get("Strict-Transport-Security") != ""; got != tc.want {
			t.Errorf("%s: HSTS sent = %v", name, got)
		}
	}
}

// A user ID is logged with every request. Even a (signed) sub holding CR/LF
// must not start a log line of its own: slog quotes it.
func TestLogLinesCannotBeForged(t *testing.T) {
	a := newTestApp(t)
	token := a.descope.SessionToken("U1\nlevel=ERROR msg=forged", time.Minute, nil)
	res := a.do(t, request{path: "/container", htmx: true, cookies: map[string]string{"DS": token}})
	if res.status != http.StatusOK {
		t.Fatalf("status %d", res.status)
	}
	logged := false
	for _, line := range strings.Split(a.logs.String(), "\n") {
		if strings.HasPrefix(line, "level=ERROR msg=forged") {
			t.Fatalf("a CR/LF in a logged value forged a log line: %q", line)
		}
		logged = logged || strings.Contains(line, `user_id="U1\nlevel=ERROR msg=forged"`)
	}
	if !logged {
		t.Errorf("the user ID was not logged, quoted, on the request's line:\n%s", a.logs.String())
	}
}
