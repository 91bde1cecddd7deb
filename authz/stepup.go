package authz

import (
	"encoding/base64"
	"encoding/json"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/descope-htmx/descope-htmx/auth"
	"github.com/descope-htmx/descope-htmx/middleware"
)

// StepUpConfig configures RequireStepUp, Fiber style.
type StepUpConfig struct {
	Next func(c *fiber.Ctx) bool
	// MaxAge is how old the stepped-up token may be (from its iat). Required.
	MaxAge  time.Duration
	Session func(c *fiber.Ctx) (*auth.Session, error)
	// Now is the clock; default time.Now.
	Now          func() time.Time
	ErrorHandler fiber.ErrorHandler
}

// RequireStepUp lets through sessions whose token says su: true and was
// issued at most maxAge ago: the user proved it is them again, recently.
// Chain it after RequireRole, so a user who may never do the action is told
// so (403) instead of being asked to sign in again for nothing.
func RequireStepUp(maxAge time.Duration) fiber.Handler {
	return NewStepUp(StepUpConfig{MaxAge: maxAge})
}

// NewStepUp builds a step-up guard from cfg. It panics on a MaxAge <= 0: a
// step-up that can never be fresh enough is a bug.
func NewStepUp(cfg StepUpConfig) fiber.Handler {
	if cfg.MaxAge <= 0 {
		panic("authz.RequireStepUp: maxAge must be positive")
	}
	if cfg.Session == nil {
		cfg.Session = middleware.SessionOf
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.ErrorHandler == nil {
		cfg.ErrorHandler = func(_ *fiber.Ctx, err error) error { return err }
	}
	required := &StepUpRequiredError{MaxAge: cfg.MaxAge}
	// The role guard before this one has already refused guests and outages.
	session := New(Config{Session: cfg.Session, ErrorHandler: cfg.ErrorHandler})
	return func(c *fiber.Ctx) error {
		if cfg.Next != nil && cfg.Next(c) {
			return c.Next()
		}
		s, _ := cfg.Session(c)
		if s == nil {
			return session(c)
		}
		if !SteppedUpWithin(s, cfg.MaxAge, cfg.Now()) {
			return cfg.ErrorHandler(c, required)
		}
		return c.Next()
	}
}

// SteppedUpWithin reports whether s is a step-up session (su: true) issued
// no more than maxAge before now. A token from the future counts as fresh
// only within a minute's clock skew.
//
// A session refreshed under a stepped-up refresh token keeps su with a new
// iat, so iat bounds the step-up's age only from the first session on; the
// rest is Descope's "step-up token expiration", which must be at most maxAge.
// The JWT carries no time of the step-up itself.
func SteppedUpWithin(s *auth.Session, maxAge time.Duration, now time.Time) bool {
	if s == nil || s.Token == nil {
		return false
	}
	if su, _ := s.Token.Claims["su"].(bool); !su {
		return false
	}
	iat, ok := issuedAt(s.Token.JWT)
	if !ok {
		return false
	}
	age := now.Sub(iat)
	return age <= maxAge && age >= -time.Minute
}

// issuedAt reads iat from a JWT the SDK has already verified: the SDK keeps
// only private claims in Token.Claims, so the standard iat is not there.
func issuedAt(jwt string) (time.Time, bool) {
	parts := strings.Split(jwt, ".")
	if len(parts) != 3 {
		return time.Time{}, false
	}
	payload, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return time.Time{}, false
	}
	var claims struct {
		Iat *json.Number `json:"iat"`
	}
	if json.Unmarshal(payload, &claims) != nil || claims.Iat == nil {
		return time.Time{}, false
	}
	secs, err := claims.Iat.Float64()
	if err != nil || secs <= 0 {
		return time.Time{}, false
	}
	return time.Unix(int64(secs), 0), true
}
