package localdescope

import (
	"net/http"
	"slices"
	"time"
)

// Step-up: a signed-in user proves it is them again and gets tokens that say
// so (su: true, a fresh iat). Two ways in, as with Descope:
//
//   - the OTP API with loginOptions.stepup (or mfa) and the current refresh
//     token in Authorization: Bearer <pid>:<refreshJwt>; verifying the code
//     then returns the stepped-up tokens (Go SDK: OTP().SignIn with
//     LoginOptions{Stepup: true}, then VerifyCode);
//   - the step-up flow, started by <descope-wc flow-id="step-up"> with the
//     same Authorization: it mails a code to the user's own email at once.
//
// The new refresh token keeps the old one's tenant (dct), methods and
// lifetime. Sessions refreshed under it carry su until StepUpTTL is over
// (Descope's project setting "step-up token expiration"); then it issues
// ordinary sessions again, so a step-up ages out without a sign-out.

// StepUpTTL is how long sessions refreshed under a step-up keep su. Their
// iat is when they were refreshed, not when the user stepped up, so this,
// like Descope's setting, is what bounds a step-up's age in the end.
const StepUpTTL = 10 * time.Minute

var (
	errStepUpNoToken   = errRefresh("a step-up needs the current refresh token in Authorization: Bearer <projectId>:<refreshJwt>")
	errStepUpOtherUser = &apiError{status: http.StatusUnauthorized, code: codeInvalidRefresh, description: "Invalid refresh token", message: "the refresh token belongs to another user"}
	errStepUpNoEmail   = errInvalid("the user has no email to send a step-up code to")
)

// sendStepUpCodeLocked checks that refreshJWT is a live refresh token of the
// user with login ID id and sends that user a code that steps it up.
func (s *Server) sendStepUpCodeLocked(id, refreshJWT string) *apiError {
	rec, apiErr := s.stepUpUserLocked(refreshJWT)
	if apiErr != nil {
		return apiErr
	}
	if s.users.byLogin[id] != rec {
		return errStepUpOtherUser
	}
	if apiErr := s.sendCodeLocked(id, profile{}, otpSignIn); apiErr != nil {
		return apiErr
	}
	s.pending[id].stepUpFrom = refreshJWT
	return nil
}

// stepUpUserLocked is whom a step-up started with refreshJWT is for: the
// live refresh token's user (a guest, or a revoked or expired token, gets
// Descope's error).
func (s *Server) stepUpUserLocked(refreshJWT string) (*userRecord, *apiError) {
	if refreshJWT == "" {
		return nil, errStepUpNoToken
	}
	rec, _, apiErr := s.authenticateLocked(refreshJWT)
	return rec, apiErr
}

// stepUpLocked issues stepped-up tokens for rec, who just proved control of
// their email, in place of refreshJWT. The token is checked again: it may
// have been revoked, or have expired, since the code was sent.
func (s *Server) stepUpLocked(rec *userRecord, refreshJWT string) (*jwtResponse, *apiError) {
	owner, rc, apiErr := s.authenticateLocked(refreshJWT)
	if apiErr != nil {
		return nil, apiErr
	}
	if owner != rec {
		return nil, errStepUpOtherUser
	}
	now := s.now().Unix()
	amr := cloneStrings(rc.Amr)
	if !slices.Contains(amr, amrEmail[0]) {
		amr = append(amr, amrEmail[0])
	}
	resp, apiErr := s.issueRefreshLocked(rec, refreshClaims{
		Sub: rec.user.UserID, Iss: s.projectID, Iat: now, Exp: rc.Exp,
		Drn: "DSR", Jti: randomID(16), Amr: amr, Dct: rc.Dct, Su: true,
	})
	if apiErr != nil {
		return nil, apiErr
	}
	s.log.Info("localdescope: stepped up", "userId", rec.user.UserID)
	return resp, nil
}

// The step-up flow's one screen: the code, sent to the user's own email.
var screenStepUpCode = flowScreen{id: "stepup-code", name: "Confirm it's you"}

// stepUpFlow is Descope's step-up flow as email and code. Its config has no
// start screen: the component starts it at once, and begin sends the code.
var stepUpFlow = &flowDef{
	id:      "step-up",
	version: 1,
	begin:   beginStepUp,
	advance: advanceStepUp,
}

// beginStepUp takes the user from the caller's refresh token and sends the
// code to their email.
func beginStepUp(s *Server, c *call, ex *flowExecution) *apiError {
	refreshJWT := c.refreshToken()
	rec, apiErr := s.stepUpUserLocked(refreshJWT)
	if apiErr != nil {
		return apiErr
	}
	if rec.user.Email == "" {
		return errStepUpNoEmail
	}
	id := normalizeLoginID(rec.user.Email)
	if s.users.byLogin[id] != rec {
		return errStepUpNoEmail // the email is not this user's login ID
	}
	ex.loginID, ex.refreshJWT = id, refreshJWT
	text, apiErr := sendFlowCode(s, id)
	if apiErr != nil {
		return apiErr
	}
	out := stepUpCodeScreen(id, text)
	ex.screen, ex.state = out.screen, out.state
	return nil
}

// advanceStepUp checks the code (or resends it) and completes with the
// stepped-up tokens.
func advanceStepUp(s *Server, ex *flowExecution, in flowInteraction) (flowOutcome, *apiError) {
	switch in.id {
	case interactionSubmitCode, interactionCodeField:
		rec, again, apiErr := verifyFlowCode(s, ex, in, stepUpCodeScreen)
		if rec == nil {
			return again, apiErr
		}
		jwt, apiErr := s.stepUpLocked(rec, ex.refreshJWT)
		if apiErr != nil {
			return flowOutcome{}, apiErr
		}
		return flowOutcome{done: jwt, authKind: "otp"}, nil
	case interactionResendCode:
		text, apiErr := sendFlowCode(s, ex.loginID)
		if apiErr != nil {
			return flowOutcome{}, apiErr
		}
		return stepUpCodeScreen(ex.loginID, text), nil
	}
	return flowOutcome{}, errInvalid("interaction " + in.id + " is not on screen " + ex.screen.id)
}

func stepUpCodeScreen(email, errorText string) flowOutcome {
	out := codeScreen(email, errorText)
	out.screen = screenStepUpCode
	return out
}
