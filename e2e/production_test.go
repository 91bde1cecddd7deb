package e2e

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/chromedp"

	"github.com/descope-htmx/descope-htmx/localdescope"
)

// standInComponent replaces @descope/web-component: a <descope-wc> that
// records its attributes and, when told, finishes the flow the way the real
// one does (tokens into localStorage, then a non-bubbling "success" event).
const standInComponent = `
customElements.define('descope-wc', class extends HTMLElement {
  connectedCallback() {
    window.__wc = {
      projectId: this.getAttribute('project-id'), flowId: this.getAttribute('flow-id'),
      baseUrl: this.getAttribute('base-url'), nonce: this.nonce || '',
    };
  }
  finish(detail) {
    localStorage.setItem('DS', detail.sessionJwt);
    localStorage.setItem('DSR', detail.refreshJwt);
    this.dispatchEvent(new CustomEvent('success', {detail}));
  }
});`

// Journey 5: with a project ID and a base URI (here: a local Descope on its
// own origin), the page shows <descope-wc>, and its success event leads to a
// stored session and a swapped #container.
func TestBrowserProductionWiring(t *testing.T) {
	b := newBrowser(t)
	port := freePort(t)
	origin := fmt.Sprintf("http://127.0.0.1:%d", port)
	descope, err := localdescope.New(localdescope.Options{
		ProjectID:      "Pe2eproduction0000000000000",
		AllowedOrigins: []string{origin}, // the browser SDK calls it cross-origin
		Logger:         slog.New(slog.DiscardHandler),
	})
	if err != nil {
		t.Fatal(err)
	}
	descopeServer := httptest.NewServer(descope)
	t.Cleanup(descopeServer.Close)
	a := startApp(t, port, map[string]string{
		"DESCOPE_PROJECT_ID": descope.ProjectID(),
		"DESCOPE_BASE_URI":   descopeServer.URL,
	})

	// Serve the stand-in instead of the vendored component.
	if _, err := chromedp.Call(b.ctx, fetch.Enable, fetch.EnableParams{
		Patterns: []*fetch.RequestPattern{{URLPattern: "*descope-web-component*"}},
	}); err != nil {
		t.Fatal(err)
	}
	go func() {
		for ev, err := range chromedp.Events(b.ctx, fetch.RequestPaused) {
			if err != nil {
				return
			}
			_, _ = chromedp.Call(b.ctx, fetch.FulfillRequest, fetch.FulfillRequestParams{
				RequestID:       ev.RequestID,
				ResponseCode:    http.StatusOK,
				ResponseHeaders: []*fetch.HeaderEntry{{Name: "Content-Type", Value: "text/javascript"}},
				Body:            []byte(standInComponent),
			})
		}
	}()

	b.do(t, chromedp.Navigate(a.base+"/"))
	waitFor(t, b, "the stand-in <descope-wc>", `window.__wc`, 10*time.Second)
	wc := eval[map[string]string](t, b, `window.__wc`)
	if wc["projectId"] != descope.ProjectID() || wc["flowId"] != "sign-up-or-in" || wc["baseUrl"] != descopeServer.URL || wc["nonce"] == "" {
		t.Fatalf("<descope-wc> attributes = %v", wc)
	}
	if eval[bool](t, b, `document.body.innerText.includes('Demo mode')`) {
		t.Error("production wiring shows the demo banner")
	}
	eval[bool](t, b, `window.__beforeSignIn = true`)

	auth, err := descope.SignIn("prod@example.com")
	if err != nil {
		t.Fatal(err)
	}
	detail, _ := json.Marshal(map[string]any{"sessionJwt": auth.SessionJWT, "refreshJwt": auth.RefreshJWT, "user": auth.User})
	eval[bool](t, b, `(document.querySelector('descope-wc').finish(`+string(detail)+`), true)`)

	waitFor(t, b, "the signed-in content", `document.querySelector('`+signedInSelector+`')`, 10*time.Second)
	if !eval[bool](t, b, `window.__beforeSignIn === true`) {
		t.Fatal("the page reloaded; #container should have been swapped")
	}
	if text := eval[string](t, b, `document.querySelector('#container').innerText`); !strings.Contains(text, "prod@example.com") {
		t.Fatalf("#container shows %q", text)
	}
	if ds := b.cookie(t, a.base, "DS"); ds == nil || !strings.HasPrefix(ds.Value, "eyJ") {
		t.Fatal("the page SDK did not store the session in the DS cookie")
	}
	if len(b.requestsTo(descopeServer.URL+"/v1/auth/refresh")) == 0 {
		t.Error("the page SDK did not refresh against DESCOPE_BASE_URI after success")
	}
	b.screenshot(t, "production-wiring")
}

// Journey 6: a name claim holding markup is shown as text and runs nothing;
// and the CSP really blocks a script injected without the nonce.
func TestBrowserHostileClaimsAndCSP(t *testing.T) {
	b := newBrowser(t)
	a := startApp(t, 0, nil)
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
	signIn(t, b, a, "mallory@example.com")
	for _, path := range []string{"/", "/profile"} {
		b.do(t, chromedp.Navigate(a.base+path), chromedp.WaitVisible(chromedp.CSS(signedInSelector)))
		if text := eval[string](t, b, `document.querySelector('#container').innerText`); !strings.Contains(text, name) {
			t.Errorf("%s: the name is not shown as text: %q", path, text)
		}
		if eval[bool](t, b, `window.__xss !== undefined || !!document.querySelector('#container img, #container script')`) {
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
