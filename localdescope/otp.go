package localdescope

import (
	"crypto/rand"
	"crypto/subtle"
	"fmt"
	"math/big"
	"time"
)

const (
	otpTTL          = 5 * time.Minute
	otpMaxAttempts  = 5 // wrong guesses before a code is void
	otpSendLimit    = 5 // sends per login ID ...
	otpSendWindow   = 10 * time.Minute
	maxPendingCodes = 10_000
	outboxCap       = 200

	passwordFailLimit  = 5 // wrong passwords per login ID ...
	passwordFailWindow = 10 * time.Minute
)

type otpMode int

const (
	otpSignUpOrIn otpMode = iota
	otpSignIn             // the user must exist
	otpSignUp             // the user must not exist
)

// pendingCode is a code sent and not yet used.
type pendingCode struct {
	code     string
	expires  time.Time
	attempts int  // wrong guesses so far
	voided   bool // too many wrong guesses: even the right code fails
	profile  profile
	// stepUpFrom is the refresh JWT that asked for this code with
	// loginOptions.stepup: verifying it steps that session up.
	stepUpFrom string
}

// otpSend handles the three "send a code by email" endpoints.
func (s *Server) otpSend(mode otpMode) func(*call) (any, *apiError) {
	return func(c *call) (any, *apiError) {
		var req struct {
			LoginID      string  `json:"loginId"`
			User         profile `json:"user"` // sign-up only
			LoginOptions struct {
				Stepup bool `json:"stepup"`
				MFA    bool `json:"mfa"`
			} `json:"loginOptions"`
		}
		if apiErr := c.decode(&req); apiErr != nil {
			return nil, apiErr
		}
		id, apiErr := validEmailLoginID(req.LoginID)
		if apiErr != nil {
			return nil, apiErr
		}
		if apiErr := req.User.validate(); apiErr != nil {
			return nil, apiErr
		}

		s.mu.Lock()
		defer s.mu.Unlock()
		if req.LoginOptions.Stepup || req.LoginOptions.MFA {
			if mode == otpSignUp {
				return nil, errInvalid("a step-up needs an existing user")
			}
			if apiErr := s.sendStepUpCodeLocked(id, c.refreshToken()); apiErr != nil {
				return nil, apiErr
			}
			return map[string]string{"maskedEmail": maskEmail(id)}, nil
		}
		if apiErr := s.sendCodeLocked(id, req.User, mode); apiErr != nil {
			return nil, apiErr
		}
		return map[string]string{"maskedEmail": maskEmail(id)}, nil
	}
}

// sendCodeLocked sends a new code to the email id, within the per-email send
// limit. It is the one code path behind both the OTP API and the flows.
func (s *Server) sendCodeLocked(id string, p profile, mode otpMode) *apiError {
	now := s.now()
	exists := s.users.byLogin[id] != nil
	switch {
	case mode == otpSignIn && !exists:
		return errUserNotFound
	case mode == otpSignUp && exists:
		return errUserExists
	case !exists && s.users.full():
		return errUserStoreFull // say so now, not after the code is typed
	}
	if wait := s.sends.retryAfter(id, now); wait > 0 {
		s.log.Info("localdescope: otp send rate limited", "reason", "rate_limit")
		return errRateLimited(wait)
	}
	if !s.roomForPendingLocked(id, exists, now) {
		return errStoreFull
	}
	// A limiter table full of strangers must not lock existing users out;
	// their sends then go uncounted (the per-IP limit still holds).
	if !s.sends.add(id, now) && !exists {
		return errStoreFull
	}
	code := newOTP()
	s.pending[id] = &pendingCode{code: code, expires: now.Add(otpTTL), profile: p}
	s.deliverLocked(id, code, now)
	return nil
}

// handleOTPVerify checks a code and signs the user in, creating the user on
// first success.
func (s *Server) handleOTPVerify(c *call) (any, *apiError) {
	var req struct {
		LoginID string `json:"loginId"`
		Code    string `json:"code"`
	}
	if apiErr := c.decode(&req); apiErr != nil {
		return nil, apiErr
	}
	id, apiErr := validEmailLoginID(req.LoginID)
	if apiErr != nil {
		return nil, apiErr
	}
	if req.Code == "" {
		return nil, errMissing("code")
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	var stepUpFrom string
	if p := s.pending[id]; p != nil {
		stepUpFrom = p.stepUpFrom
	}
	rec, apiErr := s.verifyCodeLocked(id, req.Code)
	if apiErr != nil {
		return nil, apiErr
	}
	if stepUpFrom != "" {
		return s.stepUpLocked(rec, stepUpFrom)
	}
	return s.signInLocked(rec, amrEmail)
}

// verifyCodeLocked checks code against the one pending for id, counting wrong
// guesses, and returns the user (created on first success) with its email
// marked verified.
func (s *Server) verifyCodeLocked(id, code string) (*userRecord, *apiError) {
	now := s.now()
	p := s.pending[id]
	switch {
	case p == nil:
		return nil, errWrongCode
	case p.voided:
		return nil, errTooManyAttempts
	case !now.Before(p.expires):
		delete(s.pending, id)
		return nil, errWrongCode
	}
	if subtle.ConstantTimeCompare([]byte(code), []byte(p.code)) != 1 {
		p.attempts++
		s.log.Info("localdescope: otp verify failed", "reason", "wrong_code", "attempt", p.attempts)
		if p.attempts >= otpMaxAttempts {
			p.voided = true
			return nil, errTooManyAttempts
		}
		return nil, errWrongCode
	}
	delete(s.pending, id)
	rec, apiErr := s.users.getOrCreate(id, p.profile, now)
	if apiErr != nil {
		return nil, apiErr
	}
	rec.user.VerifiedEmail = true
	return rec, nil
}

// roomForPendingLocked reports whether a code for id can be stored, first
// dropping expired codes when the table is full. For an existing user it
// then makes room by dropping the code that expires first among those sent
// to unknown addresses: a flood of sign-ups never locks existing users out.
func (s *Server) roomForPendingLocked(id string, exists bool, now time.Time) bool {
	if _, ok := s.pending[id]; ok || len(s.pending) < maxPendingCodes {
		return true
	}
	for k, p := range s.pending {
		if !now.Before(p.expires) {
			delete(s.pending, k)
		}
	}
	if len(s.pending) < maxPendingCodes {
		return true
	}
	if !exists {
		return false
	}
	victim := ""
	for k, p := range s.pending {
		if s.users.byLogin[k] == nil && (victim == "" || p.expires.Before(s.pending[victim].expires)) {
			victim = k
		}
	}
	if victim == "" {
		return false
	}
	delete(s.pending, victim)
	return true
}

// deliverLocked "sends" a code: it goes to the capped outbox and, only when
// LogCodes is on, to the log.
func (s *Server) deliverLocked(id, code string, now time.Time) {
	s.outbox = append(s.outbox, Message{LoginID: id, Method: "email", Code: code, SentAt: now.UTC()})
	if over := len(s.outbox) - outboxCap; over > 0 {
		s.outbox = append([]Message(nil), s.outbox[over:]...)
	}
	if s.logCodes {
		s.log.Info(fmt.Sprintf("code for %s: %s", id, code)) // id has no control characters
	}
}

// newOTP returns a uniformly random 6-digit code.
func newOTP() string {
	n, err := rand.Int(rand.Reader, big.NewInt(1_000_000))
	if err != nil {
		panic("localdescope: crypto/rand failed: " + err.Error()) // never happens on supported platforms
	}
	return fmt.Sprintf("%06d", n.Int64())
}
