package e2e

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/descope-htmx/descope-htmx/localdescope"
)

// Journey: every page state a visitor reaches, checked with axe-core in the
// light and dark schemes: the guest's login, the signed-in home with focus on
// its new heading, the profile, Admin, the error pages, a sign-out that ends
// on its confirmation, a phone's viewport and the demo inbox. With
// UPDATE_SCREENSHOTS=1 it also refreshes the README's screenshots in docs/.
func TestBrowserAccessibility(t *testing.T) {
	b := newBrowser(t)
	a := startApp(t, 0, map[string]string{"LOG_LEVEL": "debug"})
	b.allow(a.base)
	heading := func() string {
		return eval[string](t, b, `document.querySelector('#page-heading h1')?.textContent || ''`)
	}
	focusOnHeading := func(state string) {
		t.Helper()
		waitFor(t, b, state+": focus on the new heading", `document.activeElement === document.querySelector('#page-heading h1')`, 5*time.Second)
	}

	// Guest.
	b.do(t, chromedp.Navigate(a.base+"/"))
	waitFor(t, b, "the flow's email field", visibleJS(emailInput), 15*time.Second)
	must(t, heading() == "Sign in", "guest heading %q", heading())
	must(t, eval[bool](t, b, `!!document.querySelector('#site-nav [data-sign-in-link]') && !document.querySelector('#site-nav [data-account-name]')`), "the guest's header is not a sign-in link")
	flowTheme := func() string {
		return eval[string](t, b, `document.querySelector('descope-wc').shadowRoot.querySelector('[data-theme]')?.dataset.theme || ''`)
	}
	must(t, flowTheme() == "light", "the flow's theme is %q in the light scheme", flowTheme())
	b.colorScheme(t, "dark")
	waitFor(t, b, "the flow to follow the dark scheme", `document.querySelector('descope-wc').shadowRoot.querySelector('[data-theme]')?.dataset.theme === 'dark'`, 5*time.Second)
	b.colorScheme(t, "light")
	b.checkA11yBothSchemes(t, "guest")
	docsShot(t, b, "guest")

	// Signed in: the header, heading and content change in the one response.
	before := len(b.requestsTo("/container"))
	signIn(t, b, a.outbox, "admin@example.com")
	focusOnHeading("signed in")
	must(t, strings.HasPrefix(heading(), "Welcome"), "signed-in heading %q", heading())
	must(t, eval[string](t, b, `document.querySelector('#site-nav [data-account-name]')?.textContent`) != "", "no account menu after sign-in")
	must(t, eval[string](t, b, `document.querySelector('#site-nav [data-current-tenant]')?.textContent`) == "Acme", "the account menu does not name the tenant")
	must(t, len(b.requestsTo("/container"))-before == 1, "the sign-in took %d requests for #container, want 1", len(b.requestsTo("/container"))-before)
	b.checkA11yBothSchemes(t, "signed in")
	// While #container loads it says so, and stops saying so when done.
	eval[bool](t, b, `(window.__sawBusy = false, new MutationObserver(() => {
		if (document.getElementById('container').getAttribute('aria-busy') === 'true') window.__sawBusy = true;
	}).observe(document.getElementById('container'), {attributes: true}), true)`)
	eval[bool](t, b, `htmx.ajax('GET', '/container', {target: '#container'}).then(() => true)`)
	waitFor(t, b, "aria-busy during the load, and gone after it", `window.__sawBusy && !document.getElementById('container').hasAttribute('aria-busy')`, 10*time.Second)
	focusOnHeading("after a re-render")
	b.screenshot(t, "signed-in-home")

	// Profile and Admin, as full pages.
	b.do(t, chromedp.Click(chromedp.CSS(`#site-nav a[data-nav="profile"]`)))
	waitFor(t, b, "the profile", `document.querySelector('#container dl.facts')`, 10*time.Second)
	must(t, heading() == "Your profile", "profile heading %q", heading())
	b.checkA11yBothSchemes(t, "profile")
	docsShot(t, b, "signed-in")
	b.do(t, chromedp.Navigate(a.base+"/admin"))
	waitFor(t, b, "the user list", `document.querySelector('#container [data-user-list]')`, 10*time.Second)
	b.checkA11yBothSchemes(t, "admin")
	docsShot(t, b, "admin")

	// Phone.
	b.do(t, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2)))
	b.do(t, chromedp.Navigate(a.base+"/profile"))
	waitFor(t, b, "the profile on a phone", `document.querySelector('#container dl.facts')`, 10*time.Second)
	must(t, eval[float64](t, b, `document.querySelector('.demo-banner').getBoundingClientRect().height`) < 60, "the demo banner takes more than one short line on a phone")
	must(t, eval[bool](t, b, `document.documentElement.scrollWidth <= innerWidth`), "the page scrolls sideways on a phone")
	b.checkA11yBothSchemes(t, "phone")
	docsShot(t, b, "phone")
	b.do(t, chromedp.EmulateViewport(1100, 900))

	// Error pages: an h1, a sentence, a way back, the reference.
	b.expect("404 (Not Found)")
	b.expect("405 (Method Not Allowed)")
	b.do(t, chromedp.Navigate(a.base+"/no-such-page"))
	waitFor(t, b, "the 404 page", `document.querySelector('#container [data-problem]')`, 10*time.Second)
	must(t, heading() == "Page not found", "404 heading %q", heading())
	must(t, eval[bool](t, b, `!!document.querySelector('#container a[href="/"]') && document.querySelector('#container .reference')?.textContent.includes('Reference')`), "the 404 page lacks a way back or its reference")
	b.checkA11yBothSchemes(t, "404")

	// GET /logout offers the button; pressing it signs out, ending on the confirmation.
	b.do(t, chromedp.Navigate(a.base+"/logout"))
	waitFor(t, b, "the 405 page", `document.querySelector('#container [data-sign-out]')`, 10*time.Second)
	b.checkA11y(t, "405 on GET /logout")
	b.do(t, chromedp.Click(chromedp.CSS(`#container [data-sign-out]`)))
	waitFor(t, b, "the login after sign-out", `document.querySelector('`+loginSelector+`')`, 10*time.Second)
	focusOnHeading("signed out")
	must(t, heading() == "You have signed out", "sign-out heading %q", heading())
	must(t, eval[bool](t, b, `!!document.querySelector('#site-nav [data-sign-in-link]')`), "the header still shows the account after sign-out")
	waitFor(t, b, "the flow's email field", visibleJS(emailInput), 15*time.Second)
	b.checkA11y(t, "signed out")

	// The demo inbox, linked from the banner: newest first, a copy button per code.
	href := eval[string](t, b, `document.querySelector('.demo-banner [data-demo-inbox]').href`)
	must(t, href == a.base+"/local-descope/emulator/outbox", "the banner links to %q", href)
	b.do(t, chromedp.Navigate(href))
	waitFor(t, b, "the inbox", `document.querySelector('main h1')?.textContent === 'Demo inbox'`, 10*time.Second)
	must(t, eval[int](t, b, `document.querySelectorAll('li [data-copy]').length`) >= 1, "the inbox lists no codes")
	b.checkA11yBothSchemes(t, "demo inbox")
	b.screenshot(t, "demo-inbox")
	// It refreshes itself: a new code shows without a reload.
	eval[bool](t, b, `window.__inboxLoaded = true`)
	sendDemoCode(t, a.base, "late@example.com")
	waitFor(t, b, "the new code in the inbox", `document.querySelector('li:first-child .meta')?.textContent.includes('late@example.com')`, 10*time.Second)
	must(t, eval[bool](t, b, `window.__inboxLoaded === true`), "the inbox reloaded instead of refreshing itself")

	// 429: an h1 and a way back too (GET /logout counts toward its limit).
	b.expect("429 (Too Many Requests)")
	for i := 0; i < 12; i++ {
		b.do(t, chromedp.Navigate(a.base+"/logout"))
	}
	waitFor(t, b, "the 429 page", `document.querySelector('#page-heading h1')?.textContent === 'Slow down'`, 10*time.Second)
	b.checkA11y(t, "429")

	// LOG_LEVEL=debug: the lines an operator needs, and nothing secret.
	logs := a.logs.String()
	for _, want := range []string{`level=DEBUG msg="descope keys fetched"`, `level=DEBUG msg="request refused"`} {
		if !strings.Contains(logs, want) {
			t.Errorf("the debug log lacks %s", want)
		}
	}
	code := a.outbox.lastCode(t, "late@example.com")
	for _, line := range strings.Split(logs, "\n") {
		if strings.Contains(line, code) && !strings.Contains(line, "code for late@example.com") {
			t.Errorf("a sign-in code was logged outside demo mode's one code line: %s", line)
		}
		for _, secret := range []string{"DS=", "DSR=", "csrf_=", "Authorization", "BEGIN"} {
			if strings.Contains(line, secret) {
				t.Errorf("the debug log holds %q: %s", secret, line)
			}
		}
	}

	if ids := descopeRuleIDs(); len(ids) > 0 {
		t.Logf("axe findings inside <descope-wc> (Descope's markup; README known issues): %s", strings.Join(ids, ", "))
	}
}

// docsShot refreshes a README screenshot in docs/ when UPDATE_SCREENSHOTS is set.
func docsShot(t *testing.T, b *browser, name string) {
	t.Helper()
	b.screenshot(t, name)
	if os.Getenv("UPDATE_SCREENSHOTS") == "" {
		return
	}
	png, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(repoRoot, "docs", name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// sendDemoCode asks the demo's local Descope for a code, as the SDK would.
func sendDemoCode(t *testing.T, base, loginID string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, base+"/local-descope/v1/auth/otp/signup-in/email", strings.NewReader(`{"loginId":"`+loginID+`"}`))
	req.Header.Set("Authorization", "Bearer "+localdescope.DemoProjectID)
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("send a demo code: status %d", res.StatusCode)
	}
}
