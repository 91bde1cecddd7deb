package localdescope

import (
	"fmt"
	"net/http"
	"testing"
	"time"
)

func TestWindowLimiterIsBounded(t *testing.T) {
	now := time.Now()
	l := newWindowLimiter(2, time.Minute)
	for i := range maxLimiterKeys {
		if !l.add(fmt.Sprint(i), now) {
			t.Fatalf("add %d refused early", i)
		}
	}
	if l.add("one-too-many", now) {
		t.Fatal("a full table must refuse new keys while all are live")
	}
	if !l.add("0", now) {
		t.Error("a known key must still be recorded")
	}
	if l.retryAfter("0", now) != time.Minute {
		t.Errorf("retryAfter at the limit = %v", l.retryAfter("0", now))
	}
	later := now.Add(time.Minute + time.Second)
	if !l.add("one-too-many", later) || len(l.events) != 1 {
		t.Errorf("expired keys must be pruned to make room; %d keys left", len(l.events))
	}
}

func TestUserStoreIsBounded(t *testing.T) {
	st := newUserStore(DemoProjectID)
	now := time.Now()
	for i := range maxUsers {
		if _, err := st.create(fmt.Sprintf("u%d@example.com", i), profile{}, now); err != nil {
			t.Fatalf("create %d: %v", i, err)
		}
	}
	if _, err := st.getOrCreate("extra@example.com", profile{}, now); err != errUserStoreFull {
		t.Fatalf("want errUserStoreFull, got %v", err)
	}
	if rec, err := st.getOrCreate("u7@example.com", profile{}, now); err != nil || rec == nil {
		t.Errorf("existing users stay reachable: %v", err)
	}
}

func TestPendingCodesAreBounded(t *testing.T) {
	e := newEnv(t, Options{})
	now := e.clock.Now()
	e.srv.mu.Lock()
	for i := range maxPendingCodes {
		e.srv.pending[fmt.Sprint(i)] = &pendingCode{code: "000000", expires: now.Add(otpTTL)}
	}
	e.srv.mu.Unlock()

	r := e.do("POST", "/v1/auth/otp/signup-in/email", e.bearer(""), `{"loginId":"late@example.com"}`)
	if r.status != http.StatusTooManyRequests || r.header.Get("Retry-After") == "" {
		t.Fatalf("full pending table: %d %s", r.status, r.raw)
	}
	e.clock.Advance(otpTTL)
	if r := e.do("POST", "/v1/auth/otp/signup-in/email", e.bearer(""), `{"loginId":"late@example.com"}`); r.status != http.StatusOK {
		t.Fatalf("expired codes must be pruned: %d %s", r.status, r.raw)
	}
	e.srv.mu.Lock()
	n := len(e.srv.pending)
	e.srv.mu.Unlock()
	if n != 1 {
		t.Errorf("pending codes after pruning = %d, want 1", n)
	}
}

// When the revocation list is full of live entries, logout still works: it
// revokes all of the user's tokens instead of forgetting the request.
func TestRevocationOverflowFailsSafe(t *testing.T) {
	e := newEnv(t, Options{})
	info := e.signIn("full@example.com")
	e.srv.mu.Lock()
	for i := range maxRevoked {
		e.srv.revoked[fmt.Sprint(i)] = e.clock.Now().Add(time.Hour).Unix()
	}
	e.srv.mu.Unlock()

	if r := e.do("POST", "/v1/auth/logout", e.bearer(info.RefreshJWT), ""); r.status != http.StatusOK {
		t.Fatalf("logout: %d %s", r.status, r.raw)
	}
	r := e.do("POST", "/v1/auth/refresh", e.bearer(info.RefreshJWT), "")
	if r.status != http.StatusUnauthorized || r.errorCode() != codeLoggedOut {
		t.Fatalf("refresh after overflowing logout: %d %s", r.status, r.raw)
	}
	e.srv.mu.Lock()
	n := len(e.srv.revoked)
	e.srv.mu.Unlock()
	if n > maxRevoked {
		t.Errorf("revocation list grew past its bound: %d", n)
	}
}

func TestTrackedRefreshTokensAreBounded(t *testing.T) {
	var rec userRecord
	for i := range maxTrackedRefresh + 10 {
		rec.trackRefresh(trackedRefresh{jti: fmt.Sprint(i)})
	}
	if len(rec.refreshJTIs) != maxTrackedRefresh || rec.refreshJTIs[0].jti != "10" {
		t.Errorf("tracked = %d, first %q", len(rec.refreshJTIs), rec.refreshJTIs[0].jti)
	}
}

// logoutall must also revoke tokens the user no longer has tracked (older
// than the newest maxTrackedRefresh, or minted before a restart).
func TestLogoutAllRevokesUntrackedTokens(t *testing.T) {
	e := newEnv(t, Options{})
	oldest := e.signIn("many@example.com")
	e.clock.Advance(time.Second)
	var newest AuthInfo
	for range maxTrackedRefresh {
		newest = e.signIn("many@example.com")
	}
	if r := e.do("POST", "/v1/auth/logoutall", e.bearer(newest.RefreshJWT), ""); r.status != http.StatusOK || r.raw != "{}" {
		t.Fatalf("logoutall: %d %s", r.status, r.raw)
	}
	for name, tok := range map[string]string{"oldest": oldest.RefreshJWT, "newest": newest.RefreshJWT} {
		if r := e.do("POST", "/v1/auth/refresh", e.bearer(tok), ""); r.status != http.StatusUnauthorized || r.errorCode() != codeLoggedOut {
			t.Errorf("%s after logoutall: %d %s", name, r.status, r.raw)
		}
	}
}
