package e2e

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// Journeys in Descope's cookie mode (LOCAL_DESCOPE_TOKEN_RESPONSE=cookies):
// the local Descope sets DS and DSR as HttpOnly cookies and puts no token in
// any body, as Descope does on a custom domain. The app is not told: the
// same page script and server must work.

var cookieMode = map[string]string{"LOCAL_DESCOPE_TOKEN_RESPONSE": "cookies"}

// noTokenForScripts fails if any JavaScript-visible storage holds a token.
func noTokenForScripts(t *testing.T, b *browser) {
	t.Helper()
	leak := eval[string](t, b, `(() => {
		if (/(^|;\s*)DSR?=/.test(document.cookie) || document.cookie.includes('eyJ')) return 'document.cookie: ' + document.cookie;
		for (const store of [localStorage, sessionStorage]) {
			for (let i = 0; i < store.length; i++) {
				const k = store.key(i), v = store.getItem(k) || '';
				if (k === 'DS' || k === 'DSR' || v.includes('eyJ')) return 'storage key ' + k;
			}
		}
		return '';
	})()`)
	if leak != "" {
		t.Fatalf("a token is readable by JavaScript: %s", leak)
	}
}

// httpOnlyTokenCookies returns DS and DSR, failing unless both are set as
// Descope's cookie mode sets them.
func httpOnlyTokenCookies(t *testing.T, b *browser, base string) (ds, dsr *network.Cookie) {
	t.Helper()
	ds, dsr = b.cookie(t, base, "DS"), b.cookie(t, base, "DSR")
	for _, c := range []*network.Cookie{ds, dsr} {
		if c == nil {
			t.Fatalf("DS = %v, DSR = %v: want both", ds != nil, dsr != nil)
		}
		if !c.HTTPOnly || c.SameSite != network.CookieSameSiteStrict || c.Path != "/" || !strings.HasPrefix(c.Value, "eyJ") {
			t.Fatalf("%s cookie: HttpOnly %v, SameSite %q, Path %q", c.Name, c.HTTPOnly, c.SameSite, c.Path)
		}
	}
	return ds, dsr
}

// watchForLogin makes window.__sawLogin true if #container ever shows the login.
func watchForLogin(t *testing.T, b *browser) {
	t.Helper()
	eval[bool](t, b, `(window.__sawLogin = false, new MutationObserver(() => {
		if (document.querySelector('`+loginSelector+`')) window.__sawLogin = true;
	}).observe(document.getElementById('container'), {childList: true, subtree: true}), true)`)
}

// refreshStatus asks the demo's local Descope for a refresh, with the
// refresh token after the project ID or in a cookie, and returns the status.
func refreshStatus(t *testing.T, a *app, refresh string, cookie *http.Cookie) int {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, a.base+"/local-descope/v1/auth/refresh", strings.NewReader("{}"))
	bearer := "Bearer Plocaldemo0000000000000000"
	if refresh != "" {
		bearer += ":" + refresh
	}
	req.Header.Set("Authorization", bearer)
	if cookie != nil {
		req.AddCookie(cookie)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// claim reads one claim of a JWT's payload (no verification: a test probe).
func claim(t *testing.T, jwt, name string) any {
	t.Helper()
	parts := strings.Split(jwt, ".")
	if len(parts) != 3 {
		t.Fatalf("not a JWT: %d parts", len(parts))
	}
	raw, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		t.Fatal(err)
	}
	var claims map[string]any
	if err := json.Unmarshal(raw, &claims); err != nil {
		t.Fatal(err)
	}
	return claims[name]
}

// The whole session in cookie mode through the real <descope-wc>: sign-in
// without a reload, HttpOnly DS and DSR, no token for scripts, a signed-in
// first paint after a reload, a 401 answered by one refresh and one retry, a
// tenant switch, and a sign-out that clears both cookies and revokes the
// refresh token. The harness fails the test on any console error, CSP
// violation, page error or request off the app's origin.
func TestCookieModeSession(t *testing.T) {
	b := newBrowser(t)
	a := openApp(t, b, cookieMode, "/")
	waitFor(t, b, "the flow's email field", visibleJS(emailInput), 15*time.Second)
	eval[bool](t, b, `window.__beforeSignIn = true`)

	signIn(t, b, a.outbox, "admin@example.com")
	must(t, eval[bool](t, b, `window.__beforeSignIn === true`), "the page was reloaded during sign-in")
	if text := eval[string](t, b, `document.querySelector('#container').innerText`); !strings.Contains(text, "admin@example.com") {
		t.Fatalf("#container shows %q", text)
	}
	ds, _ := httpOnlyTokenCookies(t, b, a.base)
	noTokenForScripts(t, b)
	must(t, eval[bool](t, b, `!!localStorage.getItem('DSLI')`), "the SDK wrote no login indicator (DSLI)")
	// htmx never sent a token it could not read: the cookie did the work.
	for _, r := range b.requestsTo("/container") {
		if r.headers["authorization"] != "" {
			t.Fatalf("GET /container carried Authorization %q in cookie mode", r.headers["authorization"][:min(len(r.headers["authorization"]), 16)])
		}
	}
	b.screenshot(t, "cookies-sign-in")

	// A reload paints signed in from the HttpOnly cookie: no re-fetch.
	before := len(b.requestsTo("/container"))
	b.do(t, chromedp.Reload(), chromedp.WaitReady(chromedp.CSS("#container")))
	must(t, eval[bool](t, b, `!!document.querySelector('`+signedInSelector+`') && !document.querySelector('`+loginSelector+`')`),
		"after a reload the first paint is not signed in")
	time.Sleep(700 * time.Millisecond) // the startup refresh answers; a wrong first paint would be corrected now
	if after := len(b.requestsTo("/container")); after != before {
		t.Fatalf("the reload needed %d #container re-fetches: the first paint was not signed in", after-before)
	}
	noTokenForScripts(t, b)

	// A session the server refuses (bad signature, in an HttpOnly cookie the
	// script cannot see): 401, one refresh from the DSR cookie, one retry.
	b.expect("status of 401 (Unauthorized) " + a.base + "/container")
	ds = b.cookie(t, a.base, "DS")
	httpOnly := true
	if _, err := chromedp.Call(b.ctx, network.SetCookie, network.SetCookieParams{
		Name: "DS", Value: ds.Value[:len(ds.Value)-4] + "AAAA", URL: a.base + "/", Path: "/",
		HTTPOnly: &httpOnly, SameSite: network.CookieSameSiteStrict,
	}); err != nil {
		t.Fatal(err)
	}
	watchForLogin(t, b)
	refreshes := len(b.requestsTo("/local-descope/v1/auth/refresh"))
	containers := len(b.requestsTo("/container"))
	eval[bool](t, b, `htmx.ajax('GET', '/container', {target: '#container'}).then(() => true)`)
	waitFor(t, b, "content after a 401", `document.querySelector('`+signedInSelector+`')`, 10*time.Second)
	if n := len(b.requestsTo("/local-descope/v1/auth/refresh")) - refreshes; n != 1 {
		t.Errorf("the 401 led to %d refreshes, want 1", n)
	}
	if n := len(b.requestsTo("/container")) - containers; n != 2 {
		t.Errorf("%d requests for /container, want the first and one retry", n)
	}
	must(t, !eval[bool](t, b, `window.__sawLogin`), "the login was shown during the refresh")
	if fresh, _ := httpOnlyTokenCookies(t, b, a.base); strings.HasSuffix(fresh.Value, "AAAA") {
		t.Fatal("the refused DS cookie was not replaced")
	}

	// Tenant switch: the SDK holds no refresh token, the DSR cookie goes along.
	waitFor(t, b, "the tenant switch", `document.querySelector('#site-nav [data-select-tenant="T-globex"]')`, 10*time.Second)
	eval[bool](t, b, `window.__beforeSwitch = true`)
	b.do(t, chromedp.Click(chromedp.CSS(`#site-nav [data-select-tenant="T-globex"]`)))
	waitFor(t, b, "the header to name Globex", `document.querySelector('#site-nav [data-current-tenant]')?.textContent === 'Globex'`, 10*time.Second)
	must(t, eval[bool](t, b, `window.__beforeSwitch === true`), "the tenant switch reloaded the page")
	ds, dsr := httpOnlyTokenCookies(t, b, a.base)
	if got := claim(t, ds.Value, "dct"); got != "T-globex" {
		t.Errorf("DS after the switch has dct %v", got)
	}
	noTokenForScripts(t, b)

	// Sign-out: both cookies cleared, the refresh token dead at Descope.
	b.do(t, chromedp.Click(chromedp.CSS(`button[hx-post="/logout"]`)))
	waitFor(t, b, "the login after sign-out", `document.querySelector('`+loginSelector+`')`, 10*time.Second)
	waitFor(t, b, "the SDK to drop its login indicator", `!localStorage.getItem('DSLI')`, 10*time.Second)
	for _, name := range []string{"DS", "DSR"} {
		if c := b.cookie(t, a.base, name); c != nil {
			t.Errorf("%s cookie still set after sign-out", name)
		}
	}
	if status := refreshStatus(t, a, "", &http.Cookie{Name: "DSR", Value: dsr.Value}); status != http.StatusUnauthorized {
		t.Errorf("refresh with the signed-out DSR cookie: status %d, want 401", status)
	}
	b.screenshot(t, "cookies-logout")
}

// Past a short session TTL the next request still succeeds: the DS cookie
// has expired with the session, and the server refreshes from DSR and sets
// a new HttpOnly DS. The login never shows.
func TestCookieModeRefreshPastTTL(t *testing.T) {
	b := newBrowser(t)
	env := map[string]string{"LOCAL_DESCOPE_SESSION_TTL": "8s"}
	for k, v := range cookieMode {
		env[k] = v
	}
	a := openApp(t, b, env, "/")
	signIn(t, b, a.outbox, "ttl@example.com")
	first, _ := httpOnlyTokenCookies(t, b, a.base)
	watchForLogin(t, b)

	time.Sleep(9 * time.Second)
	eval[bool](t, b, `htmx.ajax('GET', '/container', {target: '#container'}).then(() => true)`)
	waitFor(t, b, "content after expiry", `document.querySelector('`+signedInSelector+`')`, 10*time.Second)
	second, _ := httpOnlyTokenCookies(t, b, a.base)
	if second.Value == first.Value {
		t.Fatal("the DS cookie was not refreshed")
	}
	if exp, _ := claim(t, second.Value, "exp").(float64); time.Unix(int64(exp), 0).Before(time.Now()) {
		t.Fatal("the new DS cookie holds an expired session")
	}
	must(t, !eval[bool](t, b, `window.__sawLogin`), "the login was shown during the refresh")
	noTokenForScripts(t, b)
}
