package localdescope

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/descope/go-sdk/descope/client"
)

// sharedKeyFile spares most tests an RSA key generation.
var sharedKeyFile string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "localdescope-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	sharedKeyFile = filepath.Join(dir, "key.pem")
	if _, err := New(Options{KeyFile: sharedKeyFile}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// fakeClock is a settable clock for Options.Now.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock(t time.Time) *fakeClock { return &fakeClock{t: t} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// env is an emulator behind httptest plus an official SDK client for it.
type env struct {
	t     *testing.T
	srv   *Server
	ts    *httptest.Server
	sdk   *client.DescopeClient
	clock *fakeClock
}

// newEnv starts an emulator. Unset KeyFile and Now get the shared key and a
// fake clock at the real time (the SDK checks exp/iat against real time).
func newEnv(t *testing.T, opts Options) *env {
	t.Helper()
	e := &env{t: t}
	if opts.KeyFile == "" {
		opts.KeyFile = sharedKeyFile
	}
	if opts.Now == nil {
		e.clock = newFakeClock(time.Now())
		opts.Now = e.clock.Now
	}
	srv, err := New(opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	e.srv = srv
	e.ts = httptest.NewServer(srv)
	t.Cleanup(e.ts.Close)
	e.sdk = newSDK(t, srv.ProjectID(), e.ts.URL, "")
	return e
}

func newSDK(t *testing.T, projectID, baseURL, mgmtKey string) *client.DescopeClient {
	t.Helper()
	c, err := client.NewWithConfig(&client.Config{ProjectID: projectID, DescopeBaseURL: baseURL, ManagementKey: mgmtKey})
	if err != nil {
		t.Fatalf("client.NewWithConfig: %v", err)
	}
	return c
}

// reply is a raw HTTP answer with its JSON body decoded.
type reply struct {
	status int
	header http.Header
	raw    string
	body   map[string]any
}

func (r reply) errorCode() string { s, _ := r.body["errorCode"].(string); return s }

// do sends a raw request; auth is the whole Authorization value ("" = none).
// JSON mode never sets a cookie, so a Set-Cookie fails the test.
func (e *env) do(method, path, auth, body string, headers ...string) reply {
	e.t.Helper()
	r, res := e.send(method, path, auth, body, nil, headers...)
	if sc := res.Header.Values("Set-Cookie"); len(sc) > 0 {
		e.t.Errorf("%s %s: unexpected Set-Cookie %v", method, path, sc)
	}
	return r
}

// send is do without the cookie check, sending cookies too.
func (e *env) send(method, path, auth, body string, cookies []*http.Cookie, headers ...string) (reply, *http.Response) {
	e.t.Helper()
	req, err := http.NewRequest(method, e.ts.URL+path, strings.NewReader(body))
	if err != nil {
		e.t.Fatal(err)
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	for _, c := range cookies {
		req.AddCookie(&http.Cookie{Name: c.Name, Value: c.Value})
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	r := reply{status: res.StatusCode, header: res.Header, raw: string(raw)}
	if err := json.Unmarshal(raw, &r.body); err != nil {
		e.t.Fatalf("%s %s: body is not a JSON object: %q", method, path, raw)
	}
	if ct := res.Header.Get("Content-Type"); ct != "application/json" {
		e.t.Errorf("%s %s: Content-Type %q", method, path, ct)
	}
	return r, res
}

// bearer returns "Bearer <pid>" or "Bearer <pid>:<token>".
func (e *env) bearer(token string) string {
	if token == "" {
		return "Bearer " + e.srv.ProjectID()
	}
	return "Bearer " + e.srv.ProjectID() + ":" + token
}

// signIn mints tokens through the test helper.
func (e *env) signIn(loginID string) AuthInfo {
	e.t.Helper()
	info, err := e.srv.SignIn(loginID)
	if err != nil {
		e.t.Fatalf("SignIn(%q): %v", loginID, err)
	}
	return info
}

// sendCode asks for a code over HTTP and returns it from the outbox.
func (e *env) sendCode(loginID string) string {
	e.t.Helper()
	r := e.do("POST", "/v1/auth/otp/signup-in/email", e.bearer(""), `{"loginId":"`+loginID+`"}`)
	if r.status != http.StatusOK {
		e.t.Fatalf("send code: %d %s", r.status, r.raw)
	}
	code, ok := e.srv.LastCode(loginID)
	if !ok {
		e.t.Fatalf("no code for %s", loginID)
	}
	return code
}

// otherCode returns a 6-digit code different from code.
func otherCode(code string) string {
	n, _ := strconv.Atoi(code)
	return fmt.Sprintf("%06d", (n+1)%1_000_000)
}

// jwtPart decodes the header (0) or payload (1) of a compact JWT.
func jwtPart(t *testing.T, token string, i int) map[string]any {
	t.Helper()
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		t.Fatalf("not a compact JWS: %d parts", len(parts))
	}
	raw, err := base64.RawURLEncoding.DecodeString(parts[i])
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	return m
}
