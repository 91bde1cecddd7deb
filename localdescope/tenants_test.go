package localdescope

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/descope/go-sdk/descope"
)

// The Go SDK's own calls: SelectTenantWithToken, user search by tenant,
// tenant load.
func TestSDKTenantSelectAndManagement(t *testing.T) {
	e := newEnv(t, Options{SeedUsers: true})
	ctx := context.Background()
	sdk := newSDK(t, e.srv.ProjectID(), e.ts.URL, "any-demo-key")
	admin, err := e.srv.SignIn(AdminLoginID)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("select a tenant of the user", func(t *testing.T) {
		info, err := sdk.Auth.SelectTenantWithToken(ctx, GlobexTenantID, admin.RefreshJWT)
		if err != nil {
			t.Fatalf("SelectTenantWithToken: %v", err)
		}
		if info.SessionToken.Claims["dct"] != GlobexTenantID || info.RefreshToken.Claims["dct"] != GlobexTenantID {
			t.Fatalf("dct = %v / %v", info.SessionToken.Claims["dct"], info.RefreshToken.Claims["dct"])
		}
		if !sdk.Auth.ValidateTenantRoles(ctx, info.SessionToken, GlobexTenantID, []string{"viewer"}) {
			t.Error("viewer role in Globex missing")
		}
		// A refresh under the new refresh token stays in Globex.
		ok, refreshed, err := sdk.Auth.RefreshSessionWithToken(ctx, info.RefreshToken.JWT)
		if err != nil || !ok || refreshed.Claims["dct"] != GlobexTenantID {
			t.Errorf("refreshed dct = %v (%v)", refreshed, err)
		}
	})
	t.Run("a tenant the user is not in is refused", func(t *testing.T) {
		viewer, _ := e.srv.SignIn(ViewerLoginID)
		_, err := sdk.Auth.SelectTenantWithToken(ctx, GlobexTenantID, viewer.RefreshJWT)
		var de *descope.Error
		if err == nil || !errors.As(err, &de) || de.Code != codeValidation {
			t.Fatalf("want a Descope validation error, got %v", err)
		}
		if _, err := sdk.Auth.SelectTenantWithToken(ctx, "T-nope", admin.RefreshJWT); err == nil {
			t.Error("unknown tenant selected")
		}
	})
	t.Run("users of a tenant", func(t *testing.T) {
		for _, tc := range []struct {
			tenant string
			want   []string
		}{
			{DemoTenantID, []string{AdminLoginID, ViewerLoginID}},
			{GlobexTenantID, []string{AdminLoginID}},
			{"T-nope", nil},
		} {
			users, total, err := sdk.Management.User().SearchAll(ctx, &descope.UserSearchOptions{TenantIDs: []string{tc.tenant}})
			if err != nil {
				t.Fatalf("SearchAll(%s): %v", tc.tenant, err)
			}
			var got []string
			for _, u := range users {
				got = append(got, u.Email)
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) || total != len(tc.want) {
				t.Errorf("SearchAll(%s) = %v (total %d), want %v", tc.tenant, got, total, tc.want)
			}
		}
		page, total, err := sdk.Management.User().SearchAll(ctx, &descope.UserSearchOptions{TenantIDs: []string{DemoTenantID}, Limit: 1, Page: 1})
		if err != nil || len(page) != 1 || total != 2 {
			t.Errorf("second page of one: %d users, total %d, %v", len(page), total, err)
		}
	})
	t.Run("tenant names", func(t *testing.T) {
		tenant, err := sdk.Management.Tenant().Load(ctx, GlobexTenantID)
		if err != nil || tenant.Name != "Globex" || tenant.ID != GlobexTenantID {
			t.Errorf("Load = %+v, %v", tenant, err)
		}
		all, err := sdk.Management.Tenant().LoadAll(ctx)
		if err != nil || len(all) != 2 || all[0].Name != "Acme" {
			t.Errorf("LoadAll = %v, %v", all, err)
		}
		if _, err := sdk.Management.Tenant().Load(ctx, "T-nope"); err == nil {
			t.Error("unknown tenant loaded")
		}
	})
	t.Run("management calls need a key", func(t *testing.T) {
		noKey := newSDK(t, e.srv.ProjectID(), e.ts.URL, "")
		if _, _, err := noKey.Management.User().SearchAll(ctx, nil); err == nil {
			t.Error("search without a management key answered")
		}
	})
}
