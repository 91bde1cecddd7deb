package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// axe-core is a test-only devDependency, vendored into testdata by
// scripts/vendor-assets.sh (and checked against npm by --check, like the app's
// own vendored files). It is never served: the tests evaluate it in the tab.
var axeSource = sync.OnceValues(func() (string, error) {
	b, err := os.ReadFile(filepath.Join(repoRoot, "e2e", "testdata", "axe-core", "axe.min.js"))
	return string(b), err
})

// descopeThemeOSComplaint: @descope/web-component 4.3.2 logs this console
// error for theme="os", which its theme getter nevertheless implements (the
// OS scheme, following changes); an empty theme means light, not the OS.
// A README known issue.
const descopeThemeOSComplaint = `[Descope] Supported theme values are`

// descopeFindings collects, across journeys, the axe rule IDs violated inside
// <descope-wc>'s shadow DOM: Descope's markup, listed in the README's known
// issues, not failures of this app.
var descopeFindings = struct {
	sync.Mutex
	rules map[string]bool
}{rules: map[string]bool{}}

// axeViolation is one failed rule and where, as axe reports it.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target []any  `json:"target"` // a CSS selector, or a path through shadow roots
		HTML   string `json:"html"`
	} `json:"nodes"`
}

// checkA11y runs axe-core (every rule it runs by default, any impact) on the
// page as it is now, and fails the test on any violation outside
// <descope-wc>'s shadow DOM; and on any element that carries the hidden
// attribute yet is rendered. state names the page state in messages.
func (b *browser) checkA11y(t *testing.T, state string) {
	t.Helper()
	src, err := axeSource()
	if err != nil {
		t.Fatalf("axe-core is not vendored (run scripts/vendor-assets.sh): %v", err)
	}
	// Nothing in flight, nothing half-faded: check the settled page.
	waitFor(t, b, state+": a settled page", `!document.querySelector('[aria-busy="true"]') && document.readyState === 'complete'`, 10*time.Second)
	if !eval[bool](t, b, `typeof window.axe === 'object'`) {
		if _, err := chromedp.Run(b.ctx, chromedp.Evaluate[bool](src+";true", chromedp.EvalAwaitPromise)); err != nil {
			t.Fatalf("%s: load axe-core: %v", state, err)
		}
	}
	// axe adds <style> elements while it measures; the page's CSP refuses
	// them (as it should). Those reports are the test's, not the app's.
	since := b.problemCount()
	raw := eval[string](t, b, `axe.run(document, {resultTypes: ['violations']}).then(r => JSON.stringify(r.violations))`)
	b.dropProblemsSince(since, "Applying inline style violates")
	var violations []axeViolation
	if err := json.Unmarshal([]byte(raw), &violations); err != nil {
		t.Fatalf("%s: axe result: %v", state, err)
	}
	var ours []string
	for _, v := range violations {
		for _, n := range v.Nodes {
			if inDescopeShadow(n.Target) {
				descopeFindings.Lock()
				descopeFindings.rules[v.ID] = true
				descopeFindings.Unlock()
				continue
			}
			ours = append(ours, v.ID+" ("+v.Impact+"): "+v.Help+"\n      at "+targetString(n.Target)+": "+truncate(n.HTML, 160))
		}
	}
	if len(ours) > 0 {
		b.screenshot(t, "a11y-failure-"+strings.ReplaceAll(state, " ", "-"))
		t.Errorf("%s: %d accessibility violation(s) outside <descope-wc>:\n  %s", state, len(ours), strings.Join(ours, "\n  "))
	}
	b.checkNoRenderedHidden(t, state)
}

func (b *browser) problemCount() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.problems)
}

// dropProblemsSince forgets the console problems containing substring that
// were reported after the first n.
func (b *browser) dropProblemsSince(n int, substring string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	kept := b.problems[:n:n]
	for _, p := range b.problems[n:] {
		if !strings.Contains(p, substring) {
			kept = append(kept, p)
		}
	}
	b.problems = kept
}

// checkNoRenderedHidden fails on an element with the hidden attribute that
// still takes space or shows (a CSS display rule overriding it), in the page
// and in every open shadow root outside <descope-wc>.
func (b *browser) checkNoRenderedHidden(t *testing.T, state string) {
	t.Helper()
	shown := eval[[]string](t, b, `(() => {
		const out = [];
		const scan = (root) => {
			for (const el of root.querySelectorAll('*')) {
				if (el.localName === 'descope-wc') continue;
				if (el.hasAttribute('hidden') && (getComputedStyle(el).display !== 'none' || el.getClientRects().length > 0)) {
					out.push(el.outerHTML.slice(0, 160));
				}
				if (el.shadowRoot) scan(el.shadowRoot);
			}
		};
		scan(document);
		return out;
	})()`)
	if len(shown) > 0 {
		t.Errorf("%s: elements with the hidden attribute are rendered:\n  %s", state, strings.Join(shown, "\n  "))
	}
	// Inside <descope-wc> it is Descope's markup: reported, not failed.
	if n := eval[int](t, b, `(() => { let n = 0; const scan = (root) => { for (const el of root.querySelectorAll('*')) {
			if (el.hasAttribute('hidden') && el.getClientRects().length > 0) n++;
			if (el.shadowRoot) scan(el.shadowRoot); } };
		document.querySelectorAll('descope-wc').forEach((wc) => wc.shadowRoot && scan(wc.shadowRoot)); return n; })()`); n > 0 {
		t.Logf("%s: %d element(s) with the hidden attribute rendered inside <descope-wc>", state, n)
	}
}

// checkA11yBothSchemes checks the page in the light scheme, then emulates
// prefers-color-scheme: dark and checks it again (and restores light).
func (b *browser) checkA11yBothSchemes(t *testing.T, state string) {
	t.Helper()
	b.checkA11y(t, state)
	b.colorScheme(t, "dark")
	defer b.colorScheme(t, "light")
	b.checkA11y(t, state+" (dark)")
	b.screenshot(t, "dark-"+strings.ReplaceAll(state, " ", "-"))
}

// colorScheme emulates prefers-color-scheme ("light" or "dark").
func (b *browser) colorScheme(t *testing.T, scheme string) {
	t.Helper()
	if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
	}); err != nil {
		t.Fatalf("emulate prefers-color-scheme %s: %v", scheme, err)
	}
	if got := eval[bool](t, b, `matchMedia('(prefers-color-scheme: dark)').matches`); got != (scheme == "dark") {
		t.Fatalf("prefers-color-scheme emulation to %s did not take", scheme)
	}
}

// inDescopeShadow: the node is inside <descope-wc>'s shadow DOM (axe names it
// by a path whose first step is the host).
func inDescopeShadow(target []any) bool {
	if len(target) == 1 { // a shadow DOM node: one path, host selector first
		if path, ok := target[0].([]any); ok {
			target = path
		}
	}
	if len(target) < 2 {
		return false
	}
	host, _ := target[0].(string)
	return strings.Contains(host, "descope-wc")
}

func targetString(target []any) string {
	parts := make([]string, 0, len(target))
	for _, p := range target {
		b, _ := json.Marshal(p)
		parts = append(parts, strings.Trim(string(b), `"`))
	}
	return strings.Join(parts, " >> ")
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// descopeRuleIDs lists what was found inside <descope-wc> so far.
func descopeRuleIDs() []string {
	descopeFindings.Lock()
	defer descopeFindings.Unlock()
	ids := make([]string, 0, len(descopeFindings.rules))
	for id := range descopeFindings.rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}
