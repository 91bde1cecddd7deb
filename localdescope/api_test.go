package localdescope

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/descope/go-sdk/descope"

	"github.com/descope-htmx/descope-htmx/internal/testlog"
)

func TestRequestErrors(t *testing.T) {
	e := newEnv(t, Options{SeedUsers: true})
	session := e.signIn(AdminLoginID)
	otp := "/v1/auth/otp/signup-in/email"
	tests := []struct {
		name, method, path, auth, body string
		status                         int
		code                           string
	}{
		{"bad JSON", "POST", otp, e.bearer(""), `{"loginId":`, 400, codeBadRequest},
		{"loginId of wrong type", "POST", otp, e.bearer(""), `{"loginId":42}`, 400, codeBadRequest},
		{"JSON array body", "POST", otp, e.bearer(""), `[]`, 400, codeBadRequest},
		{"missing loginId", "POST", otp, e.bearer(""), `{}`, 400, codeMissingArguments},
		{"empty body", "POST", otp, e.bearer(""), ``, 400, codeMissingArguments},
		{"loginId not an email", "POST", otp, e.bearer(""), `{"loginId":"bob"}`, 400, codeValidation},
		{"loginId with newline", "POST", otp, e.bearer(""), `{"loginId":"a@b.c\nINFO fake"}`, 400, codeValidation},
		{"body over 64 KB", "POST", otp, e.bearer(""), `{"loginId":"` + strings.Repeat("a", 70<<10) + `"}`, 413, codeBadRequest},
		{"no Authorization", "POST", otp, "", `{"loginId":"a@b.c"}`, 401, codeMissingArguments},
		{"Basic scheme", "POST", otp, "Basic Zm9vOmJhcg==", `{"loginId":"a@b.c"}`, 401, codeInvalidArguments},
		{"empty bearer", "POST", otp, "Bearer ", `{"loginId":"a@b.c"}`, 401, codeInvalidArguments},
		{"bearer without project", "POST", otp, "Bearer :" + session.RefreshJWT, `{}`, 401, codeInvalidArguments},
		{"unknown project", "POST", otp, "Bearer P2other", `{"loginId":"a@b.c"}`, 400, codeInvalidArguments},
		{"unknown project with token", "POST", "/v1/auth/refresh", "Bearer P2other:" + session.RefreshJWT, ``, 400, codeInvalidArguments},
		{"verify without code", "POST", "/v1/auth/otp/verify/email", e.bearer(""), `{"loginId":"a@b.c"}`, 400, codeMissingArguments},
		{"verify without pending code", "POST", "/v1/auth/otp/verify/email", e.bearer(""), `{"loginId":"a@b.c","code":"123456"}`, 401, codeWrongCode},
		{"refresh without token", "POST", "/v1/auth/refresh", e.bearer(""), ``, 401, codeInvalidRefresh},
		{"refresh with garbage", "POST", "/v1/auth/refresh", e.bearer("a.b.c"), ``, 401, codeInvalidRefresh},
		{"refresh with a session JWT", "POST", "/v1/auth/refresh", e.bearer(session.SessionJWT), `{}`, 401, codeInvalidRefresh},
		{"refresh with tampered JWT", "POST", "/v1/auth/refresh", e.bearer(session.RefreshJWT + "x"), `{}`, 401, codeInvalidRefresh},
		{"refresh with huge token", "POST", "/v1/auth/refresh", e.bearer(strings.Repeat("e", 9<<10)), `{}`, 401, codeInvalidRefresh},
		{"me without token", "GET", "/v1/auth/me", e.bearer(""), ``, 401, codeInvalidRefresh},
		{"logout without token", "POST", "/v1/auth/logout", e.bearer(""), `{}`, 401, codeInvalidRefresh},
		{"password sign-up without password", "POST", "/v1/auth/password/signup", e.bearer(""), `{"loginId":"x@y.z"}`, 400, codeMissingArguments},
		{"password sign-up existing user", "POST", "/v1/auth/password/signup", e.bearer(""), `{"loginId":"admin@example.com","password":"p"}`, 409, codeUserExists},
		{"otp sign-up existing user", "POST", "/v1/auth/otp/signup/email", e.bearer(""), `{"loginId":"admin@example.com"}`, 409, codeUserExists},
		{"otp sign-in unknown user", "POST", "/v1/auth/otp/signin/email", e.bearer(""), `{"loginId":"ghost@example.com"}`, 400, codeUserNotFound},
		{"mgmt without key", "GET", "/v1/mgmt/user?loginId=admin@example.com", e.bearer(""), ``, 401, codeMissingArguments},
		{"keys of unknown project", "GET", "/v2/keys/P2other", "", ``, 400, codeInvalidArguments},
		{"unknown path", "GET", "/v1/nope", e.bearer(""), ``, 404, codeBadRequest},
		{"GET on a POST endpoint", "GET", "/v1/auth/refresh", e.bearer(""), ``, 405, codeBadRequest},
		{"POST on a GET endpoint", "POST", "/emulator/outbox", "", `{}`, 405, codeBadRequest},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := e.do(tc.method, tc.path, tc.auth, tc.body)
			if r.status != tc.status || r.errorCode() != tc.code {
				t.Fatalf("got %d %s, want %d %s (body %.200s)", r.status, r.errorCode(), tc.status, tc.code, r.raw)
			}
			if r.body["errorDescription"] == "" || r.body["errorDescription"] == nil {
				t.Error("error without errorDescription")
			}
		})
	}
}

func TestRequestsThatSucceed(t *testing.T) {
	e := newEnv(t, Options{SeedUsers: true})
	info := e.signIn(AdminLoginID)
	pid := e.srv.ProjectID()
	tests := []struct {
		name, method, path, auth, body string
		wantKey                        string // a key the JSON body must have ("" = must be {})
	}{
		{"refresh, empty body (Go SDK)", "POST", "/v1/auth/refresh", e.bearer(info.RefreshJWT), ``, "sessionJwt"},
		{"refresh, {} body and query (browser)", "POST", "/v1/auth/refresh?dcs=t&dcr=t", e.bearer(info.RefreshJWT), `{}`, "sessionJwt"},
		{"refresh, leading //", "POST", "//v1/auth/refresh", e.bearer(info.RefreshJWT), ``, "sessionJwt"},
		{"refresh, lowercase bearer", "POST", "/v1/auth/refresh", "bearer " + pid + ":" + info.RefreshJWT, ``, "sessionJwt"},
		{"try-refresh, valid", "POST", "/v1/auth/try-refresh?dcs=f&dcr=t", e.bearer(info.RefreshJWT), `{}`, "sessionJwt"},
		{"try-refresh, no token", "POST", "/v1/auth/try-refresh", e.bearer(""), `{}`, ""},
		{"try-refresh, garbage", "POST", "/v1/auth/try-refresh", e.bearer("nonsense"), `{}`, ""},
		{"me", "GET", "/v1/auth/me", e.bearer(info.RefreshJWT), ``, "userId"},
		{"send with refresh in bearer (browser)", "POST", "/v1/auth/otp/signup-in/email", e.bearer(info.RefreshJWT), `{"loginId":"b@example.com","loginOptions":{}}`, "maskedEmail"},
		{"keys", "GET", "/v2/keys/" + pid, e.bearer(""), ``, "keys"},
		{"keys, leading //", "GET", "//v2/keys/" + pid, "", ``, "keys"},
		{"outbox", "GET", "/emulator/outbox", "", ``, "messages"},
		{"config", "GET", "/emulator/config", "", ``, "projectId"},
		{"license handshake", "GET", "/v1/mgmt/license", e.bearer("key"), ``, "rateLimitTier"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := e.do(tc.method, tc.path, tc.auth, tc.body)
			if r.status != http.StatusOK {
				t.Fatalf("status %d: %.300s", r.status, r.raw)
			}
			if tc.wantKey == "" && len(r.body) != 0 {
				t.Errorf("want {}, got %s", r.raw)
			}
			if _, ok := r.body[tc.wantKey]; tc.wantKey != "" && !ok {
				t.Errorf("body lacks %q: %.300s", tc.wantKey, r.raw)
			}
		})
	}
}

func TestDSRCookieFallback(t *testing.T) {
	e := newEnv(t, Options{})
	info := e.signIn("cookie@example.com")
	r := e.do("POST", "/v1/auth/refresh", e.bearer(""), `{}`, "Cookie", "DSR="+info.RefreshJWT)
	if r.status != http.StatusOK || r.body["sessionJwt"] == nil {
		t.Fatalf("refresh from DSR cookie: %d %s", r.status, r.raw)
	}
}

func TestJWTResponseAndTokenShape(t *testing.T) {
	e := newEnv(t, Options{SeedUsers: true, SessionTTL: 7 * time.Minute, RefreshTTL: 48 * time.Hour})
	code := e.sendCode(AdminLoginID)
	r := e.do("POST", "/v1/auth/otp/verify/email", e.bearer(""), `{"code":"`+code+`","loginId":"`+AdminLoginID+`"}`)
	if r.status != http.StatusOK {
		t.Fatalf("verify: %d %s", r.status, r.raw)
	}
	for _, key := range []string{"sessionJwt", "refreshJwt", "cookiePath", "cookieMaxAge", "cookieExpiration", "sessionExpiration", "user", "firstSeen", "claims"} {
		if _, ok := r.body[key]; !ok {
			t.Errorf("JWT response lacks %q", key)
		}
	}
	if _, ok := r.body["cookieName"]; ok {
		t.Error("cookieName must not be sent")
	}
	now := e.clock.Now().Unix()
	session, refresh := r.body["sessionJwt"].(string), r.body["refreshJwt"].(string)
	sc, rc := jwtPart(t, session, 1), jwtPart(t, refresh, 1)
	checks := map[string]bool{
		"cookiePath /":               r.body["cookiePath"] == "/",
		"cookieExpiration = rt exp":  r.body["cookieExpiration"] == rc["exp"],
		"cookieMaxAge = refresh TTL": r.body["cookieMaxAge"] == float64(48*3600),
		"sessionExpiration = st exp": r.body["sessionExpiration"] == sc["exp"],
		"session exp = iat + TTL":    sc["exp"] == float64(now+7*60) && sc["iat"] == float64(now),
		"refresh exp = iat + TTL":    rc["exp"] == float64(now+48*3600) && rc["iat"] == float64(now),
		"session drn DS":             sc["drn"] == "DS",
		"refresh drn DSR":            rc["drn"] == "DSR",
		"refresh has jti":            rc["jti"] != nil && rc["jti"] != "",
		"same sub":                   sc["sub"] == rc["sub"] && strings.HasPrefix(sc["sub"].(string), "U"),
		"iss is the project":         sc["iss"] == e.srv.ProjectID() && rc["iss"] == e.srv.ProjectID(),
		"no cnf":                     sc["cnf"] == nil && rc["cnf"] == nil,
		"tenants claim":              fmt.Sprint(sc["tenants"]) == "map[T-acme:map[permissions:[billing:write] roles:[admin]] T-globex:map[permissions:[] roles:[viewer]]]",
		"starts in the first tenant": sc["dct"] == "T-acme" && rc["dct"] == "T-acme",
		"no project roles":           fmt.Sprint(sc["roles"]) == "[]",
		"claims echo the session":    fmt.Sprint(r.body["claims"]) == fmt.Sprint(sc),
	}
	for name, ok := range checks {
		if !ok {
			t.Errorf("%s: body %.400s", name, r.raw)
		}
	}
	for _, tok := range []string{session, refresh} {
		h := jwtPart(t, tok, 0)
		if h["alg"] != "RS256" || h["typ"] != "JWT" || h["kid"] == "" || len(h) != 3 {
			t.Errorf("header = %v", h)
		}
	}
	user := r.body["user"].(map[string]any)
	if user["userId"] != sc["sub"] || fmt.Sprint(user["loginIds"]) != "["+AdminLoginID+"]" || user["status"] != "enabled" {
		t.Errorf("user = %v", user)
	}

	keys := e.do("GET", "/v2/keys/"+e.srv.ProjectID(), "", "")
	k := keys.body["keys"].([]any)[0].(map[string]any)
	if k["kty"] != "RSA" || k["alg"] != "RS256" || k["use"] != "sig" || k["e"] != "AQAB" || k["kid"] != jwtPart(t, session, 0)["kid"] {
		t.Errorf("jwk = %v", k)
	}
	if _, private := k["d"]; private {
		t.Error("the JWK leaks the private exponent")
	}

	// Refresh does not rotate: no refreshJwt, cookie fields follow the old one.
	e.clock.Advance(time.Minute)
	rr := e.do("POST", "/v1/auth/refresh", e.bearer(refresh), "")
	if _, ok := rr.body["refreshJwt"]; ok || rr.body["cookieExpiration"] != rc["exp"] || rr.body["cookieMaxAge"] != float64(48*3600-60) {
		t.Errorf("refresh response: %.400s", rr.raw)
	}
	if amr := jwtPart(t, rr.body["sessionJwt"].(string), 1)["amr"]; fmt.Sprint(amr) != "[email]" {
		t.Errorf("refreshed session amr = %v", amr)
	}
}

func TestSendRateLimit(t *testing.T) {
	e := newEnv(t, Options{})
	send := func(who string) reply {
		return e.do("POST", "/v1/auth/otp/signup-in/email", e.bearer(""), `{"loginId":"`+who+`"}`)
	}
	for i := range otpSendLimit {
		if r := send("flood@example.com"); r.status != http.StatusOK {
			t.Fatalf("send %d: %d %s", i+1, r.status, r.raw)
		}
		e.clock.Advance(time.Second)
	}
	r := send("flood@example.com")
	retry, err := strconv.Atoi(r.header.Get("Retry-After"))
	if r.status != http.StatusTooManyRequests || r.errorCode() != codeRateLimited || err != nil || retry <= 0 || retry > 600 {
		t.Fatalf("6th send: %d %s Retry-After=%q", r.status, r.raw, r.header.Get("Retry-After"))
	}
	if retry != 600-otpSendLimit {
		t.Errorf("Retry-After = %d, want time until the oldest send leaves the window (%d)", retry, 600-otpSendLimit)
	}
	_, err = e.sdk.Auth.OTP().SignUpOrIn(context.Background(), descope.MethodEmail, "flood@example.com", nil)
	if !errors.Is(err, descope.ErrRateLimitExceeded) || descope.AsError(err).Info["Retry-After"] == nil {
		t.Errorf("SDK: want E130429 with Retry-After, got %v", err)
	}
	if r := send("bystander@example.com"); r.status != http.StatusOK {
		t.Errorf("limit must be per login ID: %d", r.status)
	}
	e.clock.Advance(otpSendWindow)
	if r := send("flood@example.com"); r.status != http.StatusOK {
		t.Errorf("after the window: %d %s", r.status, r.raw)
	}
}

func TestCORS(t *testing.T) {
	const allowed, evil = "http://localhost:3000", "https://evil.example"
	e := newEnv(t, Options{AllowedOrigins: []string{allowed}})

	t.Run("preflight from an allowed origin", func(t *testing.T) {
		r := e.do("OPTIONS", "/v1/auth/refresh", "", "", "Origin", allowed,
			"Access-Control-Request-Method", "POST",
			"Access-Control-Request-Headers", "authorization,content-type,x-descope-sdk-session-id")
		h := r.header
		if r.status != http.StatusOK ||
			h.Get("Access-Control-Allow-Origin") != allowed ||
			h.Get("Access-Control-Allow-Credentials") != "true" ||
			!strings.Contains(h.Get("Access-Control-Allow-Methods"), "POST") ||
			h.Get("Access-Control-Allow-Headers") != "authorization,content-type,x-descope-sdk-session-id" ||
			h.Get("Access-Control-Expose-Headers") != "x-descope-flow-nonce, retry-after" ||
			!slices.Contains(h.Values("Vary"), "Origin") {
			t.Errorf("preflight: %d %v", r.status, h)
		}
	})
	t.Run("odd requested headers fall back to the fixed list", func(t *testing.T) {
		r := e.do("OPTIONS", "/v1/auth/refresh", "", "", "Origin", allowed, "Access-Control-Request-Headers", "x\"y")
		if r.header.Get("Access-Control-Allow-Headers") != corsDefaultHeaders {
			t.Errorf("allow-headers = %q", r.header.Get("Access-Control-Allow-Headers"))
		}
	})
	t.Run("error responses carry CORS too", func(t *testing.T) {
		r := e.do("POST", "/v1/auth/refresh", e.bearer("garbage"), "{}", "Origin", allowed)
		if r.status != http.StatusUnauthorized || r.header.Get("Access-Control-Allow-Origin") != allowed ||
			r.header.Get("Access-Control-Expose-Headers") == "" {
			t.Errorf("error: %d %v", r.status, r.header)
		}
	})
	t.Run("other origins get no CORS headers", func(t *testing.T) {
		for _, method := range []string{"OPTIONS", "GET"} {
			r := e.do(method, "/emulator/config", "", "", "Origin", evil, "Access-Control-Request-Method", "GET")
			for name := range r.header {
				if strings.HasPrefix(strings.ToLower(name), "access-control-") {
					t.Errorf("%s from %s got %s", method, evil, name)
				}
			}
		}
	})
	t.Run("no AllowedOrigins means no CORS at all", func(t *testing.T) {
		plain := newEnv(t, Options{})
		r := plain.do("OPTIONS", "/v1/auth/refresh", "", "", "Origin", allowed)
		if r.header.Get("Access-Control-Allow-Origin") != "" || r.header.Get("Vary") != "" {
			t.Errorf("headers: %v", r.header)
		}
	})
}

func TestOutboxAndConfigShapes(t *testing.T) {
	e := newEnv(t, Options{ProjectID: "P2custom", SessionTTL: 2 * time.Minute, RefreshTTL: time.Hour})
	code := e.sendCode("first@example.com")

	r := e.do("GET", "/emulator/outbox", "", "")
	msgs, ok := r.body["messages"].([]any)
	if !ok || len(msgs) != 1 {
		t.Fatalf("outbox: %s", r.raw)
	}
	m := msgs[0].(map[string]any)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if fmt.Sprint(keys) != "[code loginId method sentAt]" || m["code"] != code || m["method"] != "email" || m["loginId"] != "first@example.com" {
		t.Errorf("message = %v", m)
	}
	if _, err := time.Parse(time.RFC3339, m["sentAt"].(string)); err != nil {
		t.Errorf("sentAt: %v", err)
	}

	// The outbox keeps the newest outboxCap messages, oldest first.
	for i := range outboxCap + 20 {
		e.sendCode(fmt.Sprintf("u%d@example.com", i))
	}
	box := e.srv.Outbox()
	if len(box) != outboxCap || box[0].LoginID != "u20@example.com" || box[len(box)-1].LoginID != fmt.Sprintf("u%d@example.com", outboxCap+19) {
		t.Errorf("outbox len %d, first %s, last %s", len(box), box[0].LoginID, box[len(box)-1].LoginID)
	}

	c := e.do("GET", "/emulator/config", "", "")
	if c.raw != `{"projectId":"P2custom","sessionTtlSeconds":120,"refreshTtlSeconds":3600}` {
		t.Errorf("config = %s", c.raw)
	}
	if e.srv.ProjectID() != "P2custom" {
		t.Errorf("ProjectID() = %q", e.srv.ProjectID())
	}
}

func TestDefaults(t *testing.T) {
	s, err := New(Options{KeyFile: sharedKeyFile})
	if err != nil {
		t.Fatal(err)
	}
	if s.ProjectID() != DemoProjectID || len(DemoProjectID) >= 32 || s.sessionTTL != 5*time.Minute || s.refreshTTL != 30*24*time.Hour {
		t.Errorf("defaults: %s %v %v", s.ProjectID(), s.sessionTTL, s.refreshTTL)
	}
	if _, err := New(Options{KeyFile: sharedKeyFile, ProjectID: "P:bad"}); err == nil {
		t.Error("a project ID with ':' must be refused")
	}
}

// TestLogging runs a full flow with a capturing logger and checks that no
// token, cookie or (unless LogCodes) code reaches the log.
func TestLogging(t *testing.T) {
	jwtLike := regexp.MustCompile(`eyJ`)
	for _, logCodes := range []bool{false, true} {
		t.Run(fmt.Sprintf("LogCodes=%v", logCodes), func(t *testing.T) {
			var buf testlog.Buffer
			logger := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
			e := newEnv(t, Options{Logger: logger, LogCodes: logCodes, SeedUsers: true})
			const who = "logged@example.com"

			code := e.sendCode(who)
			e.do("POST", "/v1/auth/otp/verify/email", e.bearer(""), `{"loginId":"`+who+`","code":"`+otherCode(code)+`"}`)
			ok := e.do("POST", "/v1/auth/otp/verify/email", e.bearer(""), `{"loginId":"`+who+`","code":"`+code+`"}`)
			refresh, _ := ok.body["refreshJwt"].(string)
			e.do("POST", "/v1/auth/refresh", e.bearer(refresh), "", "Cookie", "DSR="+refresh)
			e.do("GET", "/v1/auth/me", e.bearer(refresh), "")
			e.do("POST", "/v1/auth/logout", e.bearer(refresh), "")
			e.do("POST", "/v1/auth/refresh", e.bearer(refresh), "")
			e.do("POST", "/v1/auth/password/signup", e.bearer(""), `{"loginId":"pw@example.com","password":"hunter2"}`)
			e.do("POST", "/v1/auth/password/signin", e.bearer(""), `{"loginId":"pw@example.com","password":"wrong"}`)

			out := buf.String()
			if out == "" {
				t.Fatal("expected some log output")
			}
			if jwtLike.MatchString(out) || strings.Contains(out, "Bearer") || strings.Contains(out, "DSR=") || strings.Contains(out, "hunter2") {
				t.Errorf("log leaks a secret:\n%s", out)
			}
			hasCode := strings.Contains(out, code)
			if hasCode != logCodes {
				t.Errorf("code in log = %v, want %v:\n%s", hasCode, logCodes, out)
			}
			if logCodes && !strings.Contains(out, "code for "+who+": "+code) {
				t.Errorf("missing the code line:\n%s", out)
			}
		})
	}
}

func TestConcurrentUse(t *testing.T) {
	e := newEnv(t, Options{SeedUsers: true})
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			who := fmt.Sprintf("c%d@example.com", i%4)
			info, err := e.srv.SignIn(who)
			if err != nil {
				errs <- err.Error()
				return
			}
			rec := httptest.NewRecorder()
			req := httptest.NewRequest("POST", "/v1/auth/refresh", nil)
			req.Header.Set("Authorization", e.bearer(info.RefreshJWT))
			e.srv.ServeHTTP(rec, req)
			if rec.Code != http.StatusOK {
				errs <- fmt.Sprintf("refresh %d", rec.Code)
			}
			e.srv.Outbox()
			e.srv.LastCode(who)
		}()
	}
	wg.Wait()
	close(errs)
	for msg := range errs {
		t.Error(msg)
	}
}
