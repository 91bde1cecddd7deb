package middleware

import (
	"encoding/base64"
	"io"
	"log/slog"
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

// Nonces are cut from shared CSPRNG reads: across several refills and from
// many goroutines at once, every one must still be new, full length and
// valid base64url.
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
	s := newNonceSource()
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
			idRE := regexp.MustCompile(`^time=\S+ level=INFO msg=request request_id=([0-9a-f]{8}-[0-9]+) method=GET path=/ status=200 duration=\S+$`)
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

// isHTTPS skips Fiber's proxy check only where Protocol could not say
// https anyway: both must agree on every request.
func TestIsHTTPSAgreesWithProtocol(t *testing.T) {
	headers := []map[string]string{
		{},
		{"X-Forwarded-Proto": "https"},
		{"X-Forwarded-Protocol": "https"},
		{"X-Forwarded-Ssl": "on"},
		{"X-Url-Scheme": "https"},
		{"X-Forwarded-Proto": "http"},
		{"X-Forwarded-For": "1.2.3.4"},
		{"X-Other": "https"},
	}
	for _, trusted := range [][]string{nil, {"0.0.0.0/0"}, {"10.9.9.9"}} {
		app := fiber.New(fiber.Config{EnableTrustedProxyCheck: trusted != nil, TrustedProxies: trusted})
		app.Get("/", func(c *fiber.Ctx) error {
			if got, want := isHTTPS(c), c.Protocol() == "https"; got != want {
				t.Errorf("trusted %v, headers %v: isHTTPS %v, Protocol says https: %v", trusted, c.GetReqHeaders(), got, want)
			}
			return nil
		})
		for _, h := range headers {
			req := httptest.NewRequest(http.MethodGet, "/", nil)
			for k, v := range h {
				req.Header.Set(k, v)
			}
			if _, err := app.Test(req); err != nil {
				t.Fatal(err)
			}
		}
	}
}
