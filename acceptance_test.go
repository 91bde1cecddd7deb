package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/descope/go-sdk/descope"
	"github.com/descope/go-sdk/descope/client"

	"github.com/descope-htmx/descope-htmx/internal/testproc"
	"github.com/descope-htmx/descope-htmx/localdescope"
)

// demoServer runs the app as `go run .` does (demo mode) on a free port
// until the test ends. stop shuts it down now and returns what run returned.
func demoServer(t *testing.T) (base string, stop func() error) {
	t.Helper()
	port := testproc.FreePort(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	env := map[string]string{"PORT": strconv.Itoa(port), "LOG_LEVEL": "error"}
	go func() { done <- run(ctx, func(k string) string { return env[k] }) }()
	var once sync.Once
	var err error
	stop = func() error {
		once.Do(func() { cancel(); err = <-done })
		return err
	}
	t.Cleanup(func() { _ = stop() })
	base = "http://127.0.0.1:" + strconv.Itoa(port)
	testproc.WaitOK(t, "the demo server", base+"/readyz", 15*time.Second, nil)
	return base, stop
}

// sdkSignIn signs loginID in with the official Go SDK through the local
// Descope's OTP API, reading the code from the demo outbox.
func sdkSignIn(t *testing.T, sdk *client.DescopeClient, base, loginID string) *descope.AuthenticationInfo {
	t.Helper()
	ctx := context.Background()
	if _, err := sdk.Auth.OTP().SignUpOrIn(ctx, descope.MethodEmail, loginID, nil); err != nil {
		t.Fatal(err)
	}
	code := lastCode(t, base, loginID)
	info, err := sdk.Auth.OTP().VerifyCode(ctx, descope.MethodEmail, loginID, code, nil)
	if err != nil {
		t.Fatal(err)
	}
	return info
}

type answer struct {
	status int
	header http.Header
	body   string
}

func get(t *testing.T, base, path string, htmx bool, cookies ...*http.Cookie) answer {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, base+path, nil)
	if htmx {
		req.Header.Set("HX-Request", "true")
	}
	for _, c := range cookies {
		req.AddCookie(c)
	}
	return roundTrip(t, req)
}

// roundTrip sends req as it is: no redirects followed.
func roundTrip(t *testing.T, req *http.Request) answer {
	t.Helper()
	res, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return answer{res.StatusCode, res.Header, string(body)}
}

func setsSessionCookie(a answer) bool {
	for _, line := range a.header.Values("Set-Cookie") {
		if strings.HasPrefix(line, "DS=") {
			return true
		}
	}
	return false
}

// TestDemoModeAuthorization is the acceptance list, against the real
// app in demo mode, signed in with the official Go SDK.
func TestDemoModeAuthorization(t *testing.T) {
	base, _ := demoServer(t)
	sdk, err := client.NewWithConfig(&client.Config{ProjectID: localdescope.DemoProjectID, DescopeBaseURL: base + "/local-descope"})
	if err != nil {
		t.Fatal(err)
	}
	admin := sdkSignIn(t, sdk, base, localdescope.AdminLoginID)
	viewer := sdkSignIn(t, sdk, base, localdescope.ViewerLoginID)
	ds := func(info *descope.AuthenticationInfo) *http.Cookie {
		return &http.Cookie{Name: "DS", Value: info.SessionToken.JWT}
	}
	dsr := &http.Cookie{Name: "DSR", Value: admin.RefreshToken.JWT}

	for _, path := range []string{"/no-such-page", "/logout"} {
		if a := get(t, base, path, false, dsr); a.status < 400 || setsSessionCookie(a) {
			t.Errorf("GET %s with a DSR cookie: status %d, sets DS %v", path, a.status, setsSessionCookie(a))
		}
	}
	if a := get(t, base, "/admin", true); a.status != http.StatusUnauthorized || !strings.Contains(a.body, `data-session="guest"`) {
		t.Errorf("guest htmx /admin: %d", a.status)
	}
	if a := get(t, base, "/admin", true, ds(viewer)); a.status != http.StatusForbidden || strings.Contains(a.body, "data-user-list") {
		t.Errorf("viewer /admin: %d", a.status)
	}
	a := get(t, base, "/admin", false, ds(admin))
	if a.status != http.StatusOK || !strings.Contains(a.body, "viewer@example.com") || !strings.Contains(a.body, ">Acme</strong>") {
		t.Errorf("admin in Acme /admin: %d", a.status)
	}

	globex, err := sdk.Auth.SelectTenantWithToken(context.Background(), localdescope.GlobexTenantID, admin.RefreshToken.JWT)
	if err != nil {
		t.Fatal(err)
	}
	if globex.SessionToken.Claims["dct"] != localdescope.GlobexTenantID {
		t.Fatalf("dct = %v", globex.SessionToken.Claims["dct"])
	}
	if a := get(t, base, "/", false, ds(globex)); a.status != http.StatusOK || !strings.Contains(a.body, ">Globex</strong>") || strings.Contains(a.body, `data-nav="admin"`) {
		t.Errorf("signed-in page in Globex: %d, names Globex %v", a.status, strings.Contains(a.body, ">Globex</strong>"))
	}
	if a := get(t, base, "/admin", true, ds(globex)); a.status != http.StatusForbidden {
		t.Errorf("/admin in Globex: %d", a.status)
	}
}

// lastCode is the newest code the demo outbox holds for loginID.
func lastCode(t *testing.T, base, loginID string) string {
	t.Helper()
	res, err := http.Get(base + "/local-descope/emulator/outbox")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var outbox struct {
		Messages []struct{ LoginID, Code string }
	}
	if err := json.NewDecoder(res.Body).Decode(&outbox); err != nil {
		t.Fatal(err)
	}
	code := ""
	for _, m := range outbox.Messages {
		if m.LoginID == loginID {
			code = m.Code
		}
	}
	if code == "" {
		t.Fatalf("no code for %s in the demo outbox", loginID)
	}
	return code
}
