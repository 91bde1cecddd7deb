package auth

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/descope/go-sdk/descope"
	"github.com/descope/go-sdk/descope/client"

	"github.com/descope-htmx/descope-htmx/internal/descopetest"
)

const project = "Pproj"

// jwtHeader is {"alg":"RS256"}: the fakes' tokens need a readable header,
// or the crit check refuses them before the SDK is asked.
const (
	jwtHeader = "eyJhbGciOiJSUzI1NiJ9"
	testJWT   = jwtHeader + ".eyJzdWIiOiJVMSJ9.c2ln"
)

func sessionToken(mutate func(*descope.Token)) *descope.Token {
	tok := &descope.Token{
		JWT: "h.p.s", ID: "U1", ProjectID: project, Expiration: time.Now().Add(time.Minute).Unix(),
		Claims: map[string]any{
			"drn": "DS", "name": "Ada", "email": "ada@example.com",
			"roles": []any{"admin", 7}, "amr": []any{"email"},
			"tenants": map[string]any{"T2": map[string]any{"roles": []any{"viewer"}}, "T1": map[string]any{"roles": []any{"admin"}, "permissions": []any{"write"}}},
		},
	}
	if mutate != nil {
		mutate(tok)
	}
	return tok
}

func TestNewSession(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(*descope.Token)
		want   error
	}{
		{"valid", nil, nil},
		{"refresh token", func(t *descope.Token) { t.Claims["drn"] = "DSR" }, ErrNotSession},
		{"no drn", func(t *descope.Token) { delete(t.Claims, "drn") }, ErrNotSession},
		{"drn not a string", func(t *descope.Token) { t.Claims["drn"] = 1 }, ErrNotSession},
		{"no exp", func(t *descope.Token) { t.Expiration = 0 }, ErrNoExpiry},
		{"other project", func(t *descope.Token) { t.ProjectID = "Pother" }, ErrWrongProject},
		{"empty sub", func(t *descope.Token) { t.ID = "" }, ErrNoSubject},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, err := NewSession(sessionToken(tc.mutate), project)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if tc.want != nil && s != nil {
				t.Fatal("a refused token produced a session")
			}
		})
	}
	s, _ := NewSession(sessionToken(nil), project)
	if got := fmt.Sprintf("%v %v %v %v %v %v %v", s.Roles, s.Tenants[0].ID, s.Tenants[0].Permissions, s.Tenants[1].ID, s.Name, s.Email, s.LoginMethods); got != "[admin] T1 [write] T2 Ada ada@example.com [email]" {
		t.Errorf("session = %s", got)
	}
	if _, err := NewSession(sessionToken(nil), ""); !errors.Is(err, ErrWrongProject) {
		t.Error("an empty configured project accepted a token")
	}
}

func TestTokenFromRequest(t *testing.T) {
	cases := []struct {
		header, cookie, want string
		err                  error
	}{
		{"", "", "", ErrNoToken},
		{"", "c.o.okie", "c.o.okie", nil},
		{"Bearer h.p.s", "c.o.okie", "h.p.s", nil},
		{"bearer  h.p.s ", "", "h.p.s", nil},
		{"Bearer ", "c.o.okie", "", ErrMalformed},
		{"Bearer", "c.o.okie", "", ErrMalformed},
		{"Basic dXNlcg==", "c.o.okie", "", ErrMalformed},
		{"Bearer P1:h.p.s", "", "P1:h.p.s", nil}, // then refused as malformed by WellFormed
	}
	for _, tc := range cases {
		got, err := TokenFromRequest(tc.header, tc.cookie)
		if got != tc.want || !errors.Is(err, tc.err) {
			t.Errorf("TokenFromRequest(%q, %q) = %q, %v; want %q, %v", tc.header, tc.cookie, got, err, tc.want, tc.err)
		}
	}
}

func TestWellFormed(t *testing.T) {
	long := make([]byte, MaxTokenBytes+1)
	for i := range long {
		long[i] = 'a'
	}
	long[10], long[20] = '.', '.'
	for token, want := range map[string]bool{
		"a.b.c": true, "eyJh-_.eyJ9.sig": true,
		"": false, "a.b": false, "a..c": false, ".b.c": false, "a.b.": false, "a.b.c.d": false,
		"a.b.c\n": false, "a.b.c=": false, "a b.c.d": false, "é.b.c": false, string(long): false,
	} {
		if WellFormed(token) != want {
			t.Errorf("WellFormed(%.30q) = %v", token, !want)
		}
	}
}

// fakeDescope counts validations and answers with a fixed result.
type fakeDescope struct {
	calls atomic.Int64
	tok   *descope.Token
	err   error
}

func (f *fakeDescope) ValidateSessionWithToken(_ context.Context, token string) (bool, *descope.Token, error) {
	f.calls.Add(1)
	if f.err != nil {
		return false, nil, f.err
	}
	tok := *f.tok
	tok.JWT = token
	return true, &tok, nil
}

// RefreshSessionWithToken answers with a new session token, as Descope does.
func (f *fakeDescope) RefreshSessionWithToken(ctx context.Context, token string) (bool, *descope.Token, error) {
	return f.ValidateSessionWithToken(ctx, jwtHeader+".bmV3"+strings.ReplaceAll(token, ".", "")+".c2ln")
}

type loadedKeys bool

func (k loadedKeys) Loaded() bool { return bool(k) }
func (k loadedKeys) Ensure(context.Context) error {
	if k {
		return nil
	}
	return ErrKeysUnavailable
}

type clock struct{ now time.Time }

func (c *clock) Now() time.Time { return c.now }

func TestValidatorCachesUntilExp(t *testing.T) {
	clk := &clock{now: time.Now()}
	sdk := &fakeDescope{tok: sessionToken(func(t *descope.Token) { t.Expiration = clk.now.Add(time.Minute).Unix() })}
	v := NewValidator(sdk, project, loadedKeys(true), ValidatorOptions{Now: clk.Now})
	for i := 0; i < 3; i++ {
		if _, err := v.Validate(context.Background(), testJWT); err != nil {
			t.Fatal(err)
		}
	}
	if sdk.calls.Load() != 1 {
		t.Fatalf("SDK called %d times for one token", sdk.calls.Load())
	}
	clk.now = clk.now.Add(time.Minute + time.Second) // past exp: never served from cache
	sdk.err = descope.ErrInvalidToken.WithMessage("Token has expired")
	if _, err := v.Validate(context.Background(), testJWT); !errors.Is(err, ErrExpired) {
		t.Fatalf("after exp: err = %v, want ErrExpired", err)
	}
}

// The SDK accepts exp with 5 s of leeway; the app holds it exactly, so a token
// just past exp is refused once, then from the refusal cache.
func TestExpIsExact(t *testing.T) {
	clk := &clock{now: time.Now()}
	sdk := &fakeDescope{tok: sessionToken(func(t *descope.Token) { t.Expiration = clk.now.Add(-2 * time.Second).Unix() })}
	v := NewValidator(sdk, project, loadedKeys(true), ValidatorOptions{Now: clk.Now})
	for i := 0; i < 3; i++ {
		if _, err := v.Validate(context.Background(), testJWT); !errors.Is(err, ErrExpired) {
			t.Fatalf("2 s past exp: err = %v, want ErrExpired", err)
		}
	}
	if sdk.calls.Load() != 1 {
		t.Errorf("SDK called %d times for a token past exp", sdk.calls.Load())
	}
}

func TestValidatorRefusalsAreCachedNeverAsValid(t *testing.T) {
	sdk := &fakeDescope{tok: sessionToken(func(t *descope.Token) { t.Claims["drn"] = "DSR" })}
	v := NewValidator(sdk, project, loadedKeys(true), ValidatorOptions{})
	for i := 0; i < 3; i++ {
		if s, err := v.Validate(context.Background(), testJWT); s != nil || !errors.Is(err, ErrNotSession) {
			t.Fatalf("refresh token as session: %v, %v", s, err)
		}
	}
	if sdk.calls.Load() != 1 {
		t.Errorf("refused token validated %d times; want a cached refusal", sdk.calls.Load())
	}
}

func TestValidatorUnavailableIsNotCached(t *testing.T) {
	sdk := &fakeDescope{err: descope.ErrPublicKey}
	v := NewValidator(sdk, project, loadedKeys(false), ValidatorOptions{})
	for i := 0; i < 2; i++ {
		if _, err := v.Validate(context.Background(), testJWT); !errors.Is(err, ErrUnavailable) {
			t.Fatalf("err = %v, want ErrUnavailable", err)
		}
	}
	if sdk.calls.Load() != 2 {
		t.Errorf("SDK called %d times; an outage must not be cached", sdk.calls.Load())
	}
}

func TestLRUBounded(t *testing.T) {
	c := newLRUCache[int](160, 0)
	future := time.Now().Add(time.Hour)
	for i := 0; i < 10_000; i++ {
		c.put(keyOf(fmt.Sprint(i)), i, future, 0)
	}
	if n := c.len(); n > 160 {
		t.Fatalf("cache holds %d entries, cap 160", n)
	}
	if _, ok := c.get(keyOf("9999"), time.Now(), "", nil); !ok {
		t.Error("most recent entry evicted")
	}
	if _, ok := c.get(keyOf("0"), time.Now(), "", nil); ok {
		t.Error("oldest entry survived")
	}
}

// With the real SDK: a flood of tokens with random kids costs one key fetch.
func TestUnknownKidFloodFetchesKeysOnce(t *testing.T) {
	ds := descopetest.NewServer(t)
	keys := NewKeySet(ds.URL, ds.ProjectID, KeySetOptions{})
	sdk, err := client.NewWithConfig(&client.Config{ProjectID: ds.ProjectID, DescopeBaseURL: ds.URL, DefaultClient: keys})
	if err != nil {
		t.Fatal(err)
	}
	v := NewValidator(sdk.Auth, ds.ProjectID, keys, ValidatorOptions{})
	claims := ds.SessionClaims("U1", time.Minute)
	for i := 0; i < 300; i++ {
		token := ds.SignWithHeader(map[string]any{"alg": "RS256", "kid": fmt.Sprintf("random-%d", i)}, claims)
		if s, err := v.Validate(context.Background(), token); s != nil || err == nil {
			t.Fatalf("token with unknown kid accepted")
		}
	}
	if got := ds.KeyFetches(); got > 1 {
		t.Fatalf("300 unknown kids caused %d key fetches; want at most 1 per minute", got)
	}
	// A genuine token still validates, from the cached key set.
	if _, err := v.Validate(context.Background(), ds.SessionToken("U1", time.Minute, nil)); err != nil {
		t.Fatalf("valid token after the flood: %v", err)
	}
}

func TestKeysSurviveOutage(t *testing.T) {
	ds := descopetest.NewServer(t)
	clk := &clock{now: time.Now()}
	keys := NewKeySet(ds.URL, ds.ProjectID, KeySetOptions{Now: clk.Now, Timeout: time.Second})
	sdk, _ := client.NewWithConfig(&client.Config{ProjectID: ds.ProjectID, DescopeBaseURL: ds.URL, DefaultClient: keys})
	v := NewValidator(sdk.Auth, ds.ProjectID, keys, ValidatorOptions{Now: clk.Now})
	if err := keys.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	ds.SetDown(true)
	clk.now = clk.now.Add(2 * time.Minute) // the key set is stale: a refetch is due and fails
	if err := keys.Refresh(context.Background()); err != nil {
		t.Fatalf("refresh during outage with keys cached: %v", err)
	}
	if _, err := v.Validate(context.Background(), ds.SessionToken("U2", 10*time.Minute, nil)); err != nil {
		t.Fatalf("validation during an outage with cached keys: %v", err)
	}
	// The refetch runs in the background; wait for it to give up.
	for deadline := time.Now().Add(5 * time.Second); keys.LastFailure() == "" && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	if keys.LastFailure() == "" {
		t.Error("the failed refetch was not recorded")
	}
}

// With Descope accepting connections but never answering, and no keys yet,
// concurrent requests share one fetch and none waits longer than one fetch
// timeout (never two in a row).
func TestHangingDescopeCostsAtMostOneTimeout(t *testing.T) {
	ds := descopetest.NewServer(t)
	ds.SetHang(true)
	keys := NewKeySet(ds.URL, ds.ProjectID, KeySetOptions{Timeout: 500 * time.Millisecond, FailBackoff: 200 * time.Millisecond})
	sdk, _ := client.NewWithConfig(&client.Config{ProjectID: ds.ProjectID, DescopeBaseURL: ds.URL, DefaultClient: keys})
	v := NewValidator(sdk.Auth, ds.ProjectID, keys, ValidatorOptions{})
	token := ds.SessionToken("U4", time.Minute, nil)
	var wg sync.WaitGroup
	var slowest atomic.Int64
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(i) * 150 * time.Millisecond) // spread over several fetches and back-offs
			start := time.Now()
			if s, err := v.Validate(context.Background(), token); s != nil || !errors.Is(err, ErrUnavailable) {
				t.Errorf("during the hang: %v, %v", s, err)
			}
			if d := int64(time.Since(start)); d > slowest.Load() {
				slowest.Store(d)
			}
		}()
	}
	wg.Wait()
	// One fetch is 0.5 s; two in a row would be 1 s or more.
	if d := time.Duration(slowest.Load()); d >= 900*time.Millisecond {
		t.Fatalf("a request waited %v: longer than one fetch timeout", d)
	}
}

func TestOutageBeforeKeysIsFastAndFailsClosed(t *testing.T) {
	ds := descopetest.NewServer(t)
	ds.SetDown(true)
	keys := NewKeySet(ds.URL, ds.ProjectID, KeySetOptions{Timeout: time.Second})
	sdk, _ := client.NewWithConfig(&client.Config{ProjectID: ds.ProjectID, DescopeBaseURL: ds.URL, DefaultClient: keys})
	v := NewValidator(sdk.Auth, ds.ProjectID, keys, ValidatorOptions{})
	token := ds.SessionToken("U3", time.Minute, nil)
	for i := 0; i < 20; i++ {
		if s, err := v.Validate(context.Background(), token); s != nil || !errors.Is(err, ErrUnavailable) {
			t.Fatalf("attempt %d: %v, %v; want ErrUnavailable", i, s, err)
		}
	}
	if keys.Loaded() {
		t.Error("keys reported loaded during an outage")
	}
}

// A revoked refresh token replayed in a DSR cookie costs Descope one call,
// not one per request.
func TestRefreshRefusalsAreCached(t *testing.T) {
	sdk := &fakeDescope{err: descope.ErrRefreshToken.WithMessage("revoked")}
	v := NewValidator(sdk, project, loadedKeys(true), ValidatorOptions{})
	for i := 0; i < 5; i++ {
		if s, err := v.Refresh(context.Background(), testJWT); s != nil || !errors.Is(err, ErrInvalid) {
			t.Fatalf("revoked refresh: %v, %v", s, err)
		}
	}
	if sdk.calls.Load() != 1 {
		t.Fatalf("Descope called %d times for one revoked refresh token", sdk.calls.Load())
	}
}

// After a key rotation a token under the new kid must work as soon as the
// key set is refetched, so "unknown key" refusals are not remembered.
func TestUnknownKeyRefusalsAreNotCached(t *testing.T) {
	sdk := &fakeDescope{err: descope.ErrPublicKey.WithMessage("Required public key does not exist in key set")}
	v := NewValidator(sdk, project, loadedKeys(true), ValidatorOptions{})
	if _, err := v.Validate(context.Background(), testJWT); !errors.Is(err, ErrUnknownKey) {
		t.Fatalf("err = %v, want ErrUnknownKey", err)
	}
	sdk.err, sdk.tok = nil, sessionToken(nil)
	if _, err := v.Validate(context.Background(), testJWT); err != nil {
		t.Fatalf("after the key set caught up: %v", err)
	}
}

// A refresh token is never accepted as a session, even after it was used to
// refresh one (the two caches are separate).
func TestRefreshedSessionIsCachedButRefreshTokenIsNoSession(t *testing.T) {
	sdk := &fakeDescope{tok: sessionToken(nil)}
	v := NewValidator(sdk, project, loadedKeys(true), ValidatorOptions{})
	for i := 0; i < 3; i++ {
		if s, err := v.Refresh(context.Background(), "r.e.fresh"); s == nil || err != nil {
			t.Fatalf("refresh: %v, %v", s, err)
		}
	}
	if sdk.calls.Load() != 1 {
		t.Fatalf("Descope called %d times for one refresh token", sdk.calls.Load())
	}
	sdk.tok = sessionToken(func(t *descope.Token) { t.Claims["drn"] = "DSR" })
	if s, err := v.Validate(context.Background(), "r.e.fresh"); s != nil || err == nil {
		t.Fatal("a refresh token was accepted as a session from the refresh cache")
	}
}

// The cache is bounded by weight as well as by entries.
func TestCacheIsBoundedInBytes(t *testing.T) {
	const budget = 16 * 64 << 10 // 64 kB per shard
	c := newLRUCache[int](1_000_000, budget)
	future := time.Now().Add(time.Hour)
	for i := 0; i < 10_000; i++ {
		c.put(keyOf(fmt.Sprint(i)), i, future, 7_500)
	}
	if w := c.weight(); w > budget {
		t.Fatalf("cache weighs %d bytes, budget %d", w, budget)
	}
	if n := c.len(); n > budget/7_500 || n < budget/7_500/2 {
		t.Fatalf("%d entries of 7.5 kB in %d bytes", n, budget)
	}
	if _, ok := c.get(keyOf("9999"), time.Now(), "", nil); !ok {
		t.Error("most recent entry evicted")
	}
}

func TestCachedSessionsAreWeighedByTheirTokens(t *testing.T) {
	small := sessionToken(nil)
	big := sessionToken(nil)
	big.JWT = strings.Repeat("a", 7_500)
	s1, _ := NewSession(small, project)
	s2, _ := NewSession(big, project)
	if s2.Weight()-s1.Weight() < 7_500*parsedClaimsFactor {
		t.Fatalf("a 7.5 kB token weighs %d more than a tiny one", s2.Weight()-s1.Weight())
	}
	sdk := &fakeDescope{tok: small}
	v := NewValidator(sdk, project, loadedKeys(true), ValidatorOptions{VerifiedBytes: 16 << 20})
	s, err := v.Validate(context.Background(), testJWT)
	if err != nil {
		t.Fatal(err)
	}
	if w := v.verified.weight(); w != s.Weight() || w < int64(len(testJWT))*(1+parsedClaimsFactor) {
		t.Fatalf("the cache charges %d bytes for a session weighing %d", w, s.Weight())
	}
}

// The cache key is a 64-bit hash: it finds entries but never vouches for
// them. Two tokens made to share a key (here by planting one token's entries
// under the other's key) each get their own verdict, never the other's
// session.
func TestSharedCacheKeyNeverHandsOutAnotherTokensSession(t *testing.T) {
	ctx := context.Background()
	sdk := &fakeDescope{tok: sessionToken(func(t *descope.Token) { t.ID = "U-alice" })}
	v := NewValidator(sdk, project, loadedKeys(true), ValidatorOptions{})
	alice, mallory := testJWT, jwtHeader+".eyJzdWIiOiJVMiJ9.c2ln"
	s, err := v.Validate(ctx, alice)
	if err != nil {
		t.Fatal(err)
	}
	far := time.Now().Add(time.Hour)
	v.verified.put(keyOf(mallory), s, far, s.Weight())

	sdk.tok = sessionToken(func(t *descope.Token) { t.ID = "U-mallory" })
	got, err := v.Validate(ctx, mallory)
	if err != nil || got.UserID != "U-mallory" {
		t.Fatalf("mallory's token under alice's entry: %v, %v; want mallory's own session", got, err)
	}
	if sdk.calls.Load() != 2 {
		t.Fatalf("SDK called %d times; the planted entry must be a miss", sdk.calls.Load())
	}

	// The same for the refresh cache: a session refreshed with one refresh
	// token is not handed out for another one under the same key.
	sdk.tok = sessionToken(func(t *descope.Token) { t.ID = "U-alice" })
	fromAlice, err := v.Refresh(ctx, "alice.refresh.token")
	if err != nil {
		t.Fatal(err)
	}
	v.refreshed.put(keyOf("mallory.refresh.token"), refreshedSession{sha256.Sum256([]byte("alice.refresh.token")), fromAlice}, far, 0)
	sdk.err = descope.ErrRefreshToken.WithMessage("revoked")
	if s, err := v.Refresh(ctx, "mallory.refresh.token"); s != nil || !errors.Is(err, ErrInvalid) {
		t.Fatalf("mallory's refresh under alice's entry: %v, %v; want Descope's refusal", s, err)
	}
}

// ValidateAt judges expiry as of the time it is given (a request's arrival),
// unless the Validator runs on a clock of its own, which then decides.
func TestValidateAtUsesTheCallersClock(t *testing.T) {
	exp := time.Now().Add(time.Minute)
	sdk := &fakeDescope{tok: sessionToken(func(t *descope.Token) { t.Expiration = exp.Unix() })}
	v := NewValidator(sdk, project, loadedKeys(true), ValidatorOptions{})
	if _, err := v.ValidateAt(context.Background(), testJWT, time.Now()); err != nil {
		t.Fatal(err)
	}
	if _, err := v.ValidateAt(context.Background(), testJWT, exp.Add(time.Second)); !errors.Is(err, ErrExpired) {
		t.Fatal("a cached session was served past its exp as of the given time")
	}

	clk := &clock{now: time.Now()}
	own := NewValidator(&fakeDescope{tok: sessionToken(func(t *descope.Token) { t.Expiration = exp.Unix() })}, project, loadedKeys(true), ValidatorOptions{Now: clk.Now})
	if _, err := own.ValidateAt(context.Background(), testJWT, exp.Add(time.Hour)); err != nil {
		t.Fatalf("a Validator with its own clock followed the caller's: %v", err)
	}
}
