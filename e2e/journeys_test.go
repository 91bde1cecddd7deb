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

// signIn goes through the demo form: email, code from the outbox, and waits
// until #container shows the user's content.
func signIn(t *testing.T, b *browser, a *app, email string) {
	t.Helper()
	b.do(t,
		chromedp.WaitVisible(chromedp.CSS(`form[data-demo-login] input[type="email"]`)),
		chromedp.SendKeys(chromedp.CSS("#demo-email"), email),
		chromedp.Click(chromedp.CSS("[data-demo-submit]")),
	)
	waitFor(t, b, "the code step", `!document.querySelector('[data-code-step]').hidden`, 10*time.Second)
	b.do(t,
		chromedp.SendKeys(chromedp.CSS("#demo-code"), a.lastCode(t, email)),
		chromedp.Click(chromedp.CSS("[data-demo-submit]")),
	)
	waitFor(t, b, "the signed-in content", `document.querySelector('`+signedInSelector+`')`, 10*time.Second)
}

// Journey 1: a guest signs in through the demo form, and #container becomes
// the user's content without a full page load.
func TestBrowserSignIn(t *testing.T) {
	b := newBrowser(t)
	a := startApp(t, 0, nil)
	b.do(t, chromedp.Navigate(a.base+"/"))
	if !eval[bool](t, b, `!!document.querySelector('`+loginSelector+`') && document.body.innerText.includes('demo')`) {
		t.Fatal("the guest page does not show the demo sign-in")
	}
	eval[bool](t, b, `window.__beforeSignIn = true`)

	// A wrong code is refused in the form, and the right one still works.
	b.do(t,
		chromedp.SendKeys(chromedp.CSS("#demo-email"), "ada@example.com"),
		chromedp.Click(chromedp.CSS("[data-demo-submit]")),
	)
	waitFor(t, b, "the code step", `!document.querySelector('[data-code-step]').hidden`, 10*time.Second)
	b.do(t, chromedp.SendKeys(chromedp.CSS("#demo-code"), "000000"), chromedp.Click(chromedp.CSS("[data-demo-submit]")))
	waitFor(t, b, "the wrong-code message", `document.querySelector('[data-demo-status]').textContent.includes('code')`, 10*time.Second)
	if eval[bool](t, b, `!!document.querySelector('`+signedInSelector+`')`) {
		t.Fatal("a wrong code signed the user in")
	}
	b.expect("status of 401 (Unauthorized) " + a.base + "/local-descope/v1/auth/otp/verify/email")
	b.do(t, chromedp.Click(chromedp.CSS("[data-demo-restart]")))
	waitFor(t, b, "back to the email step", `document.querySelector('[data-code-step]').hidden`, 5*time.Second)
	if eval[bool](t, b, `document.querySelector('#demo-email').readOnly`) {
		t.Fatal("the email field stays read-only after starting over")
	}
	eval[bool](t, b, `(document.querySelector('#demo-email').value = '', true)`)

	signIn(t, b, a, "ada@example.com")

	if !eval[bool](t, b, `window.__beforeSignIn === true`) {
		t.Fatal("the page was reloaded during sign-in; htmx should have swapped #container")
	}
	if text := eval[string](t, b, `document.querySelector('#container').innerText`); !strings.Contains(text, "ada@example.com") {
		t.Fatalf("#container shows %q", text)
	}
	ds := b.cookie(t, a.base, "DS")
	if ds == nil || !strings.HasPrefix(ds.Value, "eyJ") || ds.SameSite != "Strict" || ds.Path != "/" {
		t.Fatalf("DS cookie = %+v", ds)
	}
	if len(b.requestsTo("/container")) == 0 {
		t.Error("no htmx request for #container was made")
	}
	b.screenshot(t, "sign-in")
}

// Journey 2: the session holds across pages and reloads, and the first paint
// after a reload is already signed in.
func TestBrowserSessionPersists(t *testing.T) {
	b := newBrowser(t)
	a := startApp(t, 0, nil)
	b.do(t, chromedp.Navigate(a.base+"/"))
	signIn(t, b, a, "admin@example.com")

	b.do(t, chromedp.Navigate(a.base+"/profile"), chromedp.WaitVisible(chromedp.CSS(signedInSelector)))
	profile := eval[string](t, b, `document.querySelector('#container').innerText`)
	for _, want := range []string{"admin@example.com", "Ada Admin", "admin", "T-acme", "Admins only"} {
		if !strings.Contains(profile, want) {
			t.Errorf("profile lacks %q: %q", want, profile)
		}
	}
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
	b.screenshot(t, "session-persists")
}

// Journey 3: past the session's TTL, an htmx request still succeeds: the SDK
// refreshes first (token expired) or after a 401, and the login never shows.
func TestBrowserRefresh(t *testing.T) {
	b := newBrowser(t)
	// 8 s sessions: too short for web-js-sdk's timer (it needs > 40 s).
	a := startApp(t, 0, map[string]string{"LOCAL_DESCOPE_SESSION_TTL": "8s"})
	b.do(t, chromedp.Navigate(a.base+"/"))
	signIn(t, b, a, "refresh@example.com")
	first := b.cookie(t, a.base, "DS").Value
	eval[bool](t, b, `(window.__sawLogin = false, new MutationObserver(() => {
		if (document.querySelector('`+loginSelector+`')) window.__sawLogin = true;
	}).observe(document.getElementById('container'), {childList: true, subtree: true}), true)`)

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
	b.screenshot(t, "refresh")
}

// Journey 4: sign-out clears the server cookie, the SDK's storage and the
// refresh token at Descope; Back shows nothing authenticated.
func TestBrowserLogout(t *testing.T) {
	b := newBrowser(t)
	a := startApp(t, 0, nil)
	b.do(t, chromedp.Navigate(a.base+"/"))
	signIn(t, b, a, "bye@example.com")
	b.do(t, chromedp.Navigate(a.base+"/profile"), chromedp.WaitVisible(chromedp.CSS(signedInSelector)))
	refresh := eval[string](t, b, `localStorage.getItem('DSR') || ''`)
	if refresh == "" {
		t.Fatal("the SDK holds no refresh token before sign-out")
	}

	b.do(t, chromedp.Click(chromedp.CSS(`button[hx-post="/logout"]`)))
	waitFor(t, b, "the login after sign-out", `document.querySelector('`+loginSelector+`')`, 10*time.Second)
	waitFor(t, b, "the SDK to clear its storage", `!localStorage.getItem('DSR') && !localStorage.getItem('DS') && !localStorage.getItem('DSLI')`, 10*time.Second)
	if c := b.cookie(t, a.base, "DS"); c != nil {
		t.Errorf("DS cookie still set after sign-out: %q", c.Value[:min(len(c.Value), 12)])
	}
	logouts := b.requestsTo("/logout")
	if len(logouts) == 0 || logouts[0].method != http.MethodPost || logouts[0].headers["x-csrf-token"] == "" {
		t.Fatalf("the logout request did not carry X-CSRF-Token: %+v", logouts)
	}

	// The old refresh token is dead at Descope.
	req, _ := http.NewRequest(http.MethodPost, a.base+"/local-descope/v1/auth/refresh", strings.NewReader("{}"))
	req.Header.Set("Authorization", "Bearer Plocaldemo0000000000000000:"+refresh)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("refresh with the signed-out token: status %d, want 401", resp.StatusCode)
	}

	b.do(t, chromedp.NavigateBack())
	time.Sleep(700 * time.Millisecond)
	if eval[bool](t, b, `!!document.querySelector('`+signedInSelector+`')`) {
		t.Fatal("Back shows authenticated content after sign-out")
	}
	waitFor(t, b, "the login after Back", `document.querySelector('`+loginSelector+`')`, 5*time.Second)
	b.screenshot(t, "logout")
}
