package localdescope

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/descope-htmx/descope-htmx/internal/testredis"
	"github.com/descope-htmx/descope-htmx/ratelimit"
)

// Every route that sends codes, checks secrets or creates users is under a
// per-IP limit: a new such route fails here until it is listed.
func TestEveryAbusableRouteHasAPerIPLimit(t *testing.T) {
	s, err := New(Options{KeyFile: sharedKeyFile})
	if err != nil {
		t.Fatal(err)
	}
	for path, rt := range s.routes {
		abusable := rt.method == http.MethodPost && (strings.HasPrefix(path, "/v1/auth/otp/") ||
			strings.HasPrefix(path, "/v1/auth/password/") || strings.HasPrefix(path, "/v1/auth/magiclink/") ||
			strings.HasPrefix(path, "/v1/flow/"))
		if abusable && limitedRoutes[path] == "" {
			t.Errorf("%s has no per-IP limit", path)
		}
	}
	for _, path := range []string{"/v1/flow/start", "/v1/flow/next", "/v1/auth/password/signup", "/v1/auth/password/signin"} {
		if limitedRoutes[path] == "" {
			t.Errorf("%s has no per-IP limit", path)
		}
	}
	for kind := range map[LimitKind]bool{LimitSendCode: true, LimitCheckSecret: true, LimitCreateUser: true, LimitFlow: true} {
		if l := DefaultLimits[kind]; l.Max <= 0 || l.Window <= 0 {
			t.Errorf("no default limit for %s", kind)
		}
	}
}

// appReply calls the emulator's Fiber app as a client at ip would.
func appReply(t *testing.T, app *fiber.App, ip, method, path, auth, body string) (int, http.Header, map[string]any) {
	t.Helper()
	req := httptest.NewRequest(method, "/", strings.NewReader(body))
	req.URL.Path, req.URL.RawPath = "", ""
	req.RequestURI = path
	req.URL.Opaque = path
	req.Header.Set("X-Test-IP", ip)
	req.Header.Set("Content-Type", "application/json")
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	resp, err := app.Test(req, 10_000)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("%s %s: not JSON: %q", method, path, raw)
	}
	return resp.StatusCode, resp.Header, m
}

func testIP(c *fiber.Ctx) string { return c.Get("X-Test-IP") }

// The flood that filled the store in 55 s: sign-ups from one address stop at
// the limit, with Descope's 429, while another address still signs up.
func TestSignUpFloodIsLimitedPerIP(t *testing.T) {
	s, err := New(Options{KeyFile: sharedKeyFile})
	if err != nil {
		t.Fatal(err)
	}
	app := s.App(AppOptions{ClientIP: testIP})
	auth := "Bearer " + s.ProjectID()
	limit := DefaultLimits[LimitCreateUser].Max
	for i := 0; i <= limit; i++ {
		path := []string{"/v1/auth/password/signup", "//v1/auth/password/signup", "/v1/auth/password/signup/", "/v1/auth/password/%73ignup"}[i%4]
		status, header, body := appReply(t, app, "198.51.100.7", "POST", path, auth, fmt.Sprintf(`{"loginId":"flood%d@example.com","password":"pw-%d"}`, i, i))
		switch {
		case i < limit && status != http.StatusOK:
			t.Fatalf("sign-up %d (%s): %d %v", i, path, status, body)
		case i == limit && (status != http.StatusTooManyRequests || body["errorCode"] != codeRateLimited || header.Get("Retry-After") == ""):
			t.Fatalf("sign-up past the limit (%s): %d %v", path, status, body)
		}
	}
	if status, _, body := appReply(t, app, "203.0.113.9", "POST", "/v1/auth/password/signup", auth, `{"loginId":"other@example.com","password":"pw"}`); status != http.StatusOK {
		t.Fatalf("another address was limited too: %d %v", status, body)
	}
}

func TestOTPGuessesOnPathVariantsShareOneLimit(t *testing.T) {
	s, err := New(Options{KeyFile: sharedKeyFile})
	if err != nil {
		t.Fatal(err)
	}
	app := s.App(AppOptions{ClientIP: testIP, Limits: map[LimitKind]Limit{LimitCheckSecret: {Max: 4, Window: time.Minute}}})
	auth := "Bearer " + s.ProjectID()
	variants := []string{"/v1/auth/otp/verify/email", "//v1/auth/otp/verify/email", "/v1/auth/otp/verify/email/", "/v1/auth/./otp/verify/email"}
	for i, v := range append(variants, "/v1/auth/otp/verify/%65mail") {
		status, _, body := appReply(t, app, "198.51.100.7", "POST", v, auth, `{"loginId":"admin@example.com","code":"123456"}`)
		if i < 4 && status == http.StatusTooManyRequests {
			t.Fatalf("guess %d limited early", i)
		}
		if i == 4 && (status != http.StatusTooManyRequests || body["errorCode"] != codeRateLimited) {
			t.Fatalf("fifth guess (%s): %d %v", v, status, body)
		}
	}
}

// A full store refuses new users with a clear error, and nobody else.
func TestFullUserStoreKeepsExistingUsers(t *testing.T) {
	e := newEnv(t, Options{SeedUsers: true})
	pw := e.do("POST", "/v1/auth/password/signup", e.bearer(""), `{"loginId":"early@example.com","password":"early-pw"}`)
	if pw.status != http.StatusOK {
		t.Fatalf("sign-up: %d %s", pw.status, pw.raw)
	}
	now := e.clock.Now()
	e.srv.mu.Lock()
	for i := 0; !e.srv.users.full(); i++ {
		if _, err := e.srv.users.create(fmt.Sprintf("filler%d@example.com", i), profile{}, now); err != nil {
			t.Fatal(err)
		}
	}
	// And a pending table full of codes for strangers.
	for i := range maxPendingCodes {
		e.srv.pending[fmt.Sprintf("stranger%d@example.com", i)] = &pendingCode{code: "000000", expires: now.Add(otpTTL)}
	}
	e.srv.mu.Unlock()

	for _, r := range []reply{
		e.do("POST", "/v1/auth/password/signup", e.bearer(""), `{"loginId":"late@example.com","password":"pw"}`),
		e.do("POST", "/v1/auth/otp/signup-in/email", e.bearer(""), `{"loginId":"late@example.com"}`),
	} {
		if r.status != http.StatusServiceUnavailable || r.errorCode() != codeUserStoreFull || !strings.Contains(r.raw, "existing users can still sign in") {
			t.Errorf("new user with a full store: %d %s", r.status, r.raw)
		}
	}
	// The seeded admin signs in by code, the early user by password.
	code := e.sendCode(AdminLoginID)
	if r := e.do("POST", "/v1/auth/otp/verify/email", e.bearer(""), `{"loginId":"`+AdminLoginID+`","code":"`+code+`"}`); r.status != http.StatusOK {
		t.Fatalf("seeded user with a full store: %d %s", r.status, r.raw)
	}
	if r := e.do("POST", "/v1/auth/password/signin", e.bearer(""), `{"loginId":"early@example.com","password":"early-pw"}`); r.status != http.StatusOK {
		t.Fatalf("existing user with a full store: %d %s", r.status, r.raw)
	}
}

// Two emulators sharing one Redis (demo mode on two replicas) count a
// client's code guesses together; when Redis stops, both keep answering,
// failing open rather than refusing or erroring.
func TestOTPLimitIsSharedThroughRedisAndFailsOpen(t *testing.T) {
	redis := testredis.Start(t)
	prefix := fmt.Sprintf("test-%d:", time.Now().UnixNano())
	limits := map[LimitKind]Limit{LimitCheckSecret: {Max: 4, Window: time.Minute}}
	var apps []*fiber.App
	var auth string
	for range 2 {
		s, err := New(Options{KeyFile: sharedKeyFile})
		if err != nil {
			t.Fatal(err)
		}
		rl, err := ratelimit.New(ratelimit.Options{RedisURL: redis.URL(), KeyPrefix: prefix})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { rl.Close() })
		apps = append(apps, s.App(AppOptions{ClientIP: testIP, Limits: limits, RateLimits: rl}))
		auth = "Bearer " + s.ProjectID()
	}
	guess := func(i int) (int, map[string]any) {
		status, _, body := appReply(t, apps[i%2], "198.51.100.7", "POST", "/v1/auth/otp/verify/email", auth, `{"loginId":"admin@example.com","code":"123456"}`)
		return status, body
	}
	for i := range 4 {
		if status, body := guess(i); status == http.StatusTooManyRequests || status >= 500 {
			t.Fatalf("guess %d on instance %d: %d %v", i, i%2, status, body)
		}
	}
	if status, body := guess(4); status != http.StatusTooManyRequests || body["errorCode"] != codeRateLimited {
		t.Fatalf("fifth guess, counted across both instances: %d %v, want 429", status, body)
	}

	redis.Stop()
	for i := range 6 {
		if status, body := guess(i); status == http.StatusTooManyRequests || status >= 500 {
			t.Fatalf("guess %d with Redis down on instance %d: %d %v, want an answer (failing open)", i, i%2, status, body)
		}
	}
}
