package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/valyala/fasthttp"
)

// server is a running server process: the app or the bare baseline.
type server struct {
	cmd     *exec.Cmd
	addr    string // 127.0.0.1:port
	base    string // http://addr
	logPath string
	cancel  context.CancelFunc
	once    sync.Once
}

// startApp runs bin in demo mode on a free loopback port and waits for /readyz.
func startApp(ctx context.Context, bin, logPath string, env ...string) (*server, error) {
	env = append(append(demoEnv(), "LOCAL_DESCOPE_SESSION_TTL=1h"), env...)
	return startServer(ctx, bin, logPath, env, "/readyz")
}

// startServer runs bin with env plus PORT and waits until readyPath answers 200.
func startServer(ctx context.Context, bin, logPath string, env []string, readyPath string) (*server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	logf, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	defer logf.Close() // the child keeps its own descriptor
	sctx, cancel := context.WithCancel(ctx)
	cmd := exec.CommandContext(sctx, bin)
	cmd.Env = append(env, "PORT="+port)
	cmd.Stdout, cmd.Stderr = logf, logf
	// Stop gracefully (SIGTERM), kill if that takes too long.
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) }
	cmd.WaitDelay = 5 * time.Second
	if err := cmd.Start(); err != nil {
		cancel()
		return nil, err
	}
	s := &server{cmd: cmd, addr: "127.0.0.1:" + port, logPath: logPath, cancel: cancel}
	s.base = "http://" + s.addr
	for t0 := time.Now(); ; time.Sleep(20 * time.Millisecond) {
		if status, _, err := get(ctx, s.base+readyPath); err == nil && status == 200 {
			return s, nil
		}
		if time.Since(t0) > 30*time.Second || ctx.Err() != nil {
			s.stop()
			log, _ := os.ReadFile(logPath)
			return nil, fmt.Errorf("%s not ready after %v; its log:\n%s", bin, time.Since(t0).Round(time.Second), log)
		}
	}
}

// stop sends SIGTERM and waits for the process to exit.
func (s *server) stop() {
	s.once.Do(func() {
		s.cancel()
		_ = s.cmd.Wait()
	})
}

// The markers are unknown paths (404), logged like any request; the access
// log lines between them are the timed rounds'.
const markBegin, markEnd = "/loadtest-mark-begin", "/loadtest-mark-end"

func (s *server) mark(ctx context.Context, path string) error {
	_, _, err := get(ctx, s.base+path)
	return err
}

// countLogLines checks, after a clean stop, that the app's access log holds
// a line for every request of the timed rounds, and counts the calls the
// app made to the local Descope meanwhile (it reaches the local Descope over
// HTTP on its own origin, so each call is one such line).
func countLogLines(logPath string, sent [nTargets]int) error {
	f, err := os.Open(logPath)
	if err != nil {
		return err
	}
	defer f.Close()
	var inside, sawBegin, sawEnd bool
	var calls, fragments, pages int // pages: GET /, /profile and /admin
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Bytes()
		if !bytes.Contains(line, []byte("msg=request ")) {
			continue
		}
		switch {
		case bytes.Contains(line, []byte("path="+markBegin+" ")):
			inside, sawBegin = true, true
		case bytes.Contains(line, []byte("path="+markEnd+" ")):
			inside, sawEnd = false, true
		case !inside:
		case bytes.Contains(line, []byte("path=/local-descope")):
			calls++
		case bytes.Contains(line, []byte("path=/container ")):
			fragments++
		case bytes.Contains(line, []byte("path=/ ")), bytes.Contains(line, []byte("path=/profile ")),
			bytes.Contains(line, []byte("path=/admin ")):
			pages++
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if !sawBegin && !sawEnd {
		fmt.Println("\naccess log: no request lines (LOG_LEVEL above info); lines and calls to the local Descope not counted")
		return nil
	}
	wantFragments, wantPages := sent[guest]+sent[fragment], sent[page]+sent[profile]+sent[admin]
	if !sawEnd || fragments != wantFragments || pages != wantPages {
		return fmt.Errorf("access log lost lines: %d /container lines for %d requests, %d page lines for %d (end marker seen: %v)",
			fragments, wantFragments, pages, wantPages, sawEnd)
	}
	fmt.Printf("\naccess log after a clean stop: all %d request lines of the timed rounds present; calls from the app to the local Descope meanwhile: %d\n",
		fragments+pages, calls)
	return nil
}

// demoEnv is this environment minus anything that would leave demo mode or
// change the app's configuration.
func demoEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch {
		case strings.HasPrefix(k, "DESCOPE_"), strings.HasPrefix(k, "LOCAL_DESCOPE_"), k == bareEnv,
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
