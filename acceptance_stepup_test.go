package main

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/descope/go-sdk/descope"
	"github.com/descope/go-sdk/descope/client"

	"github.com/descope-htmx/descope-htmx/localdescope"
)

// csrfFor loads a page and returns its CSRF token (the meta tag) and cookie.
func csrfFor(t *testing.T, base string) (string, *http.Cookie) {
	t.Helper()
	page := get(t, base, "/", false)
	const marker = `<meta name="csrf-token" content="`
	i := strings.Index(page.body, marker)
	if i < 0 {
		t.Fatal("no csrf-token meta")
	}
	token := page.body[i+len(marker):]
	token = token[:strings.IndexByte(token, '"')]
	for _, line := range page.header.Values("Set-Cookie") {
		if v, ok := strings.CutPrefix(line, "csrf_="); ok {
			return token, &http.Cookie{Name: "csrf_", Value: strings.SplitN(v, ";", 2)[0]}
		}
	}
	t.Fatal("no csrf cookie")
	return "", nil
}

// send makes an htmx request as the page script does: CSRF header, cookies.
func send(t *testing.T, base, method, path, csrf string, cookies ...*http.Cookie) answer {
	t.Helper()
	req, _ := http.NewRequest(method, base+path, nil)
	req.Header.Set("HX-Request", "true")
	req.Header.Set("X-CSRF-Token", csrf)
	for _, c := range cookies {
		req.AddCookie(c)
	}
	return roundTrip(t, req)
}

// TestDemoModeStepUp mirrors the independent checks with the
// official Go SDK against demo mode.
func TestDemoModeStepUp(t *testing.T) {
	base, _ := demoServer(t)
	api := base + "/local-descope"
	sdk, err := client.NewWithConfig(&client.Config{ProjectID: localdescope.DemoProjectID, DescopeBaseURL: api})
	if err != nil {
		t.Fatal(err)
	}
	mgmt, err := client.NewWithConfig(&client.Config{ProjectID: localdescope.DemoProjectID, DescopeBaseURL: api, ManagementKey: "any"})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	admin := sdkSignIn(t, sdk, base, localdescope.AdminLoginID)
	viewer := sdkSignIn(t, sdk, base, localdescope.ViewerLoginID)
	viewerPath := "/admin/users/" + url.PathEscape(viewer.User.UserID) + "/admin"
	csrf, csrfCookie := csrfFor(t, base)
	ds := func(jwt string) *http.Cookie { return &http.Cookie{Name: "DS", Value: jwt} }
	viewerRolesInAcme := func() []string {
		u, err := mgmt.Management.User().LoadByUserID(ctx, viewer.User.UserID)
		if err != nil {
			t.Fatal(err)
		}
		for _, tn := range u.UserTenants {
			if tn.TenantID == localdescope.DemoTenantID {
				return tn.Roles
			}
		}
		return nil
	}

	// An ordinary admin session: 401 and the step-up prompt; nothing changed.
	a := send(t, base, http.MethodPost, viewerPath, csrf, csrfCookie, ds(admin.SessionToken.JWT))
	if a.status != http.StatusUnauthorized || !strings.Contains(a.body, `flow-id="step-up"`) || a.header.Get("Step-Up") != "required" {
		t.Fatalf("ordinary session: %d, Step-Up %q", a.status, a.header.Get("Step-Up"))
	}
	if slices.Contains(viewerRolesInAcme(), "admin") {
		t.Fatal("the viewer became admin without a step-up")
	}

	// The SDK's step-up: OTP SignIn with Stepup and the refresh token, VerifyCode.
	r, _ := http.NewRequest(http.MethodGet, base, nil)
	r.AddCookie(&http.Cookie{Name: "DSR", Value: admin.RefreshToken.JWT})
	if _, err := sdk.Auth.OTP().SignIn(ctx, descope.MethodEmail, localdescope.AdminLoginID, r, &descope.LoginOptions{Stepup: true}); err != nil {
		t.Fatalf("step-up SignIn: %v", err)
	}
	stepped, err := sdk.Auth.OTP().VerifyCode(ctx, descope.MethodEmail, localdescope.AdminLoginID, lastCode(t, base, localdescope.AdminLoginID), nil)
	if err != nil {
		t.Fatalf("step-up VerifyCode: %v", err)
	}
	if stepped.SessionToken.Claims["su"] != true || stepped.SessionToken.Claims["dct"] != localdescope.DemoTenantID {
		t.Fatalf("step-up claims %v", stepped.SessionToken.Claims)
	}
	a = send(t, base, http.MethodPost, viewerPath, csrf, csrfCookie, ds(stepped.SessionToken.JWT))
	if a.status != http.StatusOK || !strings.Contains(a.body, "<code>admin</code>") {
		t.Fatalf("stepped-up admin: %d\n%s", a.status, a.body)
	}
	if !slices.Contains(viewerRolesInAcme(), "admin") {
		t.Fatal("the management API does not show the viewer as admin in Acme")
	}
	a = send(t, base, http.MethodDelete, viewerPath, csrf, csrfCookie, ds(stepped.SessionToken.JWT))
	if a.status != http.StatusOK || slices.Contains(viewerRolesInAcme(), "admin") {
		t.Fatalf("revoke: %d, roles %v", a.status, viewerRolesInAcme())
	}

	// A viewer with a stepped-up session: 403.
	r, _ = http.NewRequest(http.MethodGet, base, nil)
	r.AddCookie(&http.Cookie{Name: "DSR", Value: viewer.RefreshToken.JWT})
	if _, err := sdk.Auth.OTP().SignIn(ctx, descope.MethodEmail, localdescope.ViewerLoginID, r, &descope.LoginOptions{Stepup: true}); err != nil {
		t.Fatal(err)
	}
	viewerStepped, err := sdk.Auth.OTP().VerifyCode(ctx, descope.MethodEmail, localdescope.ViewerLoginID, lastCode(t, base, localdescope.ViewerLoginID), nil)
	if err != nil || viewerStepped.SessionToken.Claims["su"] != true {
		t.Fatalf("viewer step-up: %v", err)
	}
	if a := send(t, base, http.MethodPost, viewerPath, csrf, csrfCookie, ds(viewerStepped.SessionToken.JWT)); a.status != http.StatusForbidden || a.header.Get("Step-Up") != "" {
		t.Fatalf("stepped-up viewer: %d", a.status)
	}
}

// TestDemoModeSignOutEverywhere: signing out everywhere from one session
// (the server holds its refresh token) ends the user's other sessions too.
func TestDemoModeSignOutEverywhere(t *testing.T) {
	base, _ := demoServer(t)
	sdk, err := client.NewWithConfig(&client.Config{ProjectID: localdescope.DemoProjectID, DescopeBaseURL: base + "/local-descope"})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	laptop := sdkSignIn(t, sdk, base, localdescope.AdminLoginID)
	phone := sdkSignIn(t, sdk, base, localdescope.AdminLoginID)
	viewer := sdkSignIn(t, sdk, base, localdescope.ViewerLoginID)
	if _, _, err := sdk.Auth.RefreshSessionWithToken(ctx, phone.RefreshToken.JWT); err != nil {
		t.Fatalf("control: the other session refreshes before: %v", err)
	}
	csrf, csrfCookie := csrfFor(t, base)
	dsr := &http.Cookie{Name: "DSR", Value: laptop.RefreshToken.JWT}

	if a := send(t, base, http.MethodPost, "/logout/all", "wrong", csrfCookie, dsr); a.status != http.StatusForbidden {
		t.Fatalf("without the CSRF token: %d", a.status)
	}
	if _, _, err := sdk.Auth.RefreshSessionWithToken(ctx, phone.RefreshToken.JWT); err != nil {
		t.Fatal("a refused sign-out-everywhere revoked sessions")
	}
	a := send(t, base, http.MethodPost, "/logout/all", csrf, csrfCookie, dsr)
	if a.status != http.StatusOK || !strings.Contains(a.body, `data-session="guest"`) || a.header.Get("HX-Trigger") != "session-ended-everywhere" {
		t.Fatalf("sign out everywhere: %d, HX-Trigger %q", a.status, a.header.Get("HX-Trigger"))
	}
	for name, refresh := range map[string]string{"this session": laptop.RefreshToken.JWT, "the other session": phone.RefreshToken.JWT} {
		if _, _, err := sdk.Auth.RefreshSessionWithToken(ctx, refresh); err == nil {
			t.Errorf("%s still refreshes", name)
		}
	}
	if _, _, err := sdk.Auth.RefreshSessionWithToken(ctx, viewer.RefreshToken.JWT); err != nil {
		t.Errorf("another user's session was ended: %v", err)
	}
}
