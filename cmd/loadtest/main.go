// Command loadtest measures the #container fragment for guests and for a
// signed-in user against a real app process in demo mode (local Descope).
//
//	go run ./cmd/loadtest [-bin PATH] [-clients 32] [-rounds 5] [-duration 3s]
//
// It builds the app (unless -bin is given), starts it on a free loopback port,
// signs in once over HTTP, then alternates guest and authenticated phases
// round by round (the order flips each round, so drift and warm-up hit both
// sides alike) and prints req/s, p50/p99 latency and the auth/guest ratio.
// A last short pass runs a second instance at LOG_LEVEL=info and counts, in
// its access log, the requests the app made to the local Descope while it
// served authenticated fragments.
//
// It exits non-zero if any request fails or returns the wrong body; it never
// fails on timing.
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/valyala/fasthttp"
)

// The markers tell the two fragments apart (views/partials/{login,home}.html).
var (
	guestMarker = []byte(`data-session="guest"`)
	authMarker  = []byte(`data-session="user">`)
)

func main() {
	bin := flag.String("bin", "", "app binary (default: go build into a temp dir)")
	clients := flag.Int("clients", 32, "concurrent clients (keep-alive connections)")
	rounds := flag.Int("rounds", 5, "rounds; each runs a guest and an auth phase")
	duration := flag.Duration("duration", 3*time.Second, "length of each phase")
	warmup := flag.Duration("warmup", time.Second, "unreported warm-up (and body check) per side before round 1")
	countFor := flag.Duration("count-pass", 2*time.Second, "length of the LOG_LEVEL=info pass that counts calls to the local Descope (0 skips it)")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// A hard bound on the whole run, whatever hangs.
	budget := 2*time.Duration(*rounds)*(*duration) + 2*(*warmup) + *countFor + 2*time.Minute
	ctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()

	if err := run(ctx, *bin, *clients, *rounds, *duration, *warmup, *countFor); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest: FAIL:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, bin string, clients, rounds int, d, warmup, countFor time.Duration) error {
	if clients < 1 || rounds < 1 || d <= 0 || warmup <= 0 {
		return errors.New("-clients, -rounds, -duration and -warmup must be positive")
	}
	tmp, err := os.MkdirTemp("", "loadtest")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if bin == "" {
		bin = filepath.Join(tmp, "descope-htmx")
		fmt.Println("building the app ...")
		build := exec.CommandContext(ctx, "go", "build", "-o", bin, "github.com/descope-htmx/descope-htmx")
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("go build: %w", err)
		}
	}

	a, err := startApp(ctx, bin, "warn", filepath.Join(tmp, "app.log"))
	if err != nil {
		return err
	}
	defer a.stop()
	token, err := signIn(ctx, a.base)
	if err != nil {
		return fmt.Errorf("sign in: %w", err)
	}
	lt := newLoad(a, clients, token)
	fmt.Printf("app pid %d on %s; %d clients, %d rounds x %v per side\n", a.cmd.Process.Pid, a.base, clients, rounds, d)
	// The warm-up also proves both fragments right before anything is timed:
	// phase checks every response's status and body.
	for _, auth := range []bool{false, true} {
		if _, err := lt.phase(ctx, auth, warmup); err != nil {
			return err
		}
	}

	fmt.Printf("\n%-5s %-6s | %10s %8s %8s | %10s %8s %8s | %s\n", "round", "first",
		"guest r/s", "p50", "p99", "auth r/s", "p50", "p99", "auth/guest")
	var ratios []float64
	var cpu [2][2][]time.Duration // [guest, auth][app, load tool] CPU per request, per round
	for r := 1; r <= rounds; r++ {
		// Odd rounds go guest first, even rounds auth first.
		order := []bool{false, true}
		if r%2 == 0 {
			order = []bool{true, false}
		}
		var res [2]result
		for _, auth := range order {
			x, err := lt.phase(ctx, auth, d)
			if err != nil {
				return err
			}
			res[b2i(auth)] = x
			cpu[b2i(auth)][0] = append(cpu[b2i(auth)][0], x.perReq(x.appCPU))
			cpu[b2i(auth)][1] = append(cpu[b2i(auth)][1], x.perReq(x.toolCPU))
		}
		g, au := res[0], res[1]
		ratio := au.rps() / g.rps()
		ratios = append(ratios, ratio)
		fmt.Printf("%-5d %-6s | %10.0f %8s %8s | %10.0f %8s %8s | %.2f\n", r, side(order[0]),
			g.rps(), ms(g.pct(50)), ms(g.pct(99)), au.rps(), ms(au.pct(50)), ms(au.pct(99)), ratio)
	}
	fmt.Printf("\nmedian auth/guest throughput ratio: %.2f (issue target >= 0.80; not asserted)\n", median(ratios))
	// Both processes share the machine's cores, so CPU per request, not
	// wall time, is what tells the app's cost from the client's.
	fmt.Printf("CPU per request, median of rounds: app guest %s, auth %s; load tool guest %s, auth %s\n",
		us(median(cpu[0][0])), us(median(cpu[1][0])), us(median(cpu[0][1])), us(median(cpu[1][1])))
	lt.close()
	a.stop()

	if countFor > 0 {
		return countDescopeCalls(ctx, bin, tmp, clients, countFor)
	}
	fmt.Println("\ncalls to the local Descope: not counted (-count-pass=0)")
	return nil
}

func side(auth bool) string {
	if auth {
		return "auth"
	}
	return "guest"
}

func median[T int64 | float64 | time.Duration](xs []T) T {
	xs = slices.Clone(xs)
	slices.Sort(xs)
	m := xs[len(xs)/2]
	if len(xs)%2 == 0 {
		m = (xs[len(xs)/2-1] + m) / 2
	}
	return m
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// load is the client side: one fasthttp HostClient with a connection per
// client, so both sides run over the same warm keep-alive connections, and
// the client's own cost per request is small (its CPU per request is printed
// for each side, so any imbalance shows).
type load struct {
	app     *app
	clients int
	token   string
	hc      *fasthttp.HostClient
}

func newLoad(a *app, clients int, token string) *load {
	return &load{app: a, clients: clients, token: token, hc: &fasthttp.HostClient{
		Addr:                a.addr,
		MaxConns:            clients,
		MaxIdleConnDuration: time.Minute,
		ReadTimeout:         10 * time.Second,
		WriteTimeout:        10 * time.Second,
	}}
}

func (l *load) close() { l.hc.CloseIdleConnections() }

type result struct {
	lat     []time.Duration // sorted
	elapsed time.Duration
	// CPU time the app and the load tool used during the phase; -1 if unknown.
	appCPU, toolCPU time.Duration
}

func (r result) rps() float64 { return float64(len(r.lat)) / r.elapsed.Seconds() }

func (r result) pct(p int) time.Duration {
	i := (len(r.lat)*p + 99) / 100 // nearest rank
	return r.lat[max(0, i-1)]
}

func (r result) perReq(cpu time.Duration) time.Duration {
	if cpu < 0 {
		return -1
	}
	return cpu / time.Duration(len(r.lat))
}

// phase runs all clients for d against /container, as guests or signed in.
// Every response is checked (status and which fragment it is); the first
// wrong one stops the phase and the run.
func (l *load) phase(ctx context.Context, auth bool, d time.Duration) (result, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		all      []time.Duration
		firstErr error
	)
	app0, tool0 := procCPU(l.app.cmd.Process.Pid), procCPU(os.Getpid())
	start := time.Now()
	deadline := start.Add(d)
	for range l.clients {
		wg.Go(func() {
			req, resp := fasthttp.AcquireRequest(), fasthttp.AcquireResponse()
			defer fasthttp.ReleaseRequest(req)
			defer fasthttp.ReleaseResponse(resp)
			req.SetRequestURI("http://" + l.app.addr + "/container")
			req.Header.Set("HX-Request", "true")
			want := guestMarker
			if auth {
				req.Header.SetCookie("DS", l.token)
				want = authMarker
			}
			lat := make([]time.Duration, 0, 8192)
			var err error
			for ctx.Err() == nil && time.Now().Before(deadline) {
				t0 := time.Now()
				if err = l.hc.Do(req, resp); err != nil {
					break
				}
				lat = append(lat, time.Since(t0))
				if !okStatus(auth, resp.StatusCode()) || !bytes.Contains(resp.Body(), want) {
					err = fmt.Errorf("status %d, body %.120q", resp.StatusCode(), resp.Body())
					break
				}
			}
			mu.Lock()
			defer mu.Unlock()
			all = append(all, lat...)
			if err != nil && firstErr == nil && ctx.Err() == nil {
				firstErr = err
				cancel()
			}
		})
	}
	wg.Wait()
	res := result{lat: all, elapsed: time.Since(start), appCPU: -1, toolCPU: -1}
	if app1, tool1 := procCPU(l.app.cmd.Process.Pid), procCPU(os.Getpid()); min(app0, app1, tool0, tool1) >= 0 {
		res.appCPU, res.toolCPU = app1-app0, tool1-tool0
	}
	switch {
	case firstErr != nil:
		return res, fmt.Errorf("%s request failed: %w", side(auth), firstErr)
	case ctx.Err() != nil:
		return res, ctx.Err()
	case len(all) == 0:
		return res, fmt.Errorf("%s phase completed no request", side(auth))
	}
	slices.Sort(res.lat)
	return res, nil
}

// okStatus: a signed-in user must get 200. A guest gets the login fragment
// with 200, or with 401 where the app asks htmx to retry after a refresh
// (both are the guest's normal answer; the body check tells them apart from
// errors).
func okStatus(auth bool, status int) bool {
	return status == fasthttp.StatusOK || (!auth && status == fasthttp.StatusUnauthorized)
}

// procCPU is a process's user+system CPU time so far, or -1 off Linux.
func procCPU(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return -1
	}
	// Fields after the ")" that closes the command name: utime is the 12th, stime the 13th.
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))
	if len(f) < 13 {
		return -1
	}
	ut, err1 := strconv.ParseInt(f[11], 10, 64)
	st, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return -1
	}
	return time.Duration(ut+st) * 10 * time.Millisecond // USER_HZ is 100 on Linux
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2fms", d.Seconds()*1e3) }

func us(d time.Duration) string {
	if d < 0 {
		return "-"
	}
	return fmt.Sprintf("%.0fµs", d.Seconds()*1e6)
}

// countDescopeCalls runs a second instance at LOG_LEVEL=info (kept out of the
// timed rounds, where logging would dominate) and counts the access-log lines
// for /local-descope between two marker requests around an authenticated run.
// The app reaches the local Descope over HTTP on its own origin, so each
// call it makes shows up as one such line.
func countDescopeCalls(ctx context.Context, bin, tmp string, clients int, d time.Duration) error {
	a, err := startApp(ctx, bin, "info", filepath.Join(tmp, "app-info.log"))
	if err != nil {
		return err
	}
	defer a.stop()
	token, err := signIn(ctx, a.base)
	if err != nil {
		return fmt.Errorf("sign in (count pass): %w", err)
	}
	// The markers are unknown paths (404), logged like any request. The token
	// is new to this instance, so the first request is a cache miss too.
	const begin, end = "/loadtest-mark-begin", "/loadtest-mark-end"
	if _, _, err := get(ctx, a.base+begin); err != nil {
		return err
	}
	lt := newLoad(a, clients, token)
	res, err := lt.phase(ctx, true, d)
	if err != nil {
		return err
	}
	if _, _, err := get(ctx, a.base+end); err != nil {
		return err
	}
	lt.close()
	a.stop() // flushes the log

	f, err := os.Open(a.logPath)
	if err != nil {
		return err
	}
	defer f.Close()
	var inside, sawEnd bool
	var calls, fragments int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if !strings.Contains(line, "msg=request ") {
			continue
		}
		switch {
		case strings.Contains(line, "path="+begin+" "):
			inside = true
		case strings.Contains(line, "path="+end+" "):
			inside, sawEnd = false, true
		case inside && strings.Contains(line, "path=/local-descope"):
			calls++
		case inside && strings.Contains(line, "path=/container "):
			fragments++
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if !sawEnd || fragments != len(res.lat) {
		return fmt.Errorf("access log incomplete: %d /container lines for %d requests sent (end marker seen: %v)", fragments, len(res.lat), sawEnd)
	}
	fmt.Printf("\ncalls from the app to the local Descope while serving %d authenticated fragments (first one a cache miss): %d\n", len(res.lat), calls)
	return nil
}

// app is a running app process.
type app struct {
	cmd     *exec.Cmd
	addr    string // 127.0.0.1:port
	base    string // http://addr
	logPath string
	cancel  context.CancelFunc
	once    sync.Once
}

// startApp runs bin in demo mode on a free loopback port and waits for /readyz.
func startApp(ctx context.Context, bin, logLevel, logPath string) (*app, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	logf, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	defer logf.Close() // the child keeps its own descriptor
	actx, cancel := context.WithCancel(ctx)
	cmd := exec.CommandContext(actx, bin)
	cmd.Env = append(demoEnv(), "PORT="+port, "LOG_LEVEL="+logLevel, "LOCAL_DESCOPE_SESSION_TTL=1h")
	cmd.Stdout, cmd.Stderr = logf, logf
	// Stop gracefully (SIGTERM), kill if that takes too long.
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) }
	cmd.WaitDelay = 5 * time.Second
	if err := cmd.Start(); err != nil {
		cancel()
		return nil, err
	}
	a := &app{cmd: cmd, addr: "127.0.0.1:" + port, logPath: logPath, cancel: cancel}
	a.base = "http://" + a.addr
	for t0 := time.Now(); ; time.Sleep(50 * time.Millisecond) {
		if status, _, err := get(ctx, a.base+"/readyz"); err == nil && status == 200 {
			return a, nil
		}
		if time.Since(t0) > 30*time.Second || ctx.Err() != nil {
			a.stop()
			log, _ := os.ReadFile(logPath)
			return nil, fmt.Errorf("app not ready after %v; its log:\n%s", time.Since(t0).Round(time.Second), log)
		}
	}
}

func (a *app) stop() {
	a.once.Do(func() {
		a.cancel()
		_ = a.cmd.Wait()
	})
}

// demoEnv is this environment minus anything that would leave demo mode or
// change the app's configuration.
func demoEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch {
		case strings.HasPrefix(k, "DESCOPE_"), strings.HasPrefix(k, "LOCAL_DESCOPE_"),
			k == "APP_ENV", k == "PORT", k == "LOG_LEVEL", k == "COOKIE_SECURE", k == "TRUSTED_PROXIES":
			continue
		}
		env = append(env, kv)
	}
	return env
}

func freePort() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	_, port, err := net.SplitHostPort(l.Addr().String())
	return port, err
}

// get and call are the few plain requests outside the timed phases.
func get(ctx context.Context, url string) (int, []byte, error) {
	return call(ctx, fasthttp.MethodGet, url, "", nil)
}

func call(ctx context.Context, method, url, bearer string, body []byte) (int, []byte, error) {
	if err := ctx.Err(); err != nil {
		return 0, nil, err
	}
	req, resp := fasthttp.AcquireRequest(), fasthttp.AcquireResponse()
	defer fasthttp.ReleaseRequest(req)
	defer fasthttp.ReleaseResponse(resp)
	req.Header.SetMethod(method)
	req.SetRequestURI(url)
	if bearer != "" {
		req.Header.Set("Authorization", "Bearer "+bearer)
	}
	if body != nil {
		req.Header.SetContentType("application/json")
		req.SetBody(body)
	}
	if err := fasthttp.DoTimeout(req, resp, 5*time.Second); err != nil {
		return 0, nil, err
	}
	return resp.StatusCode(), bytes.Clone(resp.Body()), nil
}
