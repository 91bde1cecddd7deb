package localdescope

import (
	"net/http"
	"time"
)

// Error codes. Those marked "SDK" are named in the Go SDK's errors.go; the
// others are emulator choices, because the real codes are not published.
const (
	codeBadRequest       = "E011001" // SDK: malformed request
	codeMissingArguments = "E011002" // SDK: a required field or header is missing
	codeValidation       = "E011003" // SDK: a field has an unacceptable value
	codeInvalidArguments = "E011004" // SDK: bad Authorization, unknown project
	codeWrongCode        = "E061102" // SDK: ErrInvalidOneTimeCode
	codeTooManyAttempts  = "E061103" // Go SDK README: too many OTP attempts
	codeUserExists       = "E062107" // SDK: ErrUserAlreadyExists
	codeUserNotFound     = "E062108" // emulator choice: sign-in of an unknown user
	codeBadCredentials   = "E062111" // emulator choice: wrong login ID or password
	codeLoggedOut        = "E064001" // SDK: ErrTokenExpiredByLoggedOut
	codeInvalidRefresh   = "E064002" // emulator choice: bad or expired refresh JWT
	codeMgmtUserNotFound = "E112102" // SDK: ErrManagementUserNotFound
	codeRateLimited      = "E130429" // SDK: ErrRateLimitExceeded
	codeUserStoreFull    = "E062199" // emulator choice: no room for new users
)

// apiError is a Descope-shaped error plus the HTTP status to send it with.
type apiError struct {
	status      int
	code        string
	description string
	message     string
	retryAfter  time.Duration // sent as Retry-After when > 0
}

func (e *apiError) Error() string {
	if e.message != "" {
		return e.code + ": " + e.description + ": " + e.message
	}
	return e.code + ": " + e.description
}

func errBadRequest(msg string) *apiError {
	return &apiError{status: http.StatusBadRequest, code: codeBadRequest, description: "Bad request", message: msg}
}

func errMissing(field string) *apiError {
	return &apiError{status: http.StatusBadRequest, code: codeMissingArguments, description: "Missing arguments", message: field + " is required"}
}

func errInvalid(msg string) *apiError {
	return &apiError{status: http.StatusBadRequest, code: codeValidation, description: "Validation failure", message: msg}
}

func errRateLimited(retryAfter time.Duration) *apiError {
	return &apiError{status: http.StatusTooManyRequests, code: codeRateLimited, description: "Rate limit exceeded", retryAfter: retryAfter}
}

func errSigning(err error) *apiError {
	return &apiError{status: http.StatusInternalServerError, code: codeBadRequest, description: "Could not sign token", message: err.Error()}
}

func errRefresh(msg string) *apiError {
	return &apiError{status: http.StatusUnauthorized, code: codeInvalidRefresh, description: "Invalid refresh token", message: msg}
}

var (
	errTooLarge         = &apiError{status: http.StatusRequestEntityTooLarge, code: codeBadRequest, description: "Request body too large"}
	errBadAuthorization = &apiError{status: http.StatusUnauthorized, code: codeInvalidArguments, description: "Malformed Authorization header", message: "expected Bearer <projectId>[:<token>]"}
	errUnknownProject   = &apiError{status: http.StatusBadRequest, code: codeInvalidArguments, description: "Unknown project"}
	errLoggedOut        = &apiError{status: http.StatusUnauthorized, code: codeLoggedOut, description: "Token expired by logged out"}
	errWrongCode        = &apiError{status: http.StatusUnauthorized, code: codeWrongCode, description: "Invalid one-time code"}
	errTooManyAttempts  = &apiError{status: http.StatusUnauthorized, code: codeTooManyAttempts, description: "Too many attempts", message: "request a new code"}
	errBadCredentials   = &apiError{status: http.StatusUnauthorized, code: codeBadCredentials, description: "Invalid login ID or password"}
	errUserExists       = &apiError{status: http.StatusConflict, code: codeUserExists, description: "User already exists"}
	errUserNotFound     = &apiError{status: http.StatusBadRequest, code: codeUserNotFound, description: "User not found"}
	errMgmtUserNotFound = &apiError{status: http.StatusNotFound, code: codeMgmtUserNotFound, description: "User not found"}
	errStoreFull        = &apiError{status: http.StatusTooManyRequests, code: codeRateLimited, description: "Emulator capacity reached", retryAfter: time.Minute}
	// Permanent until a restart, so no Retry-After; existing users are unaffected.
	errUserStoreFull = &apiError{status: http.StatusServiceUnavailable, code: codeUserStoreFull, description: "Sign-up closed: the demo's user store is full",
		message: "existing users can still sign in; restart the demo to clear it"}
)
