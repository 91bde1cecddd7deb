package authz

import (
	"errors"
	"net/http/httptest"
	"testing"

	"github.com/descope/go-sdk/descope"
	"github.com/gofiber/fiber/v2"
	"github.com/valyala/fasthttp"

	"github.com/descope-htmx/descope-htmx/auth"
)

// session builds a Session as auth.NewSession would, from claims.
func session(claims map[string]any, roles, perms []string, tenants ...auth.Tenant) *auth.Session {
	return &auth.Session{UserID: "U1", Roles: roles, Permissions: perms, Tenants: tenants, Token: &descope.Token{ID: "U1", Claims: claims}}
}

var (
	acmeAdmin    = auth.Tenant{ID: "T-acme", Roles: []string{"admin"}, Permissions: []string{"billing:write"}}
	globexViewer = auth.Tenant{ID: "T-globex", Roles: []string{"viewer"}}
)

func TestScopeOf(t *testing.T) {
	for _, tc := range []struct {
		name       string
		s          *auth.Session
		tenant     string
		admin      bool
		billing    bool
		projectAdm bool
	}{
		{"no session", nil, "", false, false, false},
		{"project roles only", session(nil, []string{"admin"}, nil), "", true, false, true},
		{"dct picks the tenant", session(map[string]any{"dct": "T-acme"}, nil, nil, acmeAdmin, globexViewer), "T-acme", true, true, false},
		{"dct ignores project roles", session(map[string]any{"dct": "T-globex"}, []string{"admin"}, nil, acmeAdmin, globexViewer), "T-globex", false, false, false},
		{"dct without tenants claim: top-level arrays are the tenant's", session(map[string]any{"dct": "T-x"}, []string{"admin"}, []string{"billing:write"}), "T-x", true, true, false},
		{"dct naming a tenant the token lacks grants nothing", session(map[string]any{"dct": "T-other"}, []string{"admin"}, nil, acmeAdmin), "T-other", false, false, false},
		{"one tenant, no dct: in it", session(nil, nil, nil, acmeAdmin), "T-acme", true, true, false},
		{"two tenants, no dct: project", session(nil, []string{"viewer"}, nil, acmeAdmin, globexViewer), "", false, false, false},
		{"non-string dct is no dct (the SDK's GetTenants panics)", session(map[string]any{"dct": 42}, []string{"admin"}, nil, acmeAdmin, globexViewer), "", true, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sc := ScopeOf(tc.s)
			if sc.TenantID != tc.tenant || sc.HasRole("admin") != tc.admin || sc.HasPermission("billing:write") != tc.billing {
				t.Errorf("scope = %+v; want tenant %q admin %v billing %v", sc, tc.tenant, tc.admin, tc.billing)
			}
			if tc.projectAdm != (sc.TenantID == "" && sc.HasRole("admin")) {
				t.Errorf("project admin = %v", !tc.projectAdm)
			}
		})
	}
}

func TestEmptyRequirementsGrantNothing(t *testing.T) {
	sc := ScopeOf(session(nil, []string{"admin"}, []string{"p"}))
	if sc.HasRole() || sc.HasPermission() {
		t.Error("an empty requirement was met (the SDK's ValidateRoles trap)")
	}
	for name, build := range map[string]func(){
		"RequireRole()":           func() { RequireRole() },
		"RequireRole(\"\")":       func() { RequireRole("") },
		"RequirePermission()":     func() { RequirePermission() },
		"RequirePermission(\"\")": func() { RequirePermission("admin", "") },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s built a guard that requires nothing", name)
				}
			}()
			build()
		}()
	}
}

func TestTenantName(t *testing.T) {
	s := session(map[string]any{"tenants": map[string]any{
		"T-a": map[string]any{"name": "Acme"},
		"T-b": map[string]any{"tenantName": "Beta"},
		"T-c": map[string]any{"name": 7},
		"T-d": "odd",
	}}, nil, nil)
	for id, want := range map[string]string{"T-a": "Acme", "T-b": "Beta", "T-c": "", "T-d": "", "T-z": ""} {
		if got := TenantName(s, id); got != want {
			t.Errorf("TenantName(%s) = %q, want %q", id, got, want)
		}
	}
}

// TestGuardOutcomes runs every guard against every kind of visitor and checks
// the typed error each refusal carries.
func TestGuardOutcomes(t *testing.T) {
	admin := session(map[string]any{"dct": "T-acme"}, nil, nil, acmeAdmin, globexViewer)
	viewer := session(map[string]any{"dct": "T-globex"}, nil, nil, acmeAdmin, globexViewer)
	type visitor struct {
		s   *auth.Session
		err error
	}
	guest := visitor{nil, auth.ErrNoToken}
	badToken := visitor{nil, auth.ErrInvalid}
	down := visitor{nil, auth.ErrUnavailable}
	for _, tc := range []struct {
		name string
		cfg  Config
		who  visitor
		want string // "ok", "signin", "unavailable", "forbidden:<kind>:<missing>:<tenant>"
	}{
		{"session/guest", Config{}, guest, "signin"},
		{"session/bad token", Config{}, badToken, "signin"},
		{"session/descope down", Config{}, down, "unavailable"},
		{"session/viewer", Config{}, visitor{viewer, nil}, "ok"},
		{"role/guest", Config{Roles: []string{"admin"}}, guest, "signin"},
		{"role/down", Config{Roles: []string{"admin"}}, down, "unavailable"},
		{"role/admin in Acme", Config{Roles: []string{"admin"}}, visitor{admin, nil}, "ok"},
		{"role/viewer in Globex", Config{Roles: []string{"admin"}}, visitor{viewer, nil}, "forbidden:role:admin:T-globex"},
		{"role/all of two", Config{Roles: []string{"admin", "owner"}}, visitor{admin, nil}, "forbidden:role:owner:T-acme"},
		{"permission/admin in Acme", Config{Permissions: []string{"billing:write"}}, visitor{admin, nil}, "ok"},
		{"permission/viewer in Globex", Config{Permissions: []string{"billing:write"}}, visitor{viewer, nil}, "forbidden:permission:billing:write:T-globex"},
		{"permission/guest", Config{Permissions: []string{"billing:write"}}, guest, "signin"},
		{"next skips", Config{Roles: []string{"admin"}, Next: func(*fiber.Ctx) bool { return true }}, guest, "ok"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got string
			app := fiber.New(fiber.Config{ErrorHandler: func(c *fiber.Ctx, err error) error {
				var fe *ForbiddenError
				var ue *UnavailableError
				switch {
				case errors.Is(err, ErrSignInRequired):
					got = "signin"
				case errors.As(err, &ue):
					got = "unavailable"
					if ue.RetryAfter <= 0 {
						t.Error("unavailable without Retry-After")
					}
				case errors.As(err, &fe):
					got = "forbidden:" + fe.Kind + ":" + fe.Missing + ":" + fe.TenantID
				default:
					got = "other: " + err.Error()
				}
				return c.SendStatus(599)
			}})
			cfg := tc.cfg
			cfg.Session = func(*fiber.Ctx) (*auth.Session, error) { return tc.who.s, tc.who.err }
			app.Get("/", New(cfg), func(c *fiber.Ctx) error {
				got = "ok"
				return nil
			})
			if _, err := app.Test(httptest.NewRequest("GET", "/", nil)); err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}

// serveWith serves GET / through handlers, as Fiber does for each request.
func serveWith(handlers ...fiber.Handler) func() {
	app := fiber.New()
	app.Get("/", append(handlers, func(*fiber.Ctx) error { return nil })...)
	serve := app.Handler()
	var ctx fasthttp.RequestCtx
	ctx.Request.SetRequestURI("/")
	return func() {
		serve(&ctx)
		if ctx.Response.StatusCode() != 200 {
			panic("guard refused")
		}
	}
}

func cachedAdminGuard() fiber.Handler {
	s := session(map[string]any{"dct": "T-acme"}, nil, nil, acmeAdmin, globexViewer)
	return New(Config{Roles: []string{"admin"}, Permissions: []string{"billing:write"},
		Session: func(*fiber.Ctx) (*auth.Session, error) { return s, nil }})
}

// BenchmarkGuardCachedSession: the guard path on a session already in hand
// (a cached session hit) allocates nothing; compare with "no guard".
func BenchmarkGuardCachedSession(b *testing.B) {
	for name, serve := range map[string]func(){"no guard": serveWith(), "role+permission guard": serveWith(cachedAdminGuard())} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				serve()
			}
		})
	}
}

func TestGuardAddsNoAllocation(t *testing.T) {
	without := testing.AllocsPerRun(200, serveWith())
	with := testing.AllocsPerRun(200, serveWith(cachedAdminGuard()))
	if with > without {
		t.Errorf("the guard adds %v allocations per request", with-without)
	}
}
