package e2e

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

const (
	signedInSelector = `#container [data-session="user"]`
	loginSelector    = `#container [data-session="guest"]`
)

// Journey 1: a guest signs in through Descope's real flow component against
// the demo's local Descope: a wrong code is answered inside the component, a
// new code can be requested, and the right code swaps #container to the
// user's content without a full page load.
func TestBrowserSignIn(t *testing.T) {
	b := newBrowser(t)
	a := openApp(t, b, nil, "/")
	waitFor(t, b, "the flow's email field", visibleJS(emailInput), 15*time.Second)
	// When it first showed, measured in the page: ms since navigation start.
	t.Logf("navigation to a visible email field: %.0f ms", eval[float64](t, b, `window.__emailVisibleAt`))
	b.screenshot(t, "guest")
	b.checkA11y(t, "guest")
	must(t, eval[bool](t, b, `!!document.querySelector('#container descope-wc')`), "no <descope-wc> in #container")
	must(t, eval[int](t, b, `document.querySelectorAll('#container input').length`) == 0, "a login input outside <descope-wc>")
	must(t, eval[bool](t, b, `document.querySelector('[data-login-loading]').hidden`), "the placeholder still shows after ready")
	eval[bool](t, b, `window.__beforeSignIn = true`)

	// "Use another email" goes back to the email screen.
	enterEmail(t, b, "typo@example.com")
	must(t, eval[bool](t, b, `document.querySelector('descope-wc').shadowRoot.textContent.includes('t***@example.com')`),
		"the code screen does not say where the code went")
	clickFlowForScreen(t, b, anotherEmail)
	waitFor(t, b, "the email screen again", visibleJS(emailInput), 10*time.Second)

	const email = "ada@example.com"
	enterEmail(t, b, email)
	first := a.outbox.lastCode(t, email)

	// A wrong code: the same screen, with the error inside the component.
	b.expect("Incorrect code") // the component logs the screen's error text
	enterCode(t, b, wrongCode(first))
	waitFor(t, b, "the wrong-code message", `(`+deep(flowError)+`)?.textContent.includes('Incorrect code')`, 10*time.Second)
	must(t, eval[bool](t, b, visibleJS(flowError)), "the wrong-code message is not visible")
	must(t, !eval[bool](t, b, `!!document.querySelector('`+signedInSelector+`')`), "a wrong code signed the user in")

	// Resend: a second code arrives, and it is the one that works.
	clickFlowForScreen(t, b, resendCode)
	waitForCodes(t, a.outbox, email, 2)
	must(t, flowText(t, b, flowError) == "", "the fresh code screen still shows the error")
	second := a.outbox.lastCode(t, email)
	must(t, second != first || len(a.outbox.codes(t, email)) == 2, "resend sent nothing")
	enterCode(t, b, second)
	waitFor(t, b, "the signed-in content", `document.querySelector('`+signedInSelector+`')`, 10*time.Second)

	must(t, eval[bool](t, b, `window.__beforeSignIn === true`), "the page was reloaded during sign-in; htmx should have swapped #container")
	if text := eval[string](t, b, `document.querySelector('#container').innerText`); !strings.Contains(text, email) {
		t.Fatalf("#container shows %q", text)
	}
	ds := b.cookie(t, a.base, "DS")
	if ds == nil || !strings.HasPrefix(ds.Value, "eyJ") || ds.SameSite != "Strict" || ds.Path != "/" {
		t.Fatalf("DS cookie = %+v", ds)
	}
	if len(b.requestsTo("/container")) == 0 {
		t.Error("no htmx request for #container was made")
	}
	if len(b.requestsTo("/local-descope/v1/flow/start")) == 0 || len(b.requestsTo("/local-descope/v1/flow/next")) == 0 {
		t.Error("the sign-in did not run through the flow API")
	}
	b.checkA11y(t, "signed in")
	b.screenshot(t, "sign-in")
}

// Journey 2: the session holds across pages and reloads, and the first paint
// after a reload is already signed in.
func TestBrowserSessionPersists(t *testing.T) {
	b := newBrowser(t)
	a := openApp(t, b, nil, "/")
	signIn(t, b, a.outbox, "admin@example.com")

	b.do(t, chromedp.Navigate(a.base+"/profile"), chromedp.WaitVisible(chromedp.CSS(signedInSelector)))
	profile := eval[string](t, b, `document.querySelector('#container').innerText`)
	for _, want := range []string{"admin@example.com", "Ada Admin", "admin", "T-acme", "Admins only"} {
		if !strings.Contains(profile, want) {
			t.Errorf("profile lacks %q: %q", want, profile)
		}
	}
	b.checkA11y(t, "profile")
	b.screenshot(t, "profile")
	b.do(t, chromedp.NavigateBack(), chromedp.WaitVisible(chromedp.CSS(signedInSelector)))

	before := len(b.requestsTo("/container"))
	b.do(t, chromedp.Reload(), chromedp.WaitReady(chromedp.CSS("#container")))
	if !eval[bool](t, b, `!!document.querySelector('`+signedInSelector+`') && !document.querySelector('`+loginSelector+`')`) {
		t.Fatal("after a reload the page is not signed in")
	}
	time.Sleep(500 * time.Millisecond) // give a wrong first paint time to be corrected
	if after := len(b.requestsTo("/container")); after != before {
		t.Fatalf("the reload needed %d #container re-fetches: the first paint was not signed in", after-before)
	}
	b.checkA11y(t, "signed in after a reload")
	b.screenshot(t, "session-persists")
}

// Journey 3: past the session's TTL, an htmx request still succeeds: the SDK
// refreshes first (token expired) or after a 401, and the login never shows.
func TestBrowserRefresh(t *testing.T) {
	b := newBrowser(t)
	// 8 s sessions: too short for web-js-sdk's timer (it needs > 40 s).
	a := openApp(t, b, map[string]string{"LOCAL_DESCOPE_SESSION_TTL": "8s"}, "/")
	signIn(t, b, a.outbox, "refresh@example.com")
	first := b.cookie(t, a.base, "DS").Value
	watchForLogin(t, b)

	time.Sleep(9 * time.Second)
	eval[bool](t, b, `htmx.ajax('GET', '/container', {target: '#container'}).then(() => true)`)
	waitFor(t, b, "content after expiry", `document.querySelector('`+signedInSelector+`')`, 10*time.Second)
	second := b.cookie(t, a.base, "DS").Value
	if second == first {
		t.Fatal("the DS cookie was not refreshed")
	}

	// The server refuses a token the browser believes valid (a bad signature):
	// 401, one refresh, one retry, and the user still never sees the login.
	b.expect("status of 401 (Unauthorized) " + a.base + "/container")
	eval[bool](t, b, `(document.cookie = 'DS=' + document.cookie.match(/DS=([^;]+)/)[1].slice(0, -4) + 'AAAA; path=/; SameSite=Strict', true)`)
	refreshesBefore := len(b.requestsTo("/v1/auth/refresh"))
	eval[bool](t, b, `htmx.ajax('GET', '/container', {target: '#container'}).then(() => true)`)
	waitFor(t, b, "content after a 401", `document.querySelector('`+signedInSelector+`')`, 10*time.Second)
	if len(b.requestsTo("/v1/auth/refresh")) == refreshesBefore {
		t.Error("the 401 did not lead to a refresh")
	}
	if eval[bool](t, b, `window.__sawLogin`) {
		t.Fatal("the login was shown during refresh")
	}
	b.checkA11y(t, "signed in after a refresh")
	b.screenshot(t, "refresh")
}

// Journey 4: sign-out clears the server cookie, the SDK's storage and the
// refresh token at Descope; Back shows nothing authenticated.
func TestBrowserLogout(t *testing.T) {
	b := newBrowser(t)
	a := openApp(t, b, nil, "/")
	signIn(t, b, a.outbox, "bye@example.com")
	b.do(t, chromedp.Navigate(a.base+"/profile"), chromedp.WaitVisible(chromedp.CSS(signedInSelector)))
	refresh := eval[string](t, b, `localStorage.getItem('DSR') || ''`)
	if refresh == "" {
		t.Fatal("the SDK holds no refresh token before sign-out")
	}

	b.do(t, chromedp.Click(chromedp.CSS(`button[hx-post="/logout"]`)))
	waitFor(t, b, "the login after sign-out", `document.querySelector('`+loginSelector+`')`, 10*time.Second)
	waitFor(t, b, "the SDK to clear its storage", `!localStorage.getItem('DSR') && !localStorage.getItem('DS') && !localStorage.getItem('DSLI')`, 10*time.Second)
	must(t, eval[string](t, b, `document.querySelector('#page-heading h1').textContent`) == "You have signed out", "no sign-out confirmation")
	waitFor(t, b, "the flow's email field", visibleJS(emailInput), 15*time.Second)
	b.checkA11yBothSchemes(t, "signed out")
	if c := b.cookie(t, a.base, "DS"); c != nil {
		t.Errorf("DS cookie still set after sign-out: %q", c.Value[:min(len(c.Value), 12)])
	}
	logouts := b.requestsTo("/logout")
	if len(logouts) == 0 || logouts[0].method != http.MethodPost || logouts[0].headers["x-csrf-token"] == "" {
		t.Fatalf("the logout request did not carry X-CSRF-Token: %+v", logouts)
	}

	// The old refresh token is dead at Descope.
	if status := refreshStatus(t, a, refresh, nil); status != http.StatusUnauthorized {
		t.Errorf("refresh with the signed-out token: status %d, want 401", status)
	}

	b.do(t, chromedp.NavigateBack())
	time.Sleep(700 * time.Millisecond)
	if eval[bool](t, b, `!!document.querySelector('`+signedInSelector+`')`) {
		t.Fatal("Back shows authenticated content after sign-out")
	}
	waitFor(t, b, "the login after Back", `document.querySelector('`+loginSelector+`')`, 5*time.Second)
	b.checkA11y(t, "login after Back")
	b.screenshot(t, "logout")
}
