package localdescope

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/descope/go-sdk/descope"
)

// requestWithRefresh builds what the SDK's Me/Logout expect: a DSR cookie.
func requestWithRefresh(refresh string) *http.Request {
	r := httptest.NewRequest(http.MethodGet, "/", nil)
	r.AddCookie(&http.Cookie{Name: "DSR", Value: refresh})
	return r
}

// TestSDKOTPLifecycle walks the whole session life of a seeded user with
// the official SDK: send, verify, validate, refresh, me, logout.
func TestSDKOTPLifecycle(t *testing.T) {
	e := newEnv(t, Options{SeedUsers: true})
	ctx := context.Background()
	auth := e.sdk.Auth

	masked, err := auth.OTP().SignUpOrIn(ctx, descope.MethodEmail, AdminLoginID, nil)
	if err != nil {
		t.Fatalf("SignUpOrIn: %v", err)
	}
	if masked != "a***@example.com" {
		t.Errorf("masked email = %q", masked)
	}
	outbox := e.srv.Outbox()
	if len(outbox) != 1 || outbox[0].LoginID != AdminLoginID || len(outbox[0].Code) != 6 {
		t.Fatalf("outbox = %+v", outbox)
	}

	info, err := auth.OTP().VerifyCode(ctx, descope.MethodEmail, AdminLoginID, outbox[0].Code, nil)
	if err != nil {
		t.Fatalf("VerifyCode: %v", err)
	}
	if info.SessionToken == nil || info.RefreshToken == nil {
		t.Fatalf("VerifyCode did not classify both tokens: %+v", info)
	}
	if !info.FirstSeen || info.User == nil || info.User.Name != "Ada Admin" {
		t.Errorf("firstSeen=%v user=%+v", info.FirstSeen, info.User)
	}

	ok, session, err := auth.ValidateSessionWithToken(ctx, info.SessionToken.JWT)
	if err != nil || !ok {
		t.Fatalf("ValidateSessionWithToken: %v", err)
	}
	checks := map[string]bool{
		"drn is DS":             session.Claims["drn"] == "DS",
		"sub is the user":       session.ID == info.User.UserID && session.ID != "",
		"project from iss":      session.ProjectID == e.srv.ProjectID(),
		"name claim":            session.CustomClaim("name") == "Ada Admin",
		"email claim":           session.CustomClaim("email") == AdminLoginID,
		"amr email":             slices.Equal(session.AuthFactors(), []descope.AuthFactor{descope.AuthFactorEmail}),
		"no project role":       len(session.Claims["roles"].([]any)) == 0,
		"current tenant Acme":   session.Claims["dct"] == DemoTenantID,
		"tenant role":           auth.ValidateTenantRoles(ctx, session, DemoTenantID, []string{"admin"}),
		"tenant permission":     auth.ValidateTenantPermissions(ctx, session, DemoTenantID, []string{"billing:write"}),
		"viewer in Globex":      auth.ValidateTenantRoles(ctx, session, GlobexTenantID, []string{"viewer"}),
		"not admin in Globex":   !auth.ValidateTenantRoles(ctx, session, GlobexTenantID, []string{"admin"}),
		"refresh drn is DSR":    info.RefreshToken.Claims["drn"] == "DSR",
		"no cnf claim":          session.Claims["cnf"] == nil,
		"session outlives 40 s": session.Expiration-time.Now().Unix() > 40,
	}
	for name, passed := range checks {
		if !passed {
			t.Errorf("session check failed: %s (claims %v)", name, session.Claims)
		}
	}

	ok, refreshed, err := auth.RefreshSessionWithToken(ctx, info.RefreshToken.JWT)
	if err != nil || !ok || refreshed.Claims["drn"] != "DS" || refreshed.ID != session.ID {
		t.Fatalf("RefreshSessionWithToken: ok=%v err=%v", ok, err)
	}

	me, err := auth.Me(requestWithRefresh(info.RefreshToken.JWT))
	if err != nil {
		t.Fatalf("Me: %v", err)
	}
	if me.UserID != session.ID || me.Email != AdminLoginID || len(me.RoleNames) != 0 ||
		len(me.UserTenants) != 2 || me.UserTenants[0].TenantID != DemoTenantID || me.UserTenants[0].TenantName != "Acme" ||
		!slices.Equal(me.UserTenants[0].Roles, []string{"admin"}) || !slices.Equal(me.UserTenants[0].Permissions, []string{"billing:write"}) ||
		me.UserTenants[1].TenantID != GlobexTenantID || !slices.Equal(me.UserTenants[1].Roles, []string{"viewer"}) {
		t.Errorf("Me = %+v", me)
	}

	rec := httptest.NewRecorder()
	if err := auth.LogoutWithToken(info.RefreshToken.JWT, rec); err != nil {
		t.Fatalf("LogoutWithToken: %v", err)
	}
	_, _, err = auth.RefreshSessionWithToken(ctx, info.RefreshToken.JWT)
	if !errors.Is(err, descope.ErrTokenExpiredByLoggedOut) {
		t.Errorf("refresh after logout: want E064001, got %v", err)
	}
	if _, err := auth.Me(requestWithRefresh(info.RefreshToken.JWT)); !descope.IsUnauthorizedError(err) {
		t.Errorf("me after logout: want 401, got %v", err)
	}

	// A second sign-in of the same user is no longer "first seen".
	code := e.sendCode(AdminLoginID)
	again, err := auth.OTP().VerifyCode(ctx, descope.MethodEmail, AdminLoginID, code, nil)
	if err != nil || again.FirstSeen {
		t.Errorf("second verify: firstSeen=%v err=%v", again != nil && again.FirstSeen, err)
	}
}

func TestSDKOTPUnknownUserIsCreated(t *testing.T) {
	e := newEnv(t, Options{})
	ctx := context.Background()
	const who = "New.Person@Example.com"
	if _, err := e.sdk.Auth.OTP().SignUpOrIn(ctx, descope.MethodEmail, who, nil); err != nil {
		t.Fatal(err)
	}
	code, ok := e.srv.LastCode(who)
	if !ok {
		t.Fatal("LastCode should normalise the login ID like the sender")
	}
	info, err := e.sdk.Auth.OTP().VerifyCode(ctx, descope.MethodEmail, who, code, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !info.FirstSeen || info.User.Email != "new.person@example.com" || len(info.User.RoleNames) != 0 {
		t.Errorf("new user = %+v firstSeen=%v", info.User, info.FirstSeen)
	}
	if _, has := info.SessionToken.Claims["tenants"]; has {
		t.Error("a user without tenants must get no tenants claim")
	}
}

func TestSDKWrongCode(t *testing.T) {
	e := newEnv(t, Options{})
	ctx := context.Background()
	const who = "guesser@example.com"
	otp := e.sdk.Auth.OTP()

	t.Run("wrong code is refused", func(t *testing.T) {
		code := e.sendCode(who)
		_, err := otp.VerifyCode(ctx, descope.MethodEmail, who, otherCode(code), nil)
		if !errors.Is(err, descope.ErrInvalidOneTimeCode) || !descope.IsUnauthorizedError(err) {
			t.Fatalf("want 401 E061102, got %v", err)
		}
		if _, err := otp.VerifyCode(ctx, descope.MethodEmail, who, code, nil); err != nil {
			t.Fatalf("right code after one miss: %v", err)
		}
		if _, err := otp.VerifyCode(ctx, descope.MethodEmail, who, code, nil); !errors.Is(err, descope.ErrInvalidOneTimeCode) {
			t.Fatalf("a code is single-use; got %v", err)
		}
	})

	t.Run("five wrong guesses void the code", func(t *testing.T) {
		code := e.sendCode(who)
		for i := range otpMaxAttempts {
			_, err := otp.VerifyCode(ctx, descope.MethodEmail, who, otherCode(code), nil)
			if err == nil {
				t.Fatalf("guess %d accepted", i+1)
			}
		}
		_, err := otp.VerifyCode(ctx, descope.MethodEmail, who, code, nil)
		if !descope.IsError(err, codeTooManyAttempts) {
			t.Fatalf("right code after 5 misses: want E061103, got %v", err)
		}
		// A fresh code works again.
		if _, err := otp.VerifyCode(ctx, descope.MethodEmail, who, e.sendCode(who), nil); err != nil {
			t.Fatalf("fresh code: %v", err)
		}
	})

	t.Run("code expires after five minutes", func(t *testing.T) {
		code := e.sendCode(who)
		e.clock.Advance(otpTTL)
		if _, err := otp.VerifyCode(ctx, descope.MethodEmail, who, code, nil); !errors.Is(err, descope.ErrInvalidOneTimeCode) {
			t.Fatalf("expired code: want E061102, got %v", err)
		}
	})
}

func TestSDKPassword(t *testing.T) {
	e := newEnv(t, Options{})
	ctx := context.Background()
	pw := e.sdk.Auth.Password()
	const who, secret = "mallory@example.com", "correct horse"
	const hostile = `<img src=x onerror=alert(1)>`

	info, err := pw.SignUp(ctx, who, &descope.User{Name: hostile}, secret, nil)
	if err != nil {
		t.Fatalf("SignUp: %v", err)
	}
	if got := info.SessionToken.CustomClaim("name"); got != hostile {
		t.Errorf("name claim = %q, want the raw hostile name", got)
	}
	if !info.FirstSeen || !slices.Equal(info.SessionToken.AuthFactors(), []descope.AuthFactor{descope.AuthFactorPassword}) {
		t.Errorf("firstSeen=%v amr=%v", info.FirstSeen, info.SessionToken.AuthFactors())
	}

	if _, err := pw.SignUp(ctx, who, nil, "other", nil); !errors.Is(err, descope.ErrUserAlreadyExists) {
		t.Errorf("second sign-up: want E062107, got %v", err)
	}
	if _, err := pw.SignIn(ctx, who, "wrong", nil); !descope.IsUnauthorizedError(err) {
		t.Errorf("wrong password: want 401, got %v", err)
	}
	if _, err := pw.SignIn(ctx, "nobody@example.com", secret, nil); !descope.IsUnauthorizedError(err) {
		t.Errorf("unknown user: want 401, got %v", err)
	}
	in, err := pw.SignIn(ctx, who, secret, nil)
	if err != nil {
		t.Fatalf("SignIn: %v", err)
	}
	if in.FirstSeen || in.User.Name != hostile || !in.User.Password {
		t.Errorf("sign-in user = %+v firstSeen=%v", in.User, in.FirstSeen)
	}
}

func TestSDKPasswordGuessLimit(t *testing.T) {
	e := newEnv(t, Options{})
	ctx := context.Background()
	pw := e.sdk.Auth.Password()
	if _, err := pw.SignUp(ctx, "p@example.com", nil, "right", nil); err != nil {
		t.Fatal(err)
	}
	for range passwordFailLimit {
		if _, err := pw.SignIn(ctx, "p@example.com", "wrong", nil); !descope.IsUnauthorizedError(err) {
			t.Fatalf("wrong password: %v", err)
		}
	}
	_, err := pw.SignIn(ctx, "p@example.com", "right", nil)
	if !errors.Is(err, descope.ErrRateLimitExceeded) {
		t.Fatalf("after %d misses: want E130429, got %v", passwordFailLimit, err)
	}
	// Raw call: after advancing the fake clock the SDK would see iat in the future.
	e.clock.Advance(passwordFailWindow)
	if r := e.do("POST", "/v1/auth/password/signin", e.bearer(""), `{"loginId":"p@example.com","password":"right"}`); r.status != http.StatusOK {
		t.Fatalf("after the window: %d %s", r.status, r.raw)
	}
}

func TestSDKLogoutAll(t *testing.T) {
	e := newEnv(t, Options{SeedUsers: true})
	ctx := context.Background()
	first, second := e.signIn(AdminLoginID), e.signIn(AdminLoginID)
	other := e.signIn(ViewerLoginID)

	if err := e.sdk.Auth.LogoutAllWithToken(first.RefreshJWT, nil); err != nil {
		t.Fatalf("LogoutAllWithToken: %v", err)
	}
	for name, tok := range map[string]string{"first": first.RefreshJWT, "second": second.RefreshJWT} {
		if _, _, err := e.sdk.Auth.RefreshSessionWithToken(ctx, tok); !errors.Is(err, descope.ErrTokenExpiredByLoggedOut) {
			t.Errorf("%s token after logoutall: want E064001, got %v", name, err)
		}
	}
	if _, _, err := e.sdk.Auth.RefreshSessionWithToken(ctx, other.RefreshJWT); err != nil {
		t.Errorf("another user's session must survive: %v", err)
	}
	// Signing in again in the same second yields a working session.
	fresh := e.signIn(AdminLoginID)
	if _, _, err := e.sdk.Auth.RefreshSessionWithToken(ctx, fresh.RefreshJWT); err != nil {
		t.Errorf("fresh sign-in after logoutall: %v", err)
	}
}

func TestKeyFilePersistsAcrossRestart(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "emulator-key.pem")
	before := newEnv(t, Options{KeyFile: path, SeedUsers: true})
	info := before.signIn(AdminLoginID)
	kid := jwtPart(t, info.SessionJWT, 0)["kid"]

	fi, err := os.Stat(path)
	if err != nil {
		t.Fatalf("key file not written: %v", err)
	}
	if perm := fi.Mode().Perm(); perm != 0o600 {
		t.Errorf("key file mode = %o, want 600", perm)
	}

	after := newEnv(t, Options{KeyFile: path, SeedUsers: true})
	keys := after.do("GET", "/v2/keys/"+after.srv.ProjectID(), after.bearer(""), "")
	published := keys.body["keys"].([]any)[0].(map[string]any)
	if published["kid"] != kid {
		t.Errorf("kid changed across restart: %v -> %v", kid, published["kid"])
	}
	if ok, _, err := after.sdk.Auth.ValidateSessionWithToken(ctx, info.SessionJWT); !ok || err != nil {
		t.Errorf("old session against restarted server: %v", err)
	}
	// Seeded users keep their ID, so the old refresh token still works.
	if _, _, err := after.sdk.Auth.RefreshSessionWithToken(ctx, info.RefreshJWT); err != nil {
		t.Errorf("old refresh against restarted server: %v", err)
	}

	fresh := newEnv(t, Options{KeyFile: filepath.Join(t.TempDir(), "other.pem")})
	if ok, _, err := fresh.sdk.Auth.ValidateSessionWithToken(ctx, info.SessionJWT); ok || err == nil {
		t.Error("a server with a different key must not validate the token")
	}
}

func TestBadKeyFileIsAnError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "broken.pem")
	if err := os.WriteFile(path, []byte("not a key"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := New(Options{KeyFile: path}); err == nil {
		t.Fatal("New must refuse an unreadable key file rather than replace it")
	}
	if data, _ := os.ReadFile(path); string(data) != "not a key" {
		t.Error("the bad key file was overwritten")
	}
}

func TestTTLExpiry(t *testing.T) {
	ctx := context.Background()

	t.Run("session expires after SessionTTL", func(t *testing.T) {
		// The SDK checks exp against the real clock, so mint in the past.
		clock := newFakeClock(time.Now().Add(-10 * time.Minute))
		e := newEnv(t, Options{Now: clock.Now, SessionTTL: 5 * time.Minute})
		info := e.signIn("late@example.com")
		_, _, err := e.sdk.Auth.ValidateSessionWithToken(ctx, info.SessionJWT)
		if !errors.Is(err, descope.ErrInvalidToken) || descope.AsError(err).Message != "Token has expired" {
			t.Fatalf("want ErrInvalidToken 'Token has expired', got %v", err)
		}
	})

	t.Run("refresh expires after RefreshTTL", func(t *testing.T) {
		e := newEnv(t, Options{SessionTTL: time.Minute, RefreshTTL: time.Hour})
		info := e.signIn("long@example.com")
		if info.RefreshExpiration-info.SessionExpiration != int64((time.Hour - time.Minute).Seconds()) {
			t.Errorf("expirations: session %d refresh %d", info.SessionExpiration, info.RefreshExpiration)
		}
		e.clock.Advance(59 * time.Minute)
		if r := e.do("POST", "/v1/auth/refresh", e.bearer(info.RefreshJWT), ""); r.status != http.StatusOK {
			t.Fatalf("refresh before RefreshTTL: %d %s", r.status, r.raw)
		}
		e.clock.Advance(2 * time.Minute)
		_, _, err := e.sdk.Auth.RefreshSessionWithToken(ctx, info.RefreshJWT)
		if !descope.IsUnauthorizedError(err) {
			t.Fatalf("refresh after RefreshTTL: want 401, got %v", err)
		}
	})
}

func TestSDKManagementUserLoad(t *testing.T) {
	e := newEnv(t, Options{SeedUsers: true})
	ctx := context.Background()
	mgmt := newSDK(t, e.srv.ProjectID(), e.ts.URL, "any-demo-key").Management.User()

	u, err := mgmt.Load(ctx, AdminLoginID)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if u.Name != "Ada Admin" || len(u.RoleNames) != 0 || len(u.UserTenants) != 2 || u.UserTenants[1].TenantName != "Globex" {
		t.Errorf("Load = %+v", u)
	}
	byID, err := mgmt.Load(ctx, u.UserID)
	if err != nil || byID.Email != AdminLoginID {
		t.Errorf("Load by user ID: %+v %v", byID, err)
	}
	if _, err := mgmt.Load(ctx, "ghost@example.com"); !errors.Is(err, descope.ErrManagementUserNotFound) {
		t.Errorf("unknown user: want E112102, got %v", err)
	}
}
