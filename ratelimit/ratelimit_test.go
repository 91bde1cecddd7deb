package ratelimit

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/descope-htmx/descope-htmx/internal/testlog"
	"github.com/descope-htmx/descope-htmx/internal/testproc"
	"github.com/descope-htmx/descope-htmx/internal/testredis"
)

// instance is one app with limits built by l, as one replica would have.
func instance(t *testing.T, l *Limits, cfgs ...Config) *fiber.App {
	t.Helper()
	app := fiber.New(fiber.Config{DisableStartupMessage: true})
	for _, cfg := range cfgs {
		app.Use("/"+cfg.Name, l.Handler(cfg))
		app.Post("/"+cfg.Name, func(c *fiber.Ctx) error { return c.SendString("ok") })
	}
	return app
}

func status(t *testing.T, app *fiber.App, path string) int {
	t.Helper()
	res, err := app.Test(httptest.NewRequest(http.MethodPost, path, nil), 5000)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	return res.StatusCode
}

func logoutLimit(max int) Config {
	return Config{Name: "logout", Max: max, Window: time.Minute, Key: func(*fiber.Ctx) string { return "198.51.100.7" }}
}

func newShared(t *testing.T, url string, log *testlog.Buffer) *Limits {
	t.Helper()
	opts := Options{RedisURL: url, KeyPrefix: fmt.Sprintf("test-%d:", time.Now().UnixNano())}
	if log != nil {
		opts.Logger = slog.New(slog.NewTextHandler(log, nil))
	}
	l, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

func TestMemoryLimitIsPerInstance(t *testing.T) {
	for name, limits := range map[string]*Limits{"nil Limits": nil, "no REDIS_URL": {}} {
		t.Run(name, func(t *testing.T) {
			a, b := instance(t, limits, logoutLimit(3)), instance(t, limits, logoutLimit(3))
			for i := 1; i <= 3; i++ {
				if got := status(t, a, "/logout"); got != http.StatusOK {
					t.Fatalf("request %d on a = %d", i, got)
				}
			}
			if got := status(t, a, "/logout"); got != http.StatusTooManyRequests {
				t.Fatalf("4th request on a = %d, want 429", got)
			}
			if got := status(t, b, "/logout"); got != http.StatusOK {
				t.Fatalf("b counts on its own in memory, got %d", got)
			}
			if s := limits.Status(context.Background()); s.Backend != "memory" || !s.Up {
				t.Errorf("status = %+v", s)
			}
		})
	}
}

func TestConfigDefaultsAndValidation(t *testing.T) {
	for _, bad := range []Config{{Max: 1, Window: time.Second}, {Name: "x", Window: time.Second}, {Name: "x", Max: 1}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%+v accepted", bad)
				}
			}()
			(*Limits)(nil).Handler(bad)
		}()
	}
	skipped := Config{Name: "skip", Max: 1, Window: time.Minute, Next: func(c *fiber.Ctx) bool { return c.Get("X-Skip") != "" }}
	app := instance(t, nil, skipped)
	status(t, app, "/skip")
	res, err := app.Test(httptest.NewRequest(http.MethodPost, "/skip", nil))
	if err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != http.StatusTooManyRequests || res.Header.Get("Retry-After") == "" {
		t.Errorf("default LimitReached: %d, Retry-After %q", res.StatusCode, res.Header.Get("Retry-After"))
	}
	req := httptest.NewRequest(http.MethodPost, "/skip", nil)
	req.Header.Set("X-Skip", "1")
	if res, _ := app.Test(req); res.StatusCode != http.StatusOK {
		t.Errorf("Next did not skip the limit: %d", res.StatusCode)
	}
}

func TestRedisSharesTheCountAcrossInstances(t *testing.T) {
	srv := testredis.Start(t)
	la := newShared(t, srv.URL(), nil)
	lb := &Limits{shared: newShared(t, srv.URL(), nil).shared, prefix: la.prefix} // same namespace, own connection
	other := Config{Name: "tenant-switch", Max: 2, Window: time.Minute, Key: logoutLimit(0).Key}
	a, b := instance(t, la, logoutLimit(4), other), instance(t, lb, logoutLimit(4), other)

	for i, app := range []*fiber.App{a, b, a, b} {
		if got := status(t, app, "/logout"); got != http.StatusOK {
			t.Fatalf("request %d = %d, want 200", i+1, got)
		}
	}
	for name, app := range map[string]*fiber.App{"a": a, "b": b} {
		if got := status(t, app, "/logout"); got != http.StatusTooManyRequests {
			t.Fatalf("5th request (on %s) = %d, want 429: the count is not shared", name, got)
		}
	}
	// Another limit counting the same client IP has its own counter.
	if got := status(t, b, "/tenant-switch"); got != http.StatusOK {
		t.Errorf("tenant-switch shares logout's counter: %d", got)
	}
	if s := la.Status(context.Background()); s.Backend != "redis" || !s.Up || s.FailedOpen != 0 {
		t.Errorf("status = %+v", s)
	}
}

func TestRedisOutageFailsOpenAndSharingResumes(t *testing.T) {
	srv := testredis.Start(t)
	var logs testlog.Buffer
	la := newShared(t, srv.URL(), &logs)
	lb := &Limits{shared: newShared(t, srv.URL(), nil).shared, prefix: la.prefix}
	a, b := instance(t, la, logoutLimit(3)), instance(t, lb, logoutLimit(3))

	srv.Stop()
	started := time.Now()
	for i := range 20 {
		app := []*fiber.App{a, b}[i%2]
		if got := status(t, app, "/logout"); got != http.StatusOK {
			t.Fatalf("request %d during the outage = %d, want 200 (fail open)", i+1, got)
		}
	}
	if d := time.Since(started); d > 5*time.Second {
		t.Errorf("20 requests took %v during the outage: checks must not wait on a dead Redis", d)
	}
	s := la.Status(context.Background())
	if s.Up || s.DownSince.IsZero() || s.FailedOpen == 0 {
		t.Fatalf("status during the outage = %+v", s)
	}
	if line := s.String(); !strings.Contains(line, "unreachable") || !strings.Contains(line, "failing open") {
		t.Errorf("readiness line = %q", line)
	}
	if n := strings.Count(logs.String(), "Redis unreachable"); n != 1 {
		t.Errorf("%d outage warnings for 10 failed checks in a few ms, want 1:\n%s", n, logs.String())
	}

	srv.Restart() // empty: counting starts again
	time.Sleep(retryEvery + 100*time.Millisecond)
	for _, l := range []*Limits{la, lb} {
		if s := l.Status(context.Background()); !s.Up {
			t.Fatalf("status after Redis returned = %+v", s)
		}
	}
	if !strings.Contains(logs.String(), "Redis answers again") {
		t.Errorf("no recovery line:\n%s", logs.String())
	}
	for i, app := range []*fiber.App{a, b, a} {
		if got := status(t, app, "/logout"); got != http.StatusOK {
			t.Fatalf("request %d after recovery = %d", i+1, got)
		}
	}
	if got := status(t, b, "/logout"); got != http.StatusTooManyRequests {
		t.Fatalf("4th request after recovery = %d, want 429: sharing did not resume", got)
	}
}

func TestUnreachableRedisAtStartIsNotFatal(t *testing.T) {
	var logs testlog.Buffer
	started := time.Now()
	l, err := New(Options{RedisURL: fmt.Sprintf("redis://127.0.0.1:%d/0", testproc.FreePort(t)),
		Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if d := time.Since(started); d > 3*time.Second {
		t.Errorf("New waited %v for a closed port", d)
	}
	if s := l.Status(context.Background()); s.Up {
		t.Errorf("status = %+v", s)
	}
	if n := strings.Count(logs.String(), "level=WARN"); n != 1 || !strings.Contains(logs.String(), "Redis unreachable") {
		t.Errorf("want one start-up warning, got:\n%s", logs.String())
	}
	app := instance(t, l, logoutLimit(1))
	for i := range 3 {
		if got := status(t, app, "/logout"); got != http.StatusOK {
			t.Fatalf("request %d = %d, want 200 (fail open)", i+1, got)
		}
	}
}

// fakeBackend fails while down and records every call that reached it.
type fakeBackend struct {
	down  bool
	calls []string
}

var errDown = errors.New("dial tcp: connection refused")

func (f *fakeBackend) GetWithContext(_ context.Context, key string) ([]byte, error) {
	f.calls = append(f.calls, "get "+key)
	if f.down {
		return nil, errDown
	}
	return nil, nil
}

func (f *fakeBackend) SetWithContext(_ context.Context, key string, _ []byte, _ time.Duration) error {
	f.calls = append(f.calls, "set "+key)
	if f.down {
		return errDown
	}
	return nil
}

func (f *fakeBackend) DeleteWithContext(context.Context, string) error { return nil }
func (f *fakeBackend) Close() error                                    { return nil }

func TestBreaker(t *testing.T) {
	be := &fakeBackend{}
	var logs testlog.Buffer
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	f := newFailOpen(be, func(context.Context) error {
		if be.down {
			return errDown
		}
		return nil
	}, slog.New(slog.NewTextHandler(&logs, nil)))
	f.now = func() time.Time { return now }

	be.down = true
	if _, err := f.get("k"); err == nil {
		t.Fatal("get during an outage returned no error")
	}
	// The limiter writes back "1 hit" after a failed read; that write must
	// not reach Redis, or a blip would reset the shared counter.
	if err := f.set("k", []byte("1"), time.Minute); !errors.Is(err, errUnavailable) {
		t.Fatalf("set right after a failed get = %v, want errUnavailable", err)
	}
	for range 5 {
		f.get("k")
	}
	if len(be.calls) != 1 {
		t.Fatalf("calls reaching Redis within retryEvery = %v, want only the first", be.calls)
	}
	// Once retryEvery has passed, one get tries Redis, not every request
	// waiting, and never a set (it would write a count nobody read).
	now = now.Add(retryEvery)
	f.set("k", []byte("1"), time.Minute)
	f.get("k")
	f.get("k")
	if len(be.calls) != 2 || be.calls[1] != "get k" {
		t.Fatalf("calls after retryEvery = %v, want one more get", be.calls)
	}

	// Each retry that fails within the minute adds no warning.
	for range 30 {
		now = now.Add(retryEvery)
		f.get("k")
	}
	if n := strings.Count(logs.String(), "Redis unreachable"); n != 1 {
		t.Fatalf("%d warnings in 30 s, want 1", n)
	}
	now = now.Add(warnEvery)
	f.get("k")
	if n := strings.Count(logs.String(), "Redis unreachable"); n != 2 {
		t.Fatalf("%d warnings after a minute, want 2", n)
	}
	if !strings.Contains(logs.String(), "failed_open_since_last_warning=38") {
		t.Errorf("the second warning does not count the checks let through since the first:\n%s", logs.String())
	}
	if s := f.status(context.Background()); s.Up || s.FailedOpen != 39 {
		t.Errorf("status = %+v, want down with 39 checks failed open", s)
	}

	be.down = false
	now = now.Add(retryEvery)
	if s := f.status(context.Background()); !s.Up || !s.DownSince.IsZero() {
		t.Fatalf("status after the probe succeeded = %+v", s)
	}
	be.calls = nil
	f.get("k")
	f.set("k", []byte("1"), time.Minute)
	if len(be.calls) != 2 {
		t.Errorf("calls after recovery = %v, want get and set", be.calls)
	}
}

func TestBadURLErrorHidesThePassword(t *testing.T) {
	_, err := New(Options{RedisURL: "redis://:s3cret@127.0.0.1:port/0"})
	if err == nil || strings.Contains(err.Error(), "s3cret") {
		t.Fatalf("err = %v", err)
	}
}
