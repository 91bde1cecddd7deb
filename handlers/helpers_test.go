package handlers

import (
	"bufio"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/descope/go-sdk/descope/client"
	"github.com/gofiber/fiber/v2"

	"github.com/descope-htmx/descope-htmx/assets"
	"github.com/descope-htmx/descope-htmx/auth"
	"github.com/descope-htmx/descope-htmx/config"
	"github.com/descope-htmx/descope-htmx/internal/descopetest"
	"github.com/descope-htmx/descope-htmx/internal/testlog"
)

// testApp is the app wired to a descopetest stand-in with the real Go SDK.
type testApp struct {
	*Application
	descope *descopetest.Server
	calls   *descopeCalls
	keys    *auth.KeySet
	logs    *testlog.Buffer
}

// allLogs collects every test app's log output, for the no-secrets scan.
var allLogs testlog.Buffer

type appOption func(*config.Config, *Deps)

func withBaseURI(uri string) appOption {
	return func(c *config.Config, _ *Deps) { c.BaseURI = uri }
}

func withTrustedProxy(cidr string) appOption {
	return func(c *config.Config, _ *Deps) { c.TrustedProxies = []string{cidr} }
}

func withLocalDescope(local *fiber.App) appOption {
	return func(_ *config.Config, d *Deps) { d.LocalDescope = local }
}

func withManagement(m *Management) appOption {
	return func(_ *config.Config, d *Deps) { d.Management = m }
}

func withUsers(u UserLoader) appOption {
	return func(_ *config.Config, d *Deps) { d.Users = u }
}

// descopeCalls counts the app's calls to Descope by path.
type descopeCalls struct {
	mu     sync.Mutex
	byPath map[string]int
}

func (d *descopeCalls) count(path string) int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.byPath[path]
}

func newTestApp(t testing.TB, opts ...appOption) *testApp {
	t.Helper()
	testAppsBuilt.Add(1)
	ds := descopetest.NewServer(t)
	// The app talks to the stand-in through a counter, so tests can tell
	// which calls a request made.
	calls := &descopeCalls{byPath: map[string]int{}}
	counted := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.mu.Lock()
		calls.byPath[r.URL.Path]++
		calls.mu.Unlock()
		ds.Config.Handler.ServeHTTP(w, r)
	}))
	t.Cleanup(counted.Close)
	cfg, err := config.Load(func(k string) string {
		return map[string]string{"DESCOPE_PROJECT_ID": ds.ProjectID}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	logs := &testlog.Buffer{}
	logger := slog.New(slog.NewTextHandler(io.MultiWriter(logs, &allLogs), &slog.HandlerOptions{Level: slog.LevelDebug}))
	keys := auth.NewKeySet(counted.URL, ds.ProjectID, auth.KeySetOptions{Timeout: time.Second, Logger: logger})
	sdk, err := client.NewWithConfig(&client.Config{ProjectID: ds.ProjectID, DescopeBaseURL: counted.URL, DefaultClient: keys})
	if err != nil {
		t.Fatal(err)
	}
	manifest, err := assets.Load()
	if err != nil {
		t.Fatal(err)
	}
	d := Deps{
		Config: cfg, ProjectID: ds.ProjectID, Logger: logger,
		Validator: auth.NewValidator(sdk.Auth, ds.ProjectID, keys, auth.ValidatorOptions{Logger: logger}),
		Keys:      keys, Descope: sdk.Auth, Assets: manifest,
	}
	for _, o := range opts {
		o(&cfg, &d)
	}
	d.Config = cfg
	d.BrowserBaseURL = cfg.BaseURI
	app, err := New(d)
	if err != nil {
		t.Fatal(err)
	}
	return &testApp{Application: app, descope: ds, calls: calls, keys: keys, logs: logs}
}

// listen serves the app on a loopback socket, for what app.Test cannot show:
// the answers to errors fasthttp raises while reading a request. The client
// opens a fresh connection per request, as the server drops refused ones.
func (a *testApp) listen(t testing.TB) (base string, client *http.Client) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = a.Fiber.Listener(ln) }()
	t.Cleanup(func() { _ = a.Fiber.Shutdown() })
	return "http://" + ln.Addr().String(), &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
}

// rawConn is a TCP connection to the app for requests no Go client would
// send (smuggling attempts, malformed escapes).
type rawConn struct {
	net.Conn
	r *bufio.Reader
}

func dialRaw(t testing.TB, base string) *rawConn {
	t.Helper()
	conn, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	_ = conn.SetDeadline(time.Now().Add(5 * time.Second))
	return &rawConn{Conn: conn, r: bufio.NewReader(conn)}
}

// exchange writes raw bytes and reads one answer, body included.
func (c *rawConn) exchange(t testing.TB, raw string) (*http.Response, []byte) {
	t.Helper()
	if _, err := io.WriteString(c, raw); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(c.r, nil)
	if err != nil {
		t.Fatalf("no answer: %v", err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	return resp, body
}

// request describes one call to the app.
type request struct {
	method  string
	path    string
	cookies map[string]string
	headers map[string]string
	htmx    bool
	body    string
}

type response struct {
	status int
	header http.Header
	body   string
}

func (a *testApp) do(t testing.TB, r request) response {
	t.Helper()
	if r.method == "" {
		r.method = http.MethodGet
	}
	req := httptest.NewRequest(r.method, r.path, strings.NewReader(r.body))
	for name, value := range r.cookies {
		req.AddCookie(&http.Cookie{Name: name, Value: value})
	}
	if r.htmx {
		req.Header.Set("HX-Request", "true")
	}
	for k, v := range r.headers {
		req.Header.Set(k, v)
	}
	resp, err := a.Fiber.Test(req, 10_000)
	if err != nil {
		t.Fatalf("%s %s: %v", r.method, r.path, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return response{status: resp.StatusCode, header: resp.Header, body: string(body)}
}

func (r response) has(s string) bool { return strings.Contains(r.body, s) }

// hasAll reports each of want missing from the body, and each of notWant in it.
func (r response) hasAll(t *testing.T, want, notWant []string) {
	t.Helper()
	for _, w := range want {
		if !r.has(w) {
			t.Errorf("lacks %q", w)
		}
	}
	for _, w := range notWant {
		if r.has(w) {
			t.Errorf("has %q", w)
		}
	}
}

// setCookies returns the raw Set-Cookie lines by cookie name.
func (r response) setCookies() map[string]string {
	out := map[string]string{}
	for _, line := range r.header.Values("Set-Cookie") {
		name, _, _ := strings.Cut(line, "=")
		out[name] = line
	}
	return out
}

// csrf does a full-page GET and returns the token and cookie a page would use.
func (a *testApp) csrf(t *testing.T) (token, cookie string) {
	t.Helper()
	res := a.do(t, request{path: "/"})
	const marker = `<meta name="csrf-token" content="`
	i := strings.Index(res.body, marker)
	if i < 0 {
		t.Fatal("no csrf meta tag on /")
	}
	token = res.body[i+len(marker):]
	token = token[:strings.IndexByte(token, '"')]
	line := res.setCookies()["csrf_"]
	cookie = strings.TrimPrefix(strings.SplitN(line, ";", 2)[0], "csrf_=")
	if token == "" || cookie != token {
		t.Fatalf("csrf token %q does not match its cookie %q", token, cookie)
	}
	return token, cookie
}
