// Package e2e drives the real app in real Chromium: the journeys a user takes,
// end to end, with the browser SDK, htmx and the CSP all in play.
//
// The tests build the app, start it on a free loopback port in demo mode (a
// local Descope on the app's own origin), and run headless Chromium against it.
// Without Chromium they skip, unless E2E_REQUIRED is set (CI sets it).
package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/descope-htmx/descope-htmx/internal/testlog"
	"github.com/descope-htmx/descope-htmx/internal/testproc"
)

var (
	appBinary      string // built once in TestMain
	emulatorBinary string // cmd/localdescope, built once in TestMain
	repoRoot       string
)

func TestMain(m *testing.M) {
	_, file, _, _ := runtime.Caller(0)
	repoRoot = filepath.Dir(filepath.Dir(file))
	dir, err := os.MkdirTemp("", "descope-htmx-e2e")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	appBinary = filepath.Join(dir, "descope-htmx")
	emulatorBinary = filepath.Join(dir, "localdescope")
	for pkg, out := range map[string]string{".": appBinary, "./cmd/localdescope": emulatorBinary} {
		build := exec.Command("go", "build", "-o", out, pkg)
		build.Dir, build.Stdout, build.Stderr = repoRoot, os.Stdout, os.Stderr
		if err := build.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "build "+pkg+":", err)
			os.Exit(1)
		}
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// chromiumPath finds Chromium, or skips (fails when E2E_REQUIRED is set).
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("E2E_REQUIRED") != "" {
		t.Fatal("Chromium not found and E2E_REQUIRED is set: install it (apt-get install -y chromium)")
	}
	t.Skip("Chromium not found; set E2E_REQUIRED=1 to make this a failure")
	return ""
}

// app is a running instance of the binary.
type app struct {
	base   string
	logs   *testlog.Buffer
	outbox *outbox // demo mode's local Descope
}

// startApp runs the app with env on port (0 picks one) and waits until ready.
func startApp(t *testing.T, port int, env map[string]string) *app {
	t.Helper()
	if port == 0 {
		port = testproc.FreePort(t)
	}
	cmd := exec.Command(appBinary)
	cmd.Env = append(os.Environ(), fmt.Sprintf("PORT=%d", port), "APP_ENV=development")
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	logs := testproc.Start(t, "the app", cmd)
	a := &app{base: fmt.Sprintf("http://127.0.0.1:%d", port), logs: logs}
	a.outbox = &outbox{url: a.base + "/local-descope/emulator/outbox"}
	testproc.WaitOK(t, "the app", a.base+"/readyz", 15*time.Second, logs)
	return a
}

// openApp starts the app with env (see startApp), lets b talk to it, and
// opens path in b.
func openApp(t *testing.T, b *browser, env map[string]string, path string) *app {
	t.Helper()
	a := startApp(t, 0, env)
	b.allow(a.base)
	b.do(t, chromedp.Navigate(a.base+path))
	return a
}

// browser is one headless Chromium tab with what the page wrote to its console.
type browser struct {
	ctx      context.Context
	mu       sync.Mutex
	problems []string // console errors, exceptions, CSP violations
	expected []string // problems a test causes on purpose (substrings)
	requests []sentRequest
	origins  []string // the only origins the page may send requests to
}

// allow adds origins the page may talk to (the app's, the emulator's). Any
// request elsewhere fails the test: the app must work offline.
func (b *browser) allow(origins ...string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.origins = append(b.origins, origins...)
}

// foreignRequests lists requests to origins not allowed.
func (b *browser) foreignRequests() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []string
next:
	for _, r := range b.requests {
		if strings.HasPrefix(r.url, "data:") || strings.HasPrefix(r.url, "blob:") || r.url == "about:blank" {
			continue
		}
		for _, o := range b.origins {
			if r.url == o || strings.HasPrefix(r.url, o+"/") {
				continue next
			}
		}
		out = append(out, r.method+" "+r.url)
	}
	return out
}

type sentRequest struct {
	method, url string
	headers     map[string]string
}

func newBrowser(t *testing.T) *browser {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1100, 900),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	b := &browser{ctx: ctx}
	b.expect(descopeThemeOSComplaint) // see its definition (axe_test.go)
	t.Cleanup(func() { cancelCtx(); cancelAlloc() })

	if err := chromedp.Listen(ctx, b.record); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, cdplog.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	// Every document records when the flow's email field first became
	// visible (ms since navigation start): the demo's time to a usable login;
	// and counts the screens the flow rendered.
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `(() => { const tick = () => { const el = ` + deep(emailInput) + `;
			if (el && el.getBoundingClientRect().height > 0) window.__emailVisibleAt = performance.now();
			else if (performance.now() < 20000) requestAnimationFrame(tick); }; requestAnimationFrame(tick);
			// Screens the flow has rendered (its events do not bubble: capture).
			window.__flowScreens = 0;
			document.addEventListener('page-updated', () => { window.__flowScreens++; }, true); })()`,
	}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if problems := b.consoleProblems(); len(problems) > 0 {
			t.Errorf("the browser console reported problems:\n  %s", strings.Join(problems, "\n  "))
		}
		if foreign := b.foreignRequests(); len(foreign) > 0 {
			t.Errorf("the page sent requests off the app's and the emulator's origins:\n  %s", strings.Join(foreign, "\n  "))
		}
	})
	return b
}

// record runs in the tab's event loop: it must be quick and send no command.
func (b *browser) record(ev any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch e := ev.(type) {
	case *cdplog.EventEntryAdded:
		if e.Entry.Level == cdplog.EntryLevelError || e.Entry.Source == cdplog.EntrySourceSecurity {
			b.problems = append(b.problems, fmt.Sprintf("log/%s: %s %s", e.Entry.Source, e.Entry.Text, e.Entry.URL))
		}
	case *cdpruntime.EventConsoleAPICalled:
		if e.Type == cdpruntime.ConsoleAPICalledTypeError || e.Type == cdpruntime.ConsoleAPICalledTypeAssert {
			var parts []string
			for _, arg := range e.Args {
				parts = append(parts, strings.Trim(string(arg.Value), `"`)+arg.Description)
			}
			b.problems = append(b.problems, "console.error: "+strings.Join(parts, " "))
		}
	case *cdpruntime.EventExceptionThrown:
		d := e.ExceptionDetails
		text := d.Text
		if d.Exception != nil {
			text += " " + d.Exception.Description
		}
		b.problems = append(b.problems, "exception: "+text)
	case *network.EventRequestWillBeSent:
		headers := map[string]string{}
		for k, v := range e.Request.Headers {
			headers[strings.ToLower(k)] = fmt.Sprint(v)
		}
		b.requests = append(b.requests, sentRequest{method: e.Request.Method, url: e.Request.URL, headers: headers})
	}
}

// expect declares a console problem the test causes on purpose.
func (b *browser) expect(substring string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.expected = append(b.expected, substring)
}

// reported tells whether any console problem, expected or not, contains substring.
func (b *browser) reported(substring string) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, p := range b.problems {
		if strings.Contains(p, substring) {
			return true
		}
	}
	return false
}

func (b *browser) consoleProblems() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []string
next:
	for _, p := range b.problems {
		for _, e := range b.expected {
			if strings.Contains(p, e) {
				continue next
			}
		}
		out = append(out, p)
	}
	return out
}

// requestsTo returns the requests sent so far whose URL contains path.
func (b *browser) requestsTo(path string) []sentRequest {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []sentRequest
	for _, r := range b.requests {
		if strings.Contains(r.url, path) {
			out = append(out, r)
		}
	}
	return out
}

// do runs steps, failing the test on error, with a bound on the time.
func (b *browser) do(t *testing.T, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(b.ctx, steps...); err != nil {
		t.Fatalf("browser: %v\nconsole: %v", err, b.consoleProblems())
	}
}

// eval evaluates a JavaScript expression (awaiting promises) into T.
func eval[T any](t *testing.T, b *browser, expr string) T {
	t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluate %q: %v", expr, err)
	}
	return v
}

// waitFor polls a JavaScript condition until it holds or timeout passes.
func waitFor(t *testing.T, b *browser, what, cond string, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if ok, err := chromedp.Run(b.ctx, chromedp.Evaluate[bool]("!!("+cond+")")); err == nil && ok {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("timed out after %v waiting for %s\nconsole: %v", timeout, what, b.consoleProblems())
}

// cookie returns the named cookie for base, or nil.
func (b *browser) cookie(t *testing.T, base, name string) *network.Cookie {
	t.Helper()
	res, err := chromedp.Call(b.ctx, network.GetCookies, network.GetCookiesParams{URLs: []string{base}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range res.Cookies {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// screenshot saves the page to artifacts/e2e/<name>.png (ignored by git).
func (b *browser) screenshot(t *testing.T, name string) {
	t.Helper()
	png, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Errorf("screenshot: %v", err)
		return
	}
	dir := filepath.Join(repoRoot, "artifacts", "e2e")
	if err := os.MkdirAll(dir, 0o755); err == nil {
		_ = os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644)
	}
}
