package e2e

import (
	"bytes"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Journey: an admin of Acme opens Admin and sees Acme's users, switches to
// Globex (where they are a viewer) without a reload, and then neither the
// Admin entry nor the page lets them in.
func TestBrowserAdminAndTenantSwitch(t *testing.T) {
	b := newBrowser(t)
	a := openApp(t, b, nil, "/")
	signIn(t, b, a.outbox, "admin@example.com")
	waitFor(t, b, "the Admin entry", `document.querySelector('#site-nav a[data-nav="admin"]')`, 10*time.Second)
	if got := eval[string](t, b, `document.querySelector('#site-nav [data-current-tenant]').textContent`); got != "Acme" {
		t.Fatalf("header names tenant %q, want Acme", got)
	}

	b.do(t, chromedp.Click(chromedp.CSS(`#site-nav a[data-nav="admin"]`)))
	waitFor(t, b, "Acme's user list", `document.querySelector('#container [data-user-list]')`, 10*time.Second)
	list := eval[string](t, b, `document.querySelector('#container [data-user-list]').textContent`)
	for _, want := range []string{"viewer@example.com", "admin@example.com"} {
		if !bytes.Contains([]byte(list), []byte(want)) {
			t.Errorf("the user list lacks %s: %q", want, list)
		}
	}
	if !eval[bool](t, b, `!!document.querySelector('#container [data-billing]')`) {
		t.Error("no Billing card for billing:write in Acme")
	}
	b.checkA11y(t, "admin")
	b.screenshot(t, "admin-acme")

	// The refusals below are 403 answers, which Chromium logs.
	b.expect("status of 403 (Forbidden) " + a.base + "/admin")
	eval[bool](t, b, `window.__beforeSwitch = true`)
	b.do(t, chromedp.Click(chromedp.CSS(`#site-nav [data-select-tenant="T-globex"]`)))
	waitFor(t, b, "the header to name Globex", `document.querySelector('#site-nav [data-current-tenant]')?.textContent === 'Globex'`, 10*time.Second)
	waitFor(t, b, "the page to refuse", `document.querySelector('#container [data-missing]')`, 10*time.Second)
	if !eval[bool](t, b, `window.__beforeSwitch === true`) {
		t.Error("the tenant switch reloaded the page")
	}
	if eval[bool](t, b, `!!document.querySelector('#site-nav a[data-nav="admin"]')`) {
		t.Error("the nav still offers Admin in Globex")
	}
	if eval[bool](t, b, `!!document.querySelector('#container [data-user-list]')`) {
		t.Error("the user list is still shown in Globex")
	}
	if got := eval[string](t, b, `document.querySelector('#container [data-missing]').textContent`); !bytes.Contains([]byte(got), []byte("role admin in tenant Globex")) {
		t.Errorf("refusal says %q", got)
	}

	b.checkA11yBothSchemes(t, "403 fragment")
	b.screenshot(t, "admin-globex-refused")

	// A fresh load in Globex: the server refuses the full page too.
	b.do(t, chromedp.Navigate(a.base+"/admin"))
	waitFor(t, b, "the 403 page", `document.querySelector('#container [data-missing]')`, 10*time.Second)
	if got := eval[string](t, b, `document.querySelector('#site-nav [data-current-tenant]')?.textContent`); got != "Globex" {
		t.Errorf("after a reload the header names %q, want Globex", got)
	}
	b.checkA11y(t, "403 page")
}
