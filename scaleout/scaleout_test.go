// Package scaleout runs the app as two replicas behind a round-robin proxy,
// sharing one Redis (REDIS_URL), one CSRF_SECRET and one demo signing key,
// the way docker-compose.scale.yml does, without Docker: a session, a CSRF
// token and the sign-out limit must all work across replicas, and a Redis
// outage must cost no request a 5xx.
//
// The test skips when redis-server is not installed, unless E2E_REQUIRED is
// set (CI sets it).
package scaleout

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/descope-htmx/descope-htmx/handlers"
	"github.com/descope-htmx/descope-htmx/internal/testlog"
	"github.com/descope-htmx/descope-htmx/internal/testproc"
	"github.com/descope-htmx/descope-htmx/internal/testredis"
	"github.com/descope-htmx/descope-htmx/localdescope"
)

var appBinary string // built once in TestMain

func TestMain(m *testing.M) {
	_, file, _, _ := runtime.Caller(0)
	dir, err := os.MkdirTemp("", "descope-htmx-scaleout")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	appBinary = filepath.Join(dir, "descope-htmx")
	build := exec.Command("go", "build", "-o", appBinary, ".")
	build.Dir, build.Stdout, build.Stderr = filepath.Dir(filepath.Dir(file)), os.Stdout, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build app:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// replica is one running app process.
type replica struct {
	name string
	base string
	logs *testlog.Buffer
}

func startReplica(t testing.TB, name string, env map[string]string) *replica {
	t.Helper()
	port := testproc.FreePort(t)
	cmd := exec.Command(appBinary)
	cmd.Env = append(os.Environ(), fmt.Sprintf("PORT=%d", port), "APP_ENV=development", "LOG_LEVEL=warn")
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	r := &replica{name: name, base: fmt.Sprintf("http://127.0.0.1:%d", port)}
	r.logs = testproc.Start(t, "replica "+name, cmd)
	testproc.WaitOK(t, "replica "+name, r.base+"/readyz", 20*time.Second, r.logs)
	return r
}

// balancer is a round-robin reverse proxy over the replicas that counts
// where each request landed. The demo Descope's users and codes live in each
// replica's memory, so /local-descope goes to the first replica only (as the
// compose demo's nginx does).
type balancer struct {
	*httptest.Server
	served []atomic.Int64
}

func newBalancer(t testing.TB, replicas ...*replica) *balancer {
	t.Helper()
	b := &balancer{served: make([]atomic.Int64, len(replicas))}
	proxies := make([]*httputil.ReverseProxy, len(replicas))
	// Keep-alive to the replicas, as nginx's upstream keepalive does.
	transport := &http.Transport{MaxIdleConnsPerHost: 128}
	t.Cleanup(transport.CloseIdleConnections)
	for i, r := range replicas {
		u, _ := url.Parse(r.base)
		proxies[i] = httputil.NewSingleHostReverseProxy(u)
		proxies[i].Transport = transport
	}
	var next atomic.Uint64
	b.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		i := 0
		if !strings.HasPrefix(req.URL.Path, handlers.LocalDescopePath+"/") {
			i = int(next.Add(1)-1) % len(replicas)
		}
		b.served[i].Add(1)
		w.Header().Set("X-Served-By", replicas[i].name)
		proxies[i].ServeHTTP(w, req)
	}))
	t.Cleanup(b.Close)
	return b
}

// cluster is two replicas, one Redis and the balancer.
type cluster struct {
	redis  *testredis.Server
	a, b   *replica
	lb     *balancer
	secret string
}

func startCluster(t testing.TB) *cluster {
	t.Helper()
	c := &cluster{redis: testredis.Start(t), secret: "scale-out-test-secret-0123456789abcdef"}
	env := map[string]string{
		"REDIS_URL":              c.redis.URL(),
		"CSRF_SECRET":            c.secret,
		"LOCAL_DESCOPE_KEY_FILE": filepath.Join(t.TempDir(), "demo-key.pem"),
		// The balancer (and this test) connect from loopback: X-Forwarded-For
		// from there names the client, as from nginx in the compose demo.
		"TRUSTED_PROXIES": "127.0.0.1",
	}
	c.a = startReplica(t, "a", env) // writes the shared demo key ...
	c.b = startReplica(t, "b", env) // ... which b then reads
	c.lb = newBalancer(t, c.a, c.b)
	return c
}

type response struct {
	status int
	body   string
	header http.Header
}

// send makes one request; client names the client IP (X-Forwarded-For).
func send(t testing.TB, method, target, client string, header map[string]string, body string) response {
	t.Helper()
	req, err := http.NewRequest(method, target, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if client != "" {
		req.Header.Set("X-Forwarded-For", client)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	hc := http.Client{Timeout: 10 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}
	resp, err := hc.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, target, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return response{status: resp.StatusCode, body: string(b), header: resp.Header}
}

// signIn signs loginID in through the balancer's demo Descope (OTP by email,
// the code read from the demo outbox) and returns the session JWT.
func (c *cluster) signIn(t testing.TB, loginID string) string {
	t.Helper()
	api := c.lb.URL + handlers.LocalDescopePath
	cfg := send(t, "GET", api+"/emulator/config", "", nil, "")
	var config struct{ ProjectID string }
	if err := json.Unmarshal([]byte(cfg.body), &config); err != nil || config.ProjectID == "" {
		t.Fatalf("emulator config: %d %s", cfg.status, cfg.body)
	}
	h := map[string]string{"Authorization": "Bearer " + config.ProjectID, "Content-Type": "application/json"}
	if r := send(t, "POST", api+"/v1/auth/otp/signup-in/email", "", h, `{"loginId":"`+loginID+`"}`); r.status != 200 {
		t.Fatalf("otp signup-in: %d %s", r.status, r.body)
	}
	var outbox struct {
		Messages []struct{ LoginID, Code string }
	}
	if err := json.Unmarshal([]byte(send(t, "GET", api+"/emulator/outbox", "", nil, "").body), &outbox); err != nil {
		t.Fatal(err)
	}
	code := ""
	for _, m := range outbox.Messages {
		if m.LoginID == loginID {
			code = m.Code
		}
	}
	if code == "" {
		t.Fatalf("no code for %s in the outbox", loginID)
	}
	r := send(t, "POST", api+"/v1/auth/otp/verify/email", "", h, `{"loginId":"`+loginID+`","code":"`+code+`"}`)
	var tokens struct{ SessionJwt string }
	if err := json.Unmarshal([]byte(r.body), &tokens); err != nil || !strings.HasPrefix(tokens.SessionJwt, "eyJ") {
		t.Fatalf("otp verify: %d", r.status)
	}
	return tokens.SessionJwt
}

var metaToken = regexp.MustCompile(`<meta name="csrf-token" content="([^"]+)">`)

// csrfFrom loads a full page from r and returns its CSRF token and cookie.
func csrfFrom(t testing.TB, r *replica) (token, cookie string) {
	t.Helper()
	page := send(t, "GET", r.base+"/", "", nil, "")
	m := metaToken.FindStringSubmatch(page.body)
	if page.status != 200 || m == nil {
		t.Fatalf("GET / on %s: %d, token found: %v", r.name, page.status, m != nil)
	}
	for _, sc := range page.header.Values("Set-Cookie") {
		if v, ok := strings.CutPrefix(sc, "csrf_="); ok {
			cookie, _, _ = strings.Cut(v, ";")
		}
	}
	if cookie == "" {
		t.Fatalf("GET / on %s set no csrf_ cookie", r.name)
	}
	return m[1], cookie
}

func logoutHeaders(token, cookie string) map[string]string {
	return map[string]string{"X-CSRF-Token": token, "Cookie": "csrf_=" + cookie}
}

// readyLine is the rate-limit line of r's /readyz, which must answer 200.
func readyLine(t testing.TB, r *replica) string {
	t.Helper()
	res := send(t, "GET", r.base+"/readyz", "", nil, "")
	if res.status != 200 {
		t.Fatalf("/readyz on %s = %d %q: a Redis outage must not make the app unready", r.name, res.status, res.body)
	}
	return res.body
}

func TestTwoReplicasShareSessionsCSRFAndLimits(t *testing.T) {
	c := startCluster(t)
	const login = "scale@example.com"

	// A session from a sign-in validates on both replicas, through the
	// balancer and directly.
	jwt := c.signIn(t, login)
	signedIn := map[string]string{"Cookie": "DS=" + jwt, "HX-Request": "true"}
	for i := range 4 {
		r := send(t, "GET", c.lb.URL+"/container", "", signedIn, "")
		if r.status != 200 || !strings.Contains(r.body, login) {
			t.Fatalf("/container via the balancer (request %d, served by %s) = %d, user shown: %v",
				i+1, r.header.Get("X-Served-By"), r.status, strings.Contains(r.body, login))
		}
	}
	for _, r := range []*replica{c.a, c.b} {
		if res := send(t, "GET", r.base+"/container", "", signedIn, ""); res.status != 200 || !strings.Contains(res.body, login) {
			t.Fatalf("/container on %s = %d: the session does not validate there", r.name, res.status)
		}
	}
	if a, b := c.lb.served[0].Load(), c.lb.served[1].Load(); a < 2 || b < 2 {
		t.Fatalf("the balancer sent %d requests to a and %d to b: not both", a, b)
	}

	// A CSRF token issued by a is accepted by b (shared CSRF_SECRET), and b
	// still checks: a token with a flipped character is refused.
	token, cookie := csrfFrom(t, c.a)
	if r := send(t, "POST", c.b.base+"/logout", "192.0.2.1", logoutHeaders(token, cookie), ""); r.status != http.StatusSeeOther {
		t.Fatalf("POST /logout on b with a's CSRF token = %d, want 303", r.status)
	}
	forged := []byte(token)
	forged[12] ^= 'A' ^ 'B' // inside the signed bytes; stays base64url
	if forged[12] != 'A' && forged[12] != 'B' {
		forged[12] = 'A'
	}
	if r := send(t, "POST", c.b.base+"/logout", "192.0.2.1", logoutHeaders(string(forged), string(forged)), ""); r.status != http.StatusForbidden {
		t.Fatalf("POST /logout on b with a forged CSRF token = %d, want 403", r.status)
	}

	// The sign-out limit counts across replicas: alternating between them,
	// the request after the single-instance limit is refused on either.
	client := "198.51.100.20"
	for i := range handlers.LogoutLimit {
		r := []*replica{c.a, c.b}[i%2]
		if res := send(t, "POST", r.base+"/logout", client, logoutHeaders(token, cookie), ""); res.status != http.StatusSeeOther {
			t.Fatalf("sign-out %d (on %s) = %d, want 303", i+1, r.name, res.status)
		}
	}
	for _, r := range []*replica{c.a, c.b} {
		if res := send(t, "POST", r.base+"/logout", client, logoutHeaders(token, cookie), ""); res.status != http.StatusTooManyRequests {
			t.Fatalf("sign-out %d (on %s) = %d, want 429: the limit is not shared", handlers.LogoutLimit+1, r.name, res.status)
		}
	}
	if res := send(t, "POST", c.lb.URL+"/logout", client, logoutHeaders(token, cookie), ""); res.status != http.StatusTooManyRequests {
		t.Fatalf("sign-out via the balancer = %d, want 429", res.status)
	}

	// So do the demo Descope's per-IP limits (main.go builds them with the
	// same ratelimit.Limits): code checks alternating between the replicas
	// are refused after the single-instance limit.
	guesser := "198.51.100.21"
	verify := func(r *replica) response {
		return send(t, "POST", r.base+handlers.LocalDescopePath+"/v1/auth/otp/verify/email", guesser,
			map[string]string{"Authorization": "Bearer " + localdescope.DemoProjectID, "Content-Type": "application/json"},
			`{"loginId":"nobody@example.com","code":"000000"}`)
	}
	checks := localdescope.DefaultLimits[localdescope.LimitCheckSecret].Max
	for i := range checks {
		r := []*replica{c.a, c.b}[i%2]
		if res := verify(r); res.status == http.StatusTooManyRequests || res.status >= 500 {
			t.Fatalf("code check %d (on %s) = %d %s", i+1, r.name, res.status, res.body)
		}
	}
	for _, r := range []*replica{c.a, c.b} {
		if res := verify(r); res.status != http.StatusTooManyRequests {
			t.Fatalf("code check %d (on %s) = %d, want 429: the emulator's limit is not shared", checks+1, r.name, res.status)
		}
	}

	// Redis goes away: every replica keeps answering, nothing 5xx, the
	// limit fails open (the client over the limit may sign out again), and
	// /readyz stays 200 while saying so.
	c.redis.Stop()
	for i := range 12 {
		for _, target := range []string{c.a.base, c.b.base, c.lb.URL} {
			for _, req := range []struct{ method, path string }{{"POST", "/logout"}, {"GET", "/container"}, {"GET", "/"}} {
				res := send(t, req.method, target+req.path, client, map[string]string{
					"X-CSRF-Token": token, "Cookie": "csrf_=" + cookie + "; DS=" + jwt, "HX-Request": "true",
				}, "")
				if res.status >= 500 {
					t.Fatalf("round %d: %s %s%s = %d during the Redis outage", i, req.method, target, req.path, res.status)
				}
				if req.method == "POST" && res.status != 200 {
					t.Fatalf("round %d: sign-out on %s = %d during the outage, want 200 (failing open)", i, target, res.status)
				}
			}
		}
	}
	for _, r := range []*replica{c.a, c.b} {
		if line := readyLine(t, r); !strings.Contains(line, "redis unreachable") || !strings.Contains(line, "failing open") {
			t.Errorf("/readyz on %s during the outage: %q", r.name, line)
		}
		// One warning per instance, not one per request.
		if n := strings.Count(r.logs.String(), "Redis unreachable"); n != 1 {
			t.Errorf("%s logged %d outage warnings in a few seconds, want 1", r.name, n)
		}
	}

	// Redis is back (empty): both replicas notice, and share again.
	c.redis.Restart()
	for _, r := range []*replica{c.a, c.b} {
		deadline := time.Now().Add(10 * time.Second)
		for !strings.Contains(readyLine(t, r), "redis, shared") {
			if time.Now().After(deadline) {
				t.Fatalf("/readyz on %s does not report Redis back within 10 s: %q", r.name, readyLine(t, r))
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
	client = "198.51.100.21"
	for i := range handlers.LogoutLimit {
		r := []*replica{c.b, c.a}[i%2]
		if res := send(t, "POST", r.base+"/logout", client, logoutHeaders(token, cookie), ""); res.status != http.StatusSeeOther {
			t.Fatalf("after recovery, sign-out %d (on %s) = %d", i+1, r.name, res.status)
		}
	}
	if res := send(t, "POST", c.a.base+"/logout", client, logoutHeaders(token, cookie), ""); res.status != http.StatusTooManyRequests {
		t.Fatalf("after recovery, sign-out %d = %d, want 429: sharing did not resume", handlers.LogoutLimit+1, res.status)
	}
}

// BenchmarkSignedInThroughput is the signed-in #container fragment served
// by one replica directly and by two replicas behind a balancer, in the same
// run: the in-test Go proxy and, when Debian's nginx is installed, nginx with
// the compose demo's upstream settings. Clients: GOMAXPROCS x -cpu goroutines
// (b.RunParallel) on keep-alive connections, on the same cores as everything.
//
//	go test ./scaleout -run '^$' -bench SignedIn -cpu 16
func BenchmarkSignedInThroughput(b *testing.B) {
	c := startCluster(b)
	jwt := c.signIn(b, "bench@example.com")
	targets := []struct{ name, base string }{
		{"direct-one-replica", c.a.base},
		{"go-proxy-two-replicas", c.lb.URL},
	}
	if nginx := startNginx(b, c.a, c.b); nginx != "" {
		targets = append(targets, struct{ name, base string }{"nginx-two-replicas", nginx})
	}
	for _, target := range targets {
		b.Run(target.name, func(b *testing.B) {
			tr := &http.Transport{MaxIdleConnsPerHost: 256}
			defer tr.CloseIdleConnections()
			hc := &http.Client{Transport: tr, Timeout: 10 * time.Second}
			var failed sync.Once
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					req, _ := http.NewRequest("GET", target.base+"/container", nil)
					req.Header.Set("Cookie", "DS="+jwt)
					req.Header.Set("HX-Request", "true")
					resp, err := hc.Do(req)
					if err != nil {
						failed.Do(func() { b.Error(err) })
						return
					}
					_, _ = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode != 200 {
						failed.Do(func() { b.Errorf("status %d", resp.StatusCode) })
						return
					}
				}
			})
		})
	}
}

// startNginx runs Debian's nginx round-robin over the replicas, with the
// upstream settings of deploy/nginx-scale.conf, and returns its base URL
// ("" when nginx is not installed).
func startNginx(b *testing.B, replicas ...*replica) string {
	bin, err := exec.LookPath("nginx")
	if err != nil {
		return ""
	}
	dir := b.TempDir()
	port := testproc.FreePort(b)
	var servers strings.Builder
	for _, r := range replicas {
		fmt.Fprintf(&servers, "server %s;\n", strings.TrimPrefix(r.base, "http://"))
	}
	conf := fmt.Sprintf(`worker_processes 1;
pid %[1]s/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
  client_body_temp_path %[1]s/body; proxy_temp_path %[1]s/proxy; fastcgi_temp_path %[1]s/fcgi;
  uwsgi_temp_path %[1]s/uwsgi; scgi_temp_path %[1]s/scgi;
  access_log off;
  large_client_header_buffers 4 32k;
  upstream replicas { %[2]s keepalive 32; keepalive_timeout 5s; }
  server {
    listen 127.0.0.1:%[3]d;
    location / {
      proxy_pass http://replicas;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_buffer_size 16k;
      proxy_buffers 8 16k;
    }
  }
}
`, dir, servers.String(), port)
	if err := os.WriteFile(filepath.Join(dir, "nginx.conf"), []byte(conf), 0o600); err != nil {
		b.Fatal(err)
	}
	cmd := exec.Command(bin, "-p", dir, "-c", filepath.Join(dir, "nginx.conf"), "-e", "stderr", "-g", "daemon off;")
	logs := testproc.Start(b, "nginx", cmd)
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	testproc.WaitOK(b, "nginx", base+"/healthz", 10*time.Second, logs)
	return base
}
