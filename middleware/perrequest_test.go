package middleware

import (
	"encoding/base64"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/descope-htmx/descope-htmx/internal/logbuf"
	"github.com/descope-htmx/descope-htmx/internal/testlog"
)

// Nonces are cut from CSPRNG reads of many at once: across several refills
// and from many goroutines at once, every one must still be new, full length
// and valid base64url.
func TestNonceSourceNeverRepeats(t *testing.T) {
	s := newNonceSource()
	const perG, gs = 2000, 4 // 8000 nonces: about 35 refills
	var mu sync.Mutex
	seen := map[string]bool{}
	var wg sync.WaitGroup
	for range gs {
		wg.Go(func() {
			for range perG {
				var n [base64Len]byte
				s.next(&n)
				raw, err := base64.RawURLEncoding.DecodeString(string(n[:]))
				mu.Lock()
				if err != nil || len(raw) != nonceBytes || seen[string(n[:])] {
					t.Errorf("nonce %q: decode error %v, %d bytes, repeated %v", n, err, len(raw), seen[string(n[:])])
				}
				seen[string(n[:])] = true
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if len(seen) != perG*gs {
		t.Fatalf("%d distinct nonces, want %d", len(seen), perG*gs)
	}
}

// The buffer keeps only bytes not yet handed out.
func TestNonceSourceWipesWhatItGaveOut(t *testing.T) {
	s := newNonceBuffer()
	var n [base64Len]byte
	for range 10 {
		s.next(&n)
	}
	for i, b := range s.buf[:s.off] {
		if b != 0 {
			t.Fatalf("byte %d of an issued nonce is still in the buffer", i)
		}
	}
}

// Every access-log line carries the request's ID, which is the one in the
// response header, and no two requests share one: through slog, and through
// the hand-written line a PlainTextLog handler takes.
func TestRequestIDInEveryLineAndHeader(t *testing.T) {
	// Each returns the handler and what to call before reading the log.
	for name, handler := range map[string]func(io.Writer) (slog.Handler, func()){
		"slog": func(w io.Writer) (slog.Handler, func()) { return slog.NewTextHandler(w, nil), func() {} },
		"plain text lines": func(w io.Writer) (slog.Handler, func()) {
			out := logbuf.New(w, time.Hour, 0)
			h := logbuf.FlushFrom(slog.LevelWarn, logbuf.NewTextHandler(out, nil), out)
			if h.(PlainTextLog).PlainTextLines() == nil {
				t.Fatal("logbuf's text handler offers no plain lines")
			}
			return h, func() { _ = out.Close() }
		},
	} {
		t.Run(name, func(t *testing.T) {
			var logs testlog.Buffer
			h, done := handler(&logs)
			app := fiber.New()
			app.Use(AccessLog(slog.New(h)))
			app.Get("/", func(c *fiber.Ctx) error { return c.SendString(RequestID(c)) })
			ids := map[string]bool{}
			for range 50 {
				resp, err := app.Test(httptest.NewRequest(http.MethodGet, "/?secret=x", nil))
				if err != nil {
					t.Fatal(err)
				}
				body, _ := io.ReadAll(resp.Body)
				id := resp.Header.Get(RequestIDHeader)
				if id == "" || id != string(body) || ids[id] {
					t.Fatalf("request ID %q (handler saw %q) missing, different or repeated", id, body)
				}
				ids[id] = true
			}
			done()
			lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
			if len(lines) != 50 {
				t.Fatalf("%d log lines for 50 requests", len(lines))
			}
			idRE := regexp.MustCompile(`^time=\S+ level=INFO msg=request request_id=([0-9a-f]{8}-[0-9]+\.1) method=GET path=/ status=200 duration=\S+$`)
			for _, l := range lines {
				m := idRE.FindStringSubmatch(l)
				if m == nil || !ids[m[1]] || strings.Contains(l, "secret") {
					t.Fatalf("line without a known request ID, or with the query: %q", l)
				}
				delete(ids, m[1])
			}
		})
	}
}

func TestNoStoreVary(t *testing.T) {
	for name, tc := range map[string]struct {
		before, want string
	}{
		"nothing before": {"", "Cookie, Authorization, HX-Request"},
		"merged":         {"Accept-Encoding", "Accept-Encoding, Cookie, Authorization, HX-Request"},
		"no duplicates":  {"Cookie", "Cookie, Authorization, HX-Request"},
	} {
		app := fiber.New()
		if tc.before != "" {
			app.Use(func(c *fiber.Ctx) error { c.Vary(tc.before); return c.Next() })
		}
		app.Use(NoStore())
		app.Get("/", func(c *fiber.Ctx) error { return c.SendStatus(200) })
		resp, err := app.Test(httptest.NewRequest(http.MethodGet, "/", nil))
		if err != nil {
			t.Fatal(err)
		}
		if got := resp.Header.Values("Vary"); len(got) != 1 || got[0] != tc.want || resp.Header.Get("Cache-Control") != "no-store" {
			t.Errorf("%s: Vary %q, Cache-Control %q", name, got, resp.Header.Get("Cache-Control"))
		}
	}
}

// Proxies skips Fiber's proxy check only where it could not change the
// answer: its IsHTTPS, Host and BaseURL must agree with Protocol, Hostname
// and BaseURL on every request, whether it was told the app's list of
// trusted proxies or not (its zero value).
func TestProxiesAgreeWithFiber(t *testing.T) {
	headers := []map[string]string{
		{},
		{"X-Forwarded-Proto": "https"},
		{"X-Forwarded-Protocol": "https"},
		{"X-Forwarded-Ssl": "on"},
		{"X-Url-Scheme": "https"},
		{"X-Forwarded-Proto": "http"},
		{"X-Forwarded-For": "1.2.3.4"},
		{"X-Forwarded-Host": "public.example"},
		{"X-Forwarded-Host": "a.example, b.example", "X-Forwarded-Proto": "https"},
		{"X-Other": "https"},
	}
	for _, trusted := range [][]string{nil, {"0.0.0.0/0"}, {"10.9.9.9"}} {
		app := fiber.New(fiber.Config{EnableTrustedProxyCheck: true, TrustedProxies: trusted})
		app.Get("/", func(c *fiber.Ctx) error {
			for _, p := range []Proxies{TrustedProxies(trusted), {}} {
				if got, want := p.IsHTTPS(c), c.Protocol() == "https"; got != want {
					t.Errorf("trusted %v (%+v), headers %v: IsHTTPS %v, Protocol says https: %v", trusted, p, c.GetReqHeaders(), got, want)
				}
				if got, want := p.Host(c), c.Hostname(); got != want {
					t.Errorf("trusted %v (%+v), headers %v: Host %q, Hostname %q", trusted, p, c.GetReqHeaders(), got, want)
				}
				if got, want := p.BaseURL(c), c.BaseURL(); got != want {
					t.Errorf("trusted %v (%+v), headers %v: BaseURL %q, Fiber's %q", trusted, p, c.GetReqHeaders(), got, want)
				}
			}
			return nil
		})
		for _, h := range headers {
			req := httptest.NewRequest(http.MethodGet, "http://app.example:3000/", nil)
			for k, v := range h {
				req.Header.Set(k, v)
			}
			if _, err := app.Test(req); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// On kept-alive connections too: requests sharing a connection, and
// connections served at once, never share an ID.
func TestRequestIDsUniqueOnKeptAliveConnections(t *testing.T) {
	app := fiber.New(fiber.Config{DisableStartupMessage: true})
	app.Use(AccessLog(slog.New(slog.DiscardHandler)))
	app.Get("/", func(c *fiber.Ctx) error { return c.SendString(RequestID(c)) })
	base := serveOnLoopback(t, app)

	var mu sync.Mutex
	ids, conns := map[string]bool{}, map[string]bool{}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 1}}
			defer client.CloseIdleConnections()
			for range 25 {
				resp, err := client.Get(base + "/")
				if err != nil {
					t.Error(err)
					return
				}
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				id := string(body)
				mu.Lock()
				if id == "" || id != resp.Header.Get(RequestIDHeader) || ids[id] {
					t.Errorf("request ID %q missing, different from its header or repeated", id)
				}
				ids[id] = true
				conn, _, _ := strings.Cut(id, ".")
				conns[conn] = true
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(ids) != 100 || len(conns) > 8 {
		t.Fatalf("%d IDs over %d connections, want 100 over a few kept-alive ones", len(ids), len(conns))
	}
}

// A request's record is reused once the request is over, and starts empty:
// on a kept-alive connection, a request that did not pass the security
// headers never sees the nonce of the one before it.
func TestRequestRecordStartsEmpty(t *testing.T) {
	app := fiber.New(fiber.Config{DisableStartupMessage: true})
	app.Use(AccessLog(slog.New(slog.DiscardHandler)))
	app.Get("/with", SecurityHeaders(CSPSources{}, Proxies{}), func(c *fiber.Ctx) error { return c.SendString(Nonce(c)) })
	app.Get("/without", func(c *fiber.Ctx) error { return c.SendString(Nonce(c)) })
	base := serveOnLoopback(t, app)
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 1}}
	defer client.CloseIdleConnections()
	get := func(path string) string {
		resp, err := client.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return string(body)
	}
	for range 20 {
		if n := get("/with"); len(n) != base64Len {
			t.Fatalf("nonce %q", n)
		}
		if n := get("/without"); n != "" {
			t.Fatalf("a request without the security headers saw nonce %q", n)
		}
	}
}

// serveOnLoopback serves app on a free loopback port until the test ends,
// over real (kept-alive) connections, and returns its base URL.
func serveOnLoopback(t *testing.T, app *fiber.App) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = app.Listener(ln) }()
	t.Cleanup(func() { _ = app.Shutdown() })
	return "http://" + ln.Addr().String()
}
