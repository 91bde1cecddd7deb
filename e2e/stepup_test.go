package e2e

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/descope-htmx/descope-htmx/localdescope"
)

// Journey: an admin clicks "Make admin" on the viewer's row, is asked to
// confirm it is them in place of that row, completes the real step-up flow
// with the code from the outbox, and sees the row change without a reload.
// A second change within the step-up's 10 minutes asks for nothing more.
func TestBrowserStepUpRoleChange(t *testing.T) { stepUpRoleChange(t, nil, "") }

// The same in Descope's cookie mode: the flow starts with the HttpOnly DSR
// cookie, and the stepped-up tokens arrive as cookies.
func TestBrowserStepUpRoleChangeCookieMode(t *testing.T) {
	stepUpRoleChange(t, cookieMode, "-cookies")
}

func stepUpRoleChange(t *testing.T, env map[string]string, shots string) {
	b := newBrowser(t)
	a := openApp(t, b, env, "/admin")
	signIn(t, b, a.outbox, "admin@example.com")
	waitFor(t, b, "Acme's user list", `document.querySelector('#container [data-user-list]')`, 10*time.Second)

	const row = `#container tr[data-user-email="viewer@example.com"]`
	waitFor(t, b, "the viewer's Make admin button", `document.querySelector('`+row+` [data-make-admin]')`, 10*time.Second)
	if eval[bool](t, b, `!!document.querySelector('#container tr[data-user-email="admin@example.com"] [data-remove-admin]')`) {
		t.Error("the admin is offered to remove their own admin role")
	}
	eval[bool](t, b, `window.__beforeStepUp = true`)
	b.expect("status of 401 (Unauthorized) " + a.base + "/admin/users/")
	// Cancel puts the list back as it was.
	b.do(t, chromedp.Click(chromedp.CSS(row+` [data-make-admin]`)))
	waitFor(t, b, "the step-up prompt", `document.querySelector('#container [data-step-up-cancel]')`, 10*time.Second)
	// Its code is sent once the flow shows its screen: wait, so the code
	// read below is the second prompt's.
	waitFor(t, b, "the first prompt's code screen", visibleJS(firstDigit), 15*time.Second)
	b.do(t, chromedp.Click(chromedp.CSS(`#container [data-step-up-cancel]`)))
	waitFor(t, b, "the row back after Cancel", `!document.querySelector('#container [data-step-up]') && document.querySelector('`+row+` [data-make-admin]')`, 10*time.Second)

	codesBefore := len(a.outbox.codes(t, "admin@example.com"))
	b.do(t, chromedp.Click(chromedp.CSS(row+` [data-make-admin]`)))

	waitFor(t, b, "the step-up prompt in the viewer's row", `document.querySelector('#container tr[data-step-up] descope-wc[flow-id="step-up"]')`, 10*time.Second)
	if n := eval[int](t, b, `document.querySelectorAll('#container [data-user-list] tbody tr').length`); n < 2 {
		t.Errorf("the prompt replaced more than the row: %d rows left", n)
	}
	waitFor(t, b, "the step-up code screen", visibleJS(firstDigit), 15*time.Second)
	if eval[bool](t, b, `!!`+deep(emailInput)) {
		t.Error("the step-up flow asks for an email")
	}
	waitForCodes(t, a.outbox, "admin@example.com", codesBefore+1)
	b.screenshot(t, "stepup-prompt"+shots)
	enterCode(t, b, a.outbox.lastCode(t, "admin@example.com"))

	waitFor(t, b, "the viewer's row with admin", `document.querySelector('`+row+` [data-remove-admin]')`, 15*time.Second)
	if roles := eval[string](t, b, `document.querySelector('`+row+`').textContent`); !strings.Contains(roles, "admin") {
		t.Errorf("the viewer's row says %q", roles)
	}
	if eval[bool](t, b, `!!document.querySelector('#container [data-step-up]')`) {
		t.Error("the prompt is still shown")
	}
	if !eval[bool](t, b, `window.__beforeStepUp === true`) {
		t.Error("the step-up reloaded the page")
	}
	if !eval[bool](t, b, `!!document.querySelector('#container [data-user-list]') && !!document.querySelector('#site-nav a[data-nav="admin"]')`) {
		t.Error("the admin page did not stay in place")
	}
	b.screenshot(t, "stepup-done"+shots)

	// Within 10 minutes: no new prompt, no new code.
	codesAfter := len(a.outbox.codes(t, "admin@example.com"))
	b.do(t, chromedp.Click(chromedp.CSS(row+` [data-remove-admin]`)))
	waitFor(t, b, "the viewer's row without admin", `document.querySelector('`+row+` [data-make-admin]')`, 10*time.Second)
	if eval[bool](t, b, `!!document.querySelector('#container [data-step-up]')`) {
		t.Error("a second change asked for a new step-up")
	}
	if n := len(a.outbox.codes(t, "admin@example.com")); n != codesAfter {
		t.Errorf("a second change sent %d more codes", n-codesAfter)
	}
	if !eval[bool](t, b, `window.__beforeStepUp === true`) {
		t.Error("the second change reloaded the page")
	}
	if !strings.Contains(a.logs.String(), "audit: role changed") {
		t.Error("no audit line in the app's log")
	}
}

// Journey: "Sign out everywhere" in the browser (which holds the refresh
// token) ends this session and the user's session on another device; the
// page shows the login.
func TestBrowserSignOutEverywhere(t *testing.T) {
	b := newBrowser(t)
	a := openApp(t, b, nil, "/")
	signIn(t, b, a.outbox, "roam@example.com")
	here := eval[string](t, b, `localStorage.getItem('DSR') || ''`)
	// Another device: the same user signed in through the OTP API.
	api := a.base + "/local-descope/v1/auth"
	post := func(path, token, body string) (int, map[string]any) {
		t.Helper()
		req, _ := http.NewRequest(http.MethodPost, api+path, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+localdescope.DemoProjectID+token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out map[string]any
		_ = json.NewDecoder(resp.Body).Decode(&out)
		return resp.StatusCode, out
	}
	n := len(a.outbox.codes(t, "roam@example.com"))
	post("/otp/signup-in/email", "", `{"loginId":"roam@example.com"}`)
	waitForCodes(t, a.outbox, "roam@example.com", n+1)
	_, other := post("/otp/verify/email", "", `{"loginId":"roam@example.com","code":"`+a.outbox.lastCode(t, "roam@example.com")+`"}`)
	elsewhere, _ := other["refreshJwt"].(string)
	if here == "" || elsewhere == "" {
		t.Fatal("missing a refresh token")
	}
	if status, _ := post("/refresh", ":"+elsewhere, "{}"); status != http.StatusOK {
		t.Fatalf("control: the other device refreshes: %d", status)
	}

	b.do(t, chromedp.Click(chromedp.CSS(`button[data-logout-all]`)))
	waitFor(t, b, "the login", `document.querySelector('`+loginSelector+`')`, 10*time.Second)
	waitFor(t, b, "the SDK to clear its storage", `!localStorage.getItem('DSR') && !localStorage.getItem('DS')`, 10*time.Second)
	if reqs := b.requestsTo("/logout/all"); len(reqs) == 0 || reqs[0].headers["x-csrf-token"] == "" {
		t.Fatalf("sign out everywhere did not carry X-CSRF-Token: %+v", reqs)
	}
	for name, refresh := range map[string]string{"this browser": here, "the other device": elsewhere} {
		deadline := time.Now().Add(5 * time.Second)
		status := 0
		for time.Now().Before(deadline) {
			if status, _ = post("/refresh", ":"+refresh, "{}"); status == http.StatusUnauthorized {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		if status != http.StatusUnauthorized {
			t.Errorf("%s still refreshes: %d", name, status)
		}
	}
	// The browser held the refresh token, so its web SDK revoked them all.
	if len(b.requestsTo("/local-descope/v1/auth/logoutall")) == 0 {
		t.Error("the page did not call the web SDK's logoutAll()")
	}
}
