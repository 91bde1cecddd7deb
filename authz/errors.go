package authz

import (
	"errors"
	"fmt"
	"time"
)

// ErrSignInRequired: the route needs a session and the request has none
// (a guest, or a token that failed validation).
var ErrSignInRequired = errors.New("sign-in required")

// UnavailableError: a token was presented but cannot be checked (Descope is
// unreachable and no keys are loaded). Never treated as a session.
type UnavailableError struct {
	RetryAfter time.Duration
}

func (e *UnavailableError) Error() string { return "session cannot be checked now" }

// Requirement kinds a ForbiddenError names.
const (
	KindRole       = "role"
	KindPermission = "permission"
)

// ForbiddenError: signed in, but the current scope lacks what the route needs.
type ForbiddenError struct {
	Kind     string // KindRole or KindPermission
	Missing  string // the first role or permission not held
	TenantID string // the scope it was looked for in ("" = the project)
}

func (e *ForbiddenError) Error() string {
	where := "the project"
	if e.TenantID != "" {
		where = "tenant " + e.TenantID
	}
	return fmt.Sprintf("forbidden: %s %q missing in %s", e.Kind, e.Missing, where)
}

// StepUpRequiredError: signed in and allowed, but the route wants a recent
// sign-in (RequireStepUp, issue 12). MaxAge is how recent.
type StepUpRequiredError struct {
	MaxAge time.Duration
}

func (e *StepUpRequiredError) Error() string {
	return "step-up required: sign in again within " + e.MaxAge.String()
}
