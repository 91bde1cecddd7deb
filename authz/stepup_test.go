package authz

import (
	"encoding/base64"
	"errors"
	"fmt"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/descope-htmx/descope-htmx/auth"
)

// jwtWith is a token whose payload is payload (signature not checked here:
// the SDK verified it before the guard runs).
func jwtWith(payload string) string {
	enc := base64.RawURLEncoding.EncodeToString
	return enc([]byte(`{"alg":"RS256"}`)) + "." + enc([]byte(payload)) + ".sig"
}

func TestRequireStepUp(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	stepped := func(su any, iat time.Time) *auth.Session {
		s := session(map[string]any{"dct": "T-acme"}, nil, nil, acmeAdmin)
		if su != nil {
			s.Token.Claims["su"] = su
		}
		s.Token.JWT = jwtWith(fmt.Sprintf(`{"sub":"U1","iat":%d}`, iat.Unix()))
		return s
	}
	noIat := stepped(true, now)
	noIat.Token.JWT = jwtWith(`{"sub":"U1"}`)
	for _, tc := range []struct {
		name string
		s    *auth.Session
		err  error
		want string // ok, stepup, signin, unavailable
	}{
		{"no su claim", stepped(nil, now), nil, "stepup"},
		{"su false", stepped(false, now), nil, "stepup"},
		{"su as a string is not su", stepped("true", now), nil, "stepup"},
		{"su too old", stepped(true, now.Add(-11*time.Minute)), nil, "stepup"},
		{"su fresh", stepped(true, now.Add(-30*time.Second)), nil, "ok"},
		{"su exactly at max age", stepped(true, now.Add(-10*time.Minute)), nil, "ok"},
		{"su from the far future", stepped(true, now.Add(time.Hour)), nil, "stepup"},
		{"su without iat", noIat, nil, "stepup"},
		{"su with a malformed token", func() *auth.Session { s := stepped(true, now); s.Token.JWT = "x.%%%.y"; return s }(), nil, "stepup"},
		{"guest", nil, auth.ErrNoToken, "signin"},
		{"descope down", nil, auth.ErrUnavailable, "unavailable"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got string
			app := fiber.New(fiber.Config{ErrorHandler: func(c *fiber.Ctx, err error) error {
				var su *StepUpRequiredError
				var ue *UnavailableError
				switch {
				case errors.As(err, &su):
					got = "stepup"
					if su.MaxAge != 10*time.Minute {
						t.Errorf("MaxAge = %v", su.MaxAge)
					}
				case errors.Is(err, ErrSignInRequired):
					got = "signin"
				case errors.As(err, &ue):
					got = "unavailable"
				default:
					got = "other: " + err.Error()
				}
				return c.SendStatus(599)
			}})
			guard := NewStepUp(StepUpConfig{
				MaxAge:  10 * time.Minute,
				Now:     func() time.Time { return now },
				Session: func(*fiber.Ctx) (*auth.Session, error) { return tc.s, tc.err },
			})
			app.Post("/", guard, func(c *fiber.Ctx) error { got = "ok"; return nil })
			if _, err := app.Test(httptest.NewRequest("POST", "/", nil)); err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}

// A viewer with a fresh step-up is refused by the role guard before the
// step-up guard: 403, never a prompt to prove who they are.
func TestRoleGuardComesBeforeStepUp(t *testing.T) {
	now := time.Now()
	viewer := session(map[string]any{"dct": "T-globex", "su": true}, nil, nil, acmeAdmin, globexViewer)
	viewer.Token.JWT = jwtWith(fmt.Sprintf(`{"iat":%d}`, now.Unix()))
	get := func(*fiber.Ctx) (*auth.Session, error) { return viewer, nil }
	var got error
	app := fiber.New(fiber.Config{ErrorHandler: func(c *fiber.Ctx, err error) error { got = err; return c.SendStatus(599) }})
	app.Post("/", New(Config{Roles: []string{"admin"}, Session: get}), NewStepUp(StepUpConfig{MaxAge: time.Minute, Session: get}), func(*fiber.Ctx) error { return nil })
	if _, err := app.Test(httptest.NewRequest("POST", "/", nil)); err != nil {
		t.Fatal(err)
	}
	var fe *ForbiddenError
	if !errors.As(got, &fe) || fe.Missing != "admin" {
		t.Fatalf("got %v, want a ForbiddenError for admin", got)
	}
	// And the same step-up passes its own guard: the 403 came from the role.
	if !SteppedUpWithin(viewer, time.Minute, now) {
		t.Fatal("control: the viewer's step-up is fresh")
	}
}

func TestRequireStepUpPanicsOnNoMaxAge(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("RequireStepUp(0) built a guard")
		}
	}()
	RequireStepUp(0)
}
