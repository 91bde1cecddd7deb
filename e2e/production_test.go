package e2e

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/descope-htmx/descope-htmx/internal/testproc"
	"github.com/descope-htmx/descope-htmx/localdescope"
)

// emulator is a running cmd/localdescope.
type emulator struct {
	base      string
	projectID string
	outbox    *outbox
}

// startEmulator runs the standalone local Descope, letting appOrigin call it
// with credentials, and waits until it answers.
func startEmulator(t *testing.T, appOrigin string) *emulator {
	t.Helper()
	e := &emulator{base: fmt.Sprintf("http://127.0.0.1:%d", testproc.FreePort(t)), projectID: "Pe2eproduction0000000000000"}
	e.outbox = &outbox{url: e.base + "/emulator/outbox"}
	cmd := exec.Command(emulatorBinary, "-addr", strings.TrimPrefix(e.base, "http://"), "-project-id", e.projectID, "-allow-origin", appOrigin)
	logs := testproc.Start(t, "the emulator", cmd)
	testproc.WaitOK(t, "the emulator", e.base+"/emulator/config", 15*time.Second, logs)
	return e
}

// startProduction runs the standalone emulator and the app in production mode
// against it, with the component's static files and UI library taken from
// the emulator (as from a self-hosted Descope CDN). b may talk to both.
func startProduction(t *testing.T, b *browser, extra map[string]string) (*app, *emulator) {
	t.Helper()
	port := testproc.FreePort(t)
	origin := fmt.Sprintf("http://127.0.0.1:%d", port)
	descope := startEmulator(t, origin)
	b.allow(origin, descope.base)
	env := map[string]string{
		"APP_ENV":                 "production",
		"COOKIE_SECURE":           "false", // plain http on loopback
		"DESCOPE_PROJECT_ID":      descope.projectID,
		"DESCOPE_BASE_URI":        descope.base,
		"DESCOPE_STATIC_BASE_URL": descope.base + "/pages",
		"DESCOPE_CDN_BASE_URL":    descope.base,
	}
	for k, v := range extra {
		env[k] = v
	}
	a := startApp(t, port, env)
	// Cleanups run last-registered first: leave the page before the servers
	// stop, so a request the component still makes is not refused mid-flight
	// and reported as a console problem.
	t.Cleanup(func() { _, _ = chromedp.Run(b.ctx, chromedp.Navigate("about:blank")) })
	return a, descope
}

// Journey 5: production mode (a project ID and a base URI) against the
// standalone emulator on its own origin. The real <descope-wc> loads its
// config, screens and UI library from the URLs configured for a self-hosted
// Descope CDN, signs in with a code, and the page SDK stores the session.
func TestBrowserProductionWiring(t *testing.T) {
	b := newBrowser(t)
	a, descope := startProduction(t, b, nil)

	resp, err := http.Get(a.base + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	csp := resp.Header.Get("Content-Security-Policy")
	for _, directive := range []string{"connect-src", "script-src", "font-src"} {
		if !regexp.MustCompile(directive + ` [^;]*` + regexp.QuoteMeta(descope.base)).MatchString(csp) {
			t.Errorf("%s does not list the configured Descope host: %s", directive, csp)
		}
	}
	if strings.Contains(csp, "unsafe-") || strings.Contains(csp, "descopecdn.com") {
		t.Errorf("CSP = %s", csp)
	}

	b.do(t, chromedp.Navigate(a.base+"/"))
	t.Cleanup(func() {
		if t.Failed() {
			for _, r := range b.requestsTo("") {
				t.Log("request:", r.method, r.url)
			}
		}
	})
	waitFor(t, b, "the flow's email field", visibleJS(emailInput), 20*time.Second)
	wc := eval[map[string]string](t, b, `(() => { const wc = document.querySelector('descope-wc'); return {
		projectId: wc.getAttribute('project-id'), flowId: wc.getAttribute('flow-id'), baseUrl: wc.getAttribute('base-url') }; })()`)
	if wc["projectId"] != descope.projectID || wc["flowId"] != "sign-up-or-in" || wc["baseUrl"] != descope.base {
		t.Fatalf("<descope-wc> attributes = %v", wc)
	}
	if eval[bool](t, b, `document.body.innerText.includes('Demo mode')`) {
		t.Error("production wiring shows the demo banner")
	}
	for _, path := range []string{"/pages/" + descope.projectID + "/v2-beta/config.json", "/npm/@descope/web-components-ui@"} {
		if len(b.requestsTo(descope.base+path)) == 0 {
			t.Errorf("the component did not load %s from the emulator", path)
		}
	}
	b.checkA11y(t, "production guest")
	eval[bool](t, b, `window.__beforeSignIn = true`)

	signIn(t, b, descope.outbox, "prod@example.com")
	must(t, eval[bool](t, b, `window.__beforeSignIn === true`), "the page reloaded; #container should have been swapped")
	if text := eval[string](t, b, `document.querySelector('#container').innerText`); !strings.Contains(text, "prod@example.com") {
		t.Fatalf("#container shows %q", text)
	}
	if ds := b.cookie(t, a.base, "DS"); ds == nil || !strings.HasPrefix(ds.Value, "eyJ") {
		t.Fatal("the page SDK did not store the session in the DS cookie")
	}
	if len(b.requestsTo(descope.base+"/v1/auth/refresh")) == 0 {
		t.Error("the page SDK did not refresh against DESCOPE_BASE_URI after success")
	}
	if !strings.Contains(a.logs.String(), "descope flow config loaded") {
		t.Error("the app did not log that the flow config probe succeeded")
	}
	b.checkA11y(t, "production signed in")
	b.screenshot(t, "production-wiring")
}

// Journey 6: a name claim holding markup is shown as text and runs nothing;
// and the CSP really blocks a script injected without the nonce.
func TestBrowserHostileClaimsAndCSP(t *testing.T) {
	b := newBrowser(t)
	a := startApp(t, 0, nil)
	b.allow(a.base)
	const name = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`
	body, _ := json.Marshal(map[string]any{"loginId": "mallory@example.com", "password": "correct horse battery", "user": map[string]string{"name": name}})
	req, _ := http.NewRequest(http.MethodPost, a.base+"/local-descope/v1/auth/password/signup", strings.NewReader(string(body)))
	req.Header.Set("Authorization", "Bearer "+localdescope.DemoProjectID)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("sign up the hostile user: %v %v", err, resp)
	}
	resp.Body.Close()

	b.do(t, chromedp.Navigate(a.base+"/"))
	signIn(t, b, a.outbox, "mallory@example.com")
	for _, path := range []string{"/", "/profile"} {
		b.do(t, chromedp.Navigate(a.base+path), chromedp.WaitVisible(chromedp.CSS(signedInSelector)))
		// The name shows in the header's account menu and the headings.
		if text := eval[string](t, b, `document.querySelector('#site-nav [data-account-name]').textContent`); !strings.Contains(text, name) {
			t.Errorf("%s: the name is not shown as text in the account menu: %q", path, text)
		}
		if eval[bool](t, b, `window.__xss !== undefined || !!document.querySelector('#container img, #container script, #site-nav img, #page-heading img')`) {
			t.Fatalf("%s: the name claim was interpreted as markup", path)
		}
	}

	// A script injected without the nonce must be blocked, and reported.
	b.expect("Content Security Policy")
	eval[bool](t, b, `(() => { const s = document.createElement('script'); s.textContent = 'window.__injected = 1'; document.body.append(s); return true; })()`)
	time.Sleep(300 * time.Millisecond)
	if eval[bool](t, b, `window.__injected === 1`) {
		t.Fatal("an inline script without the nonce ran: the CSP is not enforced")
	}
	if !b.reported("Content Security Policy") {
		t.Error("the blocked script was not reported: the console check would miss CSP violations")
	}
	b.screenshot(t, "hostile-claims")
}

// Journey 7: a login that cannot load is never a blank box. With a flow ID
// the project does not have, the component's error event replaces the
// placeholder with a message and a retry, and the app's log says why.
func TestBrowserLoginFailureIsExplained(t *testing.T) {
	b := newBrowser(t)
	a, descope := startProduction(t, b, map[string]string{"DESCOPE_FLOW_ID": "no-such-flow"})
	// What the component itself reports about the refused start.
	b.expect("Flow not found")
	b.expect("status of 400 (Bad Request) " + descope.base + "/v1/flow/start")

	b.do(t, chromedp.Navigate(a.base+"/"))
	waitFor(t, b, "the login problem", `!document.querySelector('[data-login-problem]').hidden`, 20*time.Second)
	must(t, eval[bool](t, b, `document.querySelector('[data-login-loading]').hidden`), "the placeholder still shows beside the problem")
	text := eval[string](t, b, `document.querySelector('[data-login-problem]').innerText`)
	must(t, strings.Contains(text, "Sign-in could not be loaded") && strings.Contains(text, "Try again"), "problem text = %q", text)
	b.screenshot(t, "login-failure")

	// Retry loads the page again (and fails the same way: the ID is wrong).
	eval[bool](t, b, `window.__beforeRetry = true`)
	b.do(t, chromedp.Click(chromedp.CSS(`[data-login-retry]`)))
	waitFor(t, b, "a fresh page after retry", `window.__beforeRetry === undefined && document.readyState === 'complete'`, 10*time.Second)

	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(a.logs.String(), "DESCOPE_FLOW_ID") && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	if !strings.Contains(a.logs.String(), "the login will not render") || !strings.Contains(a.logs.String(), "DESCOPE_FLOW_ID") {
		t.Errorf("the app did not log why the login fails:\n%s", a.logs.String())
	}
}
