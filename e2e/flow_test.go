package e2e

import (
	"encoding/json"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Helpers that drive the real <descope-wc> through its shadow DOM, as a
// person would: real key strokes into its inputs, real mouse clicks on its
// buttons.

// deepJS finds an element through open shadow roots: "a >>> b" is the
// first b at or below the first a, each searched in light and shadow DOM.
const deepJS = `((chain) => {
  const walk = (root, sel) => {
    const hit = root.querySelector(sel);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) { const found = walk(el.shadowRoot, sel); if (found) return found; }
    }
    return null;
  };
  let node = document;
  for (const sel of chain.split('>>>').map((s) => s.trim())) {
    node = walk(node.shadowRoot || node, sel);
    if (!node) return null;
  }
  return node;
})`

func deep(selector string) string {
	sel, _ := json.Marshal(selector)
	return deepJS + "(" + string(sel) + ")"
}

// visibleJS is true when the element exists and takes up space on screen.
func visibleJS(selector string) string {
	return `(() => { const el = ` + deep(selector) + `; if (!el) return false; const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; })()`
}

// flowText is the text of an element inside the flow ("" if absent).
func flowText(t *testing.T, b *browser, selector string) string {
	t.Helper()
	return eval[string](t, b, `(() => { const el = `+deep(selector)+`; return el ? el.textContent.trim() : ''; })()`)
}

// typeInto focuses an input inside the flow and types text key by key.
func typeInto(t *testing.T, b *browser, selector, text string) {
	t.Helper()
	waitFor(t, b, selector, visibleJS(selector), 10*time.Second)
	if !eval[bool](t, b, `(() => { const el = `+deep(selector)+`; el.scrollIntoView({block: 'center'}); el.focus(); return true; })()`) {
		t.Fatalf("cannot focus %s", selector)
	}
	b.do(t, chromedp.KeyEvent(text))
}

// clickFlow clicks the middle of an element inside the flow with the mouse.
func clickFlow(t *testing.T, b *browser, selector string) {
	t.Helper()
	waitFor(t, b, selector, visibleJS(selector), 10*time.Second)
	xy := eval[[]float64](t, b, `(() => { const el = `+deep(selector)+`; el.scrollIntoView({block: 'center'}); const r = el.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()`)
	b.do(t, chromedp.MouseClickXY(xy[0], xy[1]))
}

const (
	emailInput   = `descope-email-field >>> input[name="email"]`
	submitEmail  = `descope-button#submit-email`
	firstDigit   = `descope-passcode >>> input`
	flowError    = `[data-type="error-message"]`
	resendCode   = `descope-button#resend-code`
	anotherEmail = `descope-button#change-email`
)

// enterEmail types an email on the flow's first screen and waits for the code screen.
func enterEmail(t *testing.T, b *browser, email string) {
	t.Helper()
	typeInto(t, b, emailInput, email)
	clickFlowForScreen(t, b, submitEmail)
	waitFor(t, b, "the code screen", visibleJS(firstDigit), 10*time.Second)
}

// clickFlowForScreen clicks a button that leads to a screen, and waits until
// the component has rendered that screen (its page-updated event), so that
// what is typed next goes into the new screen, not the old one.
func clickFlowForScreen(t *testing.T, b *browser, selector string) {
	t.Helper()
	before := eval[int](t, b, `window.__flowScreens`)
	clickFlow(t, b, selector)
	waitFor(t, b, "the next screen", fmt.Sprintf(`window.__flowScreens > %d`, before), 10*time.Second)
	time.Sleep(200 * time.Millisecond) // its entry transition
}

// enterCode types a code into the passcode digit by digit, as a person
// would (each digit moves the focus on); the last one submits by itself.
func enterCode(t *testing.T, b *browser, code string) {
	t.Helper()
	typeInto(t, b, firstDigit, code[:1])
	for _, digit := range code[1:] {
		time.Sleep(60 * time.Millisecond)
		b.do(t, chromedp.KeyEvent(string(digit)))
	}
}

// signIn goes through the real flow: email, code from the outbox, and waits
// until #container shows the user's content.
func signIn(t *testing.T, b *browser, outbox *outbox, email string) {
	t.Helper()
	enterEmail(t, b, email)
	enterCode(t, b, outbox.lastCode(t, email))
	waitFor(t, b, "the signed-in content", `document.querySelector('`+signedInSelector+`')`, 10*time.Second)
}

// outbox is the local Descope's list of "sent" codes, read as tools do:
// GET …/emulator/outbox with Accept: application/json.
type outbox struct{ url string }

func (o *outbox) codes(t *testing.T, loginID string) []string {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, o.url, nil)
	req.Header.Set("Accept", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body struct {
		Messages []struct{ LoginID, Code string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatalf("outbox is not the JSON contract: %v", err)
	}
	var out []string
	for _, m := range body.Messages {
		if m.LoginID == loginID {
			out = append(out, m.Code)
		}
	}
	return out
}

func (o *outbox) lastCode(t *testing.T, loginID string) string {
	t.Helper()
	codes := o.codes(t, loginID)
	if len(codes) == 0 {
		t.Fatalf("no code for %s in the outbox", loginID)
	}
	return codes[len(codes)-1]
}

// wrongCode is a 6-digit code that is not code.
func wrongCode(code string) string {
	if code == "000000" {
		return "111111"
	}
	return "000000"
}

// waitForCodes polls the outbox until loginID has n codes.
func waitForCodes(t *testing.T, o *outbox, loginID string, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if len(o.codes(t, loginID)) >= n {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("the outbox never had %d codes for %s", n, loginID)
}

func must(t *testing.T, cond bool, format string, args ...any) {
	t.Helper()
	if !cond {
		t.Fatalf(format, args...)
	}
}
