package localdescope

import (
	"compress/gzip"
	"context"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/descope-htmx/descope-htmx/assets"
)

// flow drives /v1/flow/* as <descope-wc> does.
type flow struct {
	e           *env
	executionID string
	stepID      string
}

func (f *flow) start(t *testing.T, interaction string, input map[string]any) reply {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"flowId": "sign-up-or-in", "interactionId": interaction, "input": input, "options": map[string]any{}})
	return f.record(t, f.e.do("POST", "/v1/flow/start", f.e.bearer(""), string(body)))
}

func (f *flow) next(t *testing.T, interaction string, input map[string]any) reply {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"executionId": f.executionID, "stepId": f.stepID, "interactionId": interaction, "version": 1, "input": input})
	return f.record(t, f.e.do("POST", "/v1/flow/next", f.e.bearer(""), string(body)))
}

func (f *flow) record(t *testing.T, r reply) reply {
	t.Helper()
	if r.status == http.StatusOK {
		f.executionID, _ = r.body["executionId"].(string)
		f.stepID, _ = r.body["stepId"].(string)
	}
	return r
}

// screen returns the reply's screen ID and state.
func screen(t *testing.T, r reply) (string, map[string]any) {
	t.Helper()
	if r.status != http.StatusOK || r.body["status"] != "waiting" || r.body["action"] != "screen" {
		t.Fatalf("want a screen, got %d %s", r.status, r.raw)
	}
	sc := r.body["screen"].(map[string]any)
	return sc["id"].(string), sc["state"].(map[string]any)
}

func TestFlowSignUpOrIn(t *testing.T) {
	e := newEnv(t, Options{SeedUsers: true})
	f := &flow{e: e}

	// The component renders the start screen from config; its first click
	// arrives at start, with the email.
	id, state := screen(t, f.start(t, "submit-email", map[string]any{"email": " Admin@Example.com ", "origin": "http://x"}))
	if id != "code" || f.stepID != "1" || !strings.HasPrefix(f.executionID, "sign-up-or-in|#|") {
		t.Fatalf("after the email: screen %q step %q execution %q", id, f.stepID, f.executionID)
	}
	if sentTo := state["sentTo"].(map[string]any)["email"]; sentTo != "a***@example.com" {
		t.Errorf("sentTo.email = %v", sentTo)
	}
	code, ok := e.srv.LastCode(AdminLoginID)
	if !ok {
		t.Fatal("the flow sent no code through the outbox")
	}

	// A wrong code: the same screen and step, with an error text.
	id, state = screen(t, f.next(t, "code", map[string]any{"code": otherCode(code)}))
	if id != "code" || f.stepID != "1" || !strings.Contains(state["errorText"].(string), "Incorrect code") {
		t.Fatalf("wrong code: screen %q step %q state %v", id, f.stepID, state)
	}

	// Resend: a new code; the first one no longer works.
	screen(t, f.next(t, "resend-code", nil))
	fresh, _ := e.srv.LastCode(AdminLoginID)
	if fresh == code && len(e.srv.Outbox()) < 2 {
		t.Fatal("resend sent nothing")
	}

	r := f.next(t, "submit-code", map[string]any{"code": fresh})
	if r.status != http.StatusOK || r.body["status"] != "completed" {
		t.Fatalf("right code: %d %s", r.status, r.raw)
	}
	info := r.body["authInfo"].(map[string]any)
	for _, field := range []string{"sessionJwt", "refreshJwt", "cookieDomain", "cookiePath", "cookieMaxAge", "cookieExpiration", "user", "firstSeen", "sessionExpiration"} {
		if _, ok := info[field]; !ok {
			t.Errorf("authInfo lacks %s", field)
		}
	}
	tenants, _ := json.Marshal(info["user"].(map[string]any)["userTenants"])
	if !strings.Contains(string(tenants), `"roleNames":["admin"],"tenantId":"`+DemoTenantID+`"`) {
		t.Errorf("the seeded admin lost its tenant roles: %s", tenants)
	}

	// The tokens work with the Go SDK and the refresh endpoint, as today's do.
	sessionJWT, refreshJWT := info["sessionJwt"].(string), info["refreshJwt"].(string)
	ok, tok, err := e.sdk.Auth.ValidateSessionWithToken(context.Background(), sessionJWT)
	if !ok || err != nil || tok.ID == "" || !slices.Contains(tok.GetTenants(), DemoTenantID) {
		t.Fatalf("Go SDK refused the flow's session: %v %v", ok, err)
	}
	if r := e.do("POST", "/v1/auth/refresh", e.bearer(refreshJWT), "{}"); r.status != http.StatusOK {
		t.Errorf("refresh with the flow's refresh JWT: %d", r.status)
	}

	// The execution is over.
	if r := f.next(t, "submit-code", map[string]any{"code": fresh}); r.errorCode() != codeFlowTimedOut {
		t.Errorf("next on a completed execution: %d %s", r.status, r.raw)
	}
}

func TestFlowGuessLimitVoidsTheCode(t *testing.T) {
	e := newEnv(t, Options{})
	f := &flow{e: e}
	screen(t, f.start(t, "submit-email", map[string]any{"email": "new@example.com"}))
	code, _ := e.srv.LastCode("new@example.com")
	for i := 0; i < otpMaxAttempts; i++ {
		screen(t, f.next(t, "code", map[string]any{"code": otherCode(code)}))
	}
	// Even the right code fails now, and the screen says what to do.
	_, state := screen(t, f.next(t, "code", map[string]any{"code": code}))
	if !strings.Contains(state["errorText"].(string), "Resend code") {
		t.Fatalf("after the guess limit: %v", state["errorText"])
	}
	screen(t, f.next(t, "resend-code", nil))
	fresh, _ := e.srv.LastCode("new@example.com")
	if r := f.next(t, "code", map[string]any{"code": fresh}); r.body["status"] != "completed" {
		t.Fatalf("a new code after the limit: %s", r.raw)
	}
	if r := f.next(t, "code", nil); r.status == http.StatusOK {
		t.Error("the completed execution answered again")
	}
}

func TestFlowScreensAndEmailChanges(t *testing.T) {
	e := newEnv(t, Options{})
	f := &flow{e: e}
	// A plain start shows the email screen at step 0.
	if id, _ := screen(t, f.start(t, "", nil)); id != "email" || f.stepID != "0" {
		t.Fatalf("plain start: %q step %q", id, f.stepID)
	}
	id, state := screen(t, f.next(t, "submit-email", map[string]any{"email": "not-an-email"}))
	if id != "email" || f.stepID != "0" || state["errorText"] == nil {
		t.Fatalf("invalid email: %q step %q %v", id, f.stepID, state)
	}
	screen(t, f.next(t, "submit-email", map[string]any{"email": "first@example.com"}))
	if id, _ := screen(t, f.next(t, "change-email", nil)); id != "email" {
		t.Fatalf("use another email: %q", id)
	}
	screen(t, f.next(t, "submit-email", map[string]any{"email": "second@example.com"}))
	code, _ := e.srv.LastCode("second@example.com")
	r := f.next(t, "code", map[string]any{"code": code})
	if r.body["status"] != "completed" || r.body["authInfo"].(map[string]any)["user"].(map[string]any)["email"] != "second@example.com" {
		t.Fatalf("sign-up of a new user: %s", r.raw)
	}
	if r.body["authInfo"].(map[string]any)["firstSeen"] != true {
		t.Error("a new user is not firstSeen")
	}
}

func TestFlowSendLimitIsShownOnTheScreen(t *testing.T) {
	e := newEnv(t, Options{})
	f := &flow{e: e}
	screen(t, f.start(t, "submit-email", map[string]any{"email": "busy@example.com"}))
	var state map[string]any
	for i := 1; i <= otpSendLimit; i++ {
		_, state = screen(t, f.next(t, "resend-code", nil))
	}
	if !strings.Contains(state["errorText"].(string), "Too many codes") {
		t.Fatalf("past the send limit: %v", state)
	}
	if n := len(e.srv.Outbox()); n != otpSendLimit {
		t.Errorf("outbox has %d codes, want %d", n, otpSendLimit)
	}
}

// Every malformed or stale call gets a Descope-shaped 4xx, never a 500.
func TestFlowErrors(t *testing.T) {
	e := newEnv(t, Options{})
	f := &flow{e: e}
	screen(t, f.start(t, "submit-email", map[string]any{"email": "err@example.com"}))
	live := f.executionID
	tests := []struct {
		name, path, body, wantCode string
	}{
		{"unknown flow", "/v1/flow/start", `{"flowId":"nope"}`, codeFlowNotFound},
		{"unknown execution", "/v1/flow/next", `{"executionId":"sign-up-or-in|#|nope","stepId":"1","interactionId":"code"}`, codeFlowTimedOut},
		{"execution of another flow", "/v1/flow/next", `{"executionId":"` + strings.Replace(live, "sign-up-or-in", "step-up", 1) + `","stepId":"1","interactionId":"code"}`, codeFlowTimedOut},
		{"no separator", "/v1/flow/next", `{"executionId":"garbage","stepId":"1","interactionId":"code"}`, codeFlowTimedOut},
		{"wrong step", "/v1/flow/next", `{"executionId":"` + live + `","stepId":"7","interactionId":"code"}`, codeFlowStepMismatch},
		{"interaction not on the screen", "/v1/flow/next", `{"executionId":"` + live + `","stepId":"1","interactionId":"submit-email"}`, codeValidation},
		{"no interaction", "/v1/flow/next", `{"executionId":"` + live + `","stepId":"1"}`, codeMissingArguments},
		{"not JSON", "/v1/flow/next", `{`, codeBadRequest},
		{"input of the wrong type", "/v1/flow/next", `{"executionId":"` + live + `","stepId":"1","interactionId":"code","input":{"code":123}}`, ""},
		{"huge interaction ID", "/v1/flow/start", `{"flowId":"sign-up-or-in","interactionId":"` + strings.Repeat("x", 500) + `"}`, codeValidation},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.do("POST", tt.path, e.bearer(""), tt.body)
			if r.status >= 500 {
				t.Fatalf("status %d %s", r.status, r.raw)
			}
			if tt.wantCode != "" && (r.status < 400 || r.errorCode() != tt.wantCode) {
				t.Errorf("got %d %s, want %s", r.status, r.raw, tt.wantCode)
			}
		})
	}
	if r := e.do("POST", "/v1/flow/start", "Bearer Pother", `{"flowId":"sign-up-or-in"}`); r.errorCode() != codeInvalidArguments {
		t.Errorf("another project: %s", r.raw)
	}

	// Executions expire.
	e.clock.Advance(flowExecutionTTL)
	if r := f.next(t, "code", map[string]any{"code": "123456"}); r.errorCode() != codeFlowTimedOut {
		t.Errorf("expired execution: %s", r.raw)
	}
}

func TestFlowExecutionsAreCapped(t *testing.T) {
	e := newEnv(t, Options{})
	now := e.clock.Now()
	e.srv.mu.Lock()
	for i := 0; i < maxFlowExecutions; i++ {
		e.srv.executions[randomID(8)] = &flowExecution{flow: signUpOrInFlow, expires: now.Add(time.Minute)}
	}
	e.srv.mu.Unlock()
	f := &flow{e: e}
	if r := f.start(t, "", nil); r.status != http.StatusTooManyRequests {
		t.Fatalf("start with the table full of live executions: %d", r.status)
	}
	e.clock.Advance(2 * time.Minute) // all of them expire
	if r := f.start(t, "", nil); r.status != http.StatusOK {
		t.Fatalf("start once they expired: %d %s", r.status, r.raw)
	}
	e.srv.mu.Lock()
	defer e.srv.mu.Unlock()
	if n := len(e.srv.executions); n != 1 {
		t.Errorf("%d executions kept, want the new one only", n)
	}
}

// get fetches a static file the way the component does (no Authorization).
func get(t *testing.T, e *env, path string, gz bool) (*http.Response, []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, e.ts.URL+path, nil)
	if gz {
		req.Header.Set("Accept-Encoding", "gzip")
	}
	res, err := http.DefaultTransport.RoundTrip(req) // no transparent gunzip
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.Header.Get("Content-Encoding") == "gzip" {
		zr, err := gzip.NewReader(strings.NewReader(string(body)))
		if err != nil {
			t.Fatal(err)
		}
		body, _ = io.ReadAll(zr)
	}
	return res, body
}

func TestFlowStaticFiles(t *testing.T) {
	e := newEnv(t, Options{})
	pages := "/pages/" + e.srv.ProjectID() + "/v2-beta/"

	res, body := get(t, e, pages+"config.json", false)
	var config struct {
		ComponentsVersion    string
		ComponentsVersionSri string
		Flows                map[string]struct {
			Version       int
			StartScreenID string
		}
	}
	if err := json.Unmarshal(body, &config); err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("config.json: %d %v", res.StatusCode, err)
	}
	index, _ := fs.ReadFile(assets.UILibrary(), "index.js")
	sum := sha512.Sum384(index)
	if config.ComponentsVersionSri != "sha384-"+base64.StdEncoding.EncodeToString(sum[:]) {
		t.Error("componentsVersionSri does not match the vendored index.js")
	}
	if fl := config.Flows["sign-up-or-in"]; fl.Version != 1 || fl.StartScreenID != "email" {
		t.Errorf("flows = %+v", config.Flows)
	}

	// componentsVersion is the version package.json pins.
	var pkg struct{ Dependencies map[string]string }
	raw, err := os.ReadFile("../package.json")
	if err != nil || json.Unmarshal(raw, &pkg) != nil {
		t.Fatal("read package.json")
	}
	if pinned := pkg.Dependencies["@descope/web-components-ui"]; config.ComponentsVersion != pinned || pinned != UIComponentsVersion {
		t.Errorf("componentsVersion %q, package.json pins %q", config.ComponentsVersion, pinned)
	}

	for _, tt := range []struct {
		path, contentType, contains string
		status                      int
	}{
		{pages + "theme.json", "application/json", `"descope-button"`, http.StatusOK},
		{pages + "email.html", "text/html; charset=utf-8", `name="email"`, http.StatusOK},
		{pages + "code.html", "text/html; charset=utf-8", `id="resend-code"`, http.StatusOK},
		{pages + "nope.html", "application/json", "E011001", http.StatusNotFound},
		{"/pages/Pother/v2-beta/config.json", "application/json", codeInvalidArguments, http.StatusBadRequest},
		{uiLibraryPathPrefix + "index.js", "text/javascript; charset=utf-8", "DescopeUI", http.StatusOK},
		{uiLibraryPathPrefix + "fonts/font-38673212.woff", "font/woff", "", http.StatusOK},
		{uiLibraryPathPrefix + "../../package.json", "application/json", "E011001", http.StatusNotFound},
		{uiLibraryPathPrefix + "DescopeDev.js", "application/json", "E011001", http.StatusNotFound},
	} {
		res, body := get(t, e, tt.path, true)
		if res.StatusCode != tt.status || res.Header.Get("Content-Type") != tt.contentType || !strings.Contains(string(body), tt.contains) {
			t.Errorf("GET %s: %d %q %.80q", tt.path, res.StatusCode, res.Header.Get("Content-Type"), body)
		}
	}
	if res, _ := get(t, e, pages+"theme.json", true); res.Header.Get("Content-Encoding") != "gzip" {
		t.Error("theme.json is not gzipped for a client that accepts it")
	}
}
