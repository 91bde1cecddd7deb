package localdescope

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/descope/go-sdk/descope"
)

// TestSDKStepUp is what the Go SDK sends for a step-up: OTP SignIn with
// LoginOptions{Stepup: true} and the refresh token, then VerifyCode.
func TestSDKStepUp(t *testing.T) {
	e := newEnv(t, Options{SeedUsers: true})
	ctx := context.Background()
	admin := e.signIn(AdminLoginID)
	// An ordinary session, in Globex (the tenant must survive the step-up).
	selected := e.do("POST", "/v1/auth/tenant/select", e.bearer(admin.RefreshJWT), `{"tenant":"`+GlobexTenantID+`"}`)
	refresh := selected.body["refreshJwt"].(string)
	if jwtPart(t, selected.body["sessionJwt"].(string), 1)["su"] != nil {
		t.Fatal("an ordinary session carries su")
	}
	e.clock.Advance(3 * time.Second)

	if _, err := e.sdk.Auth.OTP().SignIn(ctx, descope.MethodEmail, AdminLoginID, requestWithRefresh(refresh), &descope.LoginOptions{Stepup: true}); err != nil {
		t.Fatalf("SignIn stepup: %v", err)
	}
	code, _ := e.srv.LastCode(AdminLoginID)
	info, err := e.sdk.Auth.OTP().VerifyCode(ctx, descope.MethodEmail, AdminLoginID, code, nil)
	if err != nil {
		t.Fatalf("VerifyCode: %v", err)
	}
	claims := jwtPart(t, info.SessionToken.JWT, 1)
	if claims["su"] != true || claims["dct"] != GlobexTenantID || int64(claims["iat"].(float64)) != e.clock.Now().Unix() {
		t.Fatalf("stepped-up claims = %v", claims)
	}
	ok, tok, err := e.sdk.Auth.ValidateSessionWithToken(ctx, info.SessionToken.JWT)
	if !ok || err != nil || tok.Claims["su"] != true {
		t.Fatalf("the SDK does not accept the step-up session: %v", err)
	}

	// Sessions refreshed under the new refresh token keep su and dct, and
	// never outlive the step-up; after it, refreshes are ordinary again.
	e.clock.Advance(time.Minute)
	r := e.do("POST", "/v1/auth/refresh", e.bearer(info.RefreshToken.JWT), "")
	c := jwtPart(t, r.body["sessionJwt"].(string), 1)
	if c["su"] != true || c["dct"] != GlobexTenantID {
		t.Fatalf("refreshed step-up claims = %v", c)
	}
	e.clock.Advance(StepUpTTL - 2*time.Minute)
	c = jwtPart(t, e.do("POST", "/v1/auth/refresh", e.bearer(info.RefreshToken.JWT), "").body["sessionJwt"].(string), 1)
	if c["su"] != true || int64(c["exp"].(float64)) > e.clock.Now().Add(time.Minute).Unix() {
		t.Fatalf("a step-up session outlives the step-up: %v", c)
	}
	e.clock.Advance(2 * time.Minute)
	c = jwtPart(t, e.do("POST", "/v1/auth/refresh", e.bearer(info.RefreshToken.JWT), "").body["sessionJwt"].(string), 1)
	if c["su"] != nil || c["dct"] != GlobexTenantID {
		t.Fatalf("after the step-up window: %v", c)
	}
}

func TestStepUpRefusals(t *testing.T) {
	e := newEnv(t, Options{SeedUsers: true})
	admin := e.signIn(AdminLoginID)
	viewer := e.signIn(ViewerLoginID)
	revoked := e.signIn(AdminLoginID)
	e.do("POST", "/v1/auth/logout", e.bearer(revoked.RefreshJWT), "")
	body := `{"loginId":"` + AdminLoginID + `","loginOptions":{"stepup":true}}`
	for _, tc := range []struct {
		name, auth, code string
		status           int
	}{
		{"no refresh token", e.bearer(""), codeInvalidRefresh, http.StatusUnauthorized},
		{"another user's refresh token", e.bearer(viewer.RefreshJWT), codeInvalidRefresh, http.StatusUnauthorized},
		{"a revoked refresh token", e.bearer(revoked.RefreshJWT), codeLoggedOut, http.StatusUnauthorized},
		{"a session token", e.bearer(admin.SessionJWT), codeInvalidRefresh, http.StatusUnauthorized},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := len(e.srv.Outbox())
			r := e.do("POST", "/v1/auth/otp/signin/email", tc.auth, body)
			if r.status != tc.status || r.errorCode() != tc.code {
				t.Errorf("got %d %s, want %d %s", r.status, r.raw, tc.status, tc.code)
			}
			if len(e.srv.Outbox()) != before {
				t.Error("a refused step-up sent a code")
			}
		})
	}
	t.Run("expired refresh token", func(t *testing.T) {
		e := newEnv(t, Options{SeedUsers: true, RefreshTTL: time.Hour})
		old := e.signIn(AdminLoginID)
		e.clock.Advance(2 * time.Hour)
		r := e.do("POST", "/v1/auth/otp/signin/email", e.bearer(old.RefreshJWT), body)
		if r.status != http.StatusUnauthorized || r.errorCode() != codeInvalidRefresh {
			t.Errorf("got %d %s", r.status, r.raw)
		}
	})
	t.Run("revoked between send and verify", func(t *testing.T) {
		s := e.signIn(AdminLoginID)
		if r := e.do("POST", "/v1/auth/otp/signin/email", e.bearer(s.RefreshJWT), body); r.status != http.StatusOK {
			t.Fatalf("send: %d %s", r.status, r.raw)
		}
		code, _ := e.srv.LastCode(AdminLoginID)
		e.do("POST", "/v1/auth/logoutall", e.bearer(s.RefreshJWT), "")
		r := e.do("POST", "/v1/auth/otp/verify/email", e.bearer(""), `{"loginId":"`+AdminLoginID+`","code":"`+code+`"}`)
		if r.status != http.StatusUnauthorized || r.errorCode() != codeLoggedOut {
			t.Errorf("got %d %s", r.status, r.raw)
		}
	})
	t.Run("the Go SDK refuses without a refresh token", func(t *testing.T) {
		_, err := e.sdk.Auth.OTP().SignIn(context.Background(), descope.MethodEmail, AdminLoginID, requestWithRefresh(""), &descope.LoginOptions{Stepup: true})
		if !errors.Is(err, descope.ErrInvalidStepUpJWT) {
			t.Errorf("err = %v", err)
		}
	})
}

// startStepUp starts the step-up flow as <descope-wc> does with a stored
// refresh token.
func (f *flow) startStepUp(t *testing.T, refresh string) reply {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"flowId": "step-up", "interactionId": "", "input": map[string]any{}, "options": map[string]any{}})
	return f.record(t, f.e.do("POST", "/v1/flow/start", f.e.bearer(refresh), string(body)))
}

func TestFlowStepUp(t *testing.T) {
	e := newEnv(t, Options{SeedUsers: true})
	admin := e.signIn(AdminLoginID)
	f := &flow{e: e}
	r := f.startStepUp(t, admin.RefreshJWT)
	id, state := screen(t, r)
	if id != screenStepUpCode.id || state["sentTo"].(map[string]any)["email"] != maskEmail(AdminLoginID) {
		t.Fatalf("first screen %s %v", id, state)
	}
	if _, leaked := state["refreshJwt"]; leaked || strings.Contains(r.raw, admin.RefreshJWT) {
		t.Fatal("the screen state carries the refresh token")
	}
	code, ok := e.srv.LastCode(AdminLoginID)
	if !ok {
		t.Fatal("no code was sent to the user's own email")
	}
	if id, state := screen(t, f.next(t, interactionCodeField, map[string]any{"code": otherCode(code)})); id != screenStepUpCode.id || state["errorText"] != textWrongCode {
		t.Fatalf("wrong code: %s %v", id, state)
	}
	done := f.next(t, interactionCodeField, map[string]any{"code": code})
	if done.body["status"] != "completed" {
		t.Fatalf("not completed: %s", done.raw)
	}
	authInfo := done.body["authInfo"].(map[string]any)
	claims := jwtPart(t, authInfo["sessionJwt"].(string), 1)
	if claims["su"] != true || claims["dct"] != DemoTenantID || claims["sub"] != admin.User.UserID {
		t.Fatalf("claims %v", claims)
	}
	if authInfo["refreshJwt"] == admin.RefreshJWT || authInfo["refreshJwt"] == "" {
		t.Fatal("no new refresh token")
	}

	viewer := e.signIn(ViewerLoginID)
	e.do("POST", "/v1/auth/logout", e.bearer(viewer.RefreshJWT), "")
	for name, refresh := range map[string]string{"guest": "", "revoked": viewer.RefreshJWT, "garbage": "x.y.z"} {
		if r := (&flow{e: e}).startStepUp(t, refresh); r.status != http.StatusUnauthorized {
			t.Errorf("%s: step-up flow started: %d %s", name, r.status, r.raw)
		}
	}
}

func TestFlowConfigListsStepUp(t *testing.T) {
	e := newEnv(t, Options{})
	_, body := get(t, e, "/pages/"+e.srv.ProjectID()+"/v2-beta/config.json", false)
	var cfg struct {
		Flows map[string]map[string]any `json:"flows"`
	}
	if err := json.Unmarshal(body, &cfg); err != nil {
		t.Fatal(err)
	}
	su, ok := cfg.Flows["step-up"]
	if !ok {
		t.Fatalf("config.json flows = %v", cfg.Flows)
	}
	if _, has := su["startScreenId"]; has {
		t.Error("step-up has a start screen: the component would not start it (and send the code) at once")
	}
	if cfg.Flows["sign-up-or-in"]["startScreenId"] != screenEmail.id {
		t.Error("sign-up-or-in lost its start screen")
	}
	if r, _ := get(t, e, "/pages/"+e.srv.ProjectID()+"/v2-beta/"+screenStepUpCode.id+".html", false); r.StatusCode != http.StatusOK {
		t.Errorf("step-up screen: %d", r.StatusCode)
	}
}

func TestSDKTenantRoles(t *testing.T) {
	e := newEnv(t, Options{SeedUsers: true})
	mgmt := newSDK(t, e.srv.ProjectID(), e.ts.URL, "any-key").Management.User()
	ctx := context.Background()
	viewer := e.signIn(ViewerLoginID)
	rolesIn := func(u *descope.UserResponse, tenant string) []string {
		for _, t := range u.UserTenants {
			if t.TenantID == tenant {
				return t.Roles
			}
		}
		return nil
	}
	u, err := mgmt.AddTenantRoles(ctx, viewer.User.UserID, DemoTenantID, []string{"admin"})
	if err != nil || !slices.Equal(rolesIn(u, DemoTenantID), []string{"viewer", "admin"}) {
		t.Fatalf("AddTenantRoles: %v %+v", err, u)
	}
	// The viewer's next refresh carries the role and its permission.
	c := jwtPart(t, e.do("POST", "/v1/auth/refresh", e.bearer(viewer.RefreshJWT), "").body["sessionJwt"].(string), 1)
	acme := c["tenants"].(map[string]any)[DemoTenantID].(map[string]any)
	if !slices.Contains(acme["roles"].([]any), any("admin")) || !slices.Contains(acme["permissions"].([]any), any("billing:write")) {
		t.Fatalf("refreshed tenant claims %v", acme)
	}
	loaded, _ := mgmt.Load(ctx, ViewerLoginID)
	if !slices.Contains(rolesIn(loaded, DemoTenantID), "admin") {
		t.Fatal("Load does not show the new role")
	}
	u, err = mgmt.RemoveTenantRoles(ctx, ViewerLoginID, DemoTenantID, []string{"admin"})
	if err != nil || !slices.Equal(rolesIn(u, DemoTenantID), []string{"viewer"}) {
		t.Fatalf("RemoveTenantRoles: %v %+v", err, u)
	}
	if _, err := mgmt.AddTenantRoles(ctx, "U-nobody", DemoTenantID, []string{"admin"}); !errors.Is(err, descope.ErrManagementUserNotFound) {
		t.Errorf("unknown user: %v", err)
	}
	if _, err := mgmt.AddTenantRoles(ctx, viewer.User.UserID, GlobexTenantID, []string{"admin"}); err == nil {
		t.Error("a role in a tenant the user is not in was granted")
	}
	if _, err := mgmt.AddTenantRoles(ctx, viewer.User.UserID, DemoTenantID, []string{"owner"}); err == nil {
		t.Error("an unknown role was granted")
	}
	if r := e.do("POST", "/v2/mgmt/user/update/role/add", e.bearer(""), `{"loginId":"`+ViewerLoginID+`","tenantId":"T-acme","roleNames":["admin"]}`); r.status != http.StatusUnauthorized {
		t.Errorf("no management key: %d", r.status)
	}
}
