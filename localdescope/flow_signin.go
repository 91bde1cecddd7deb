package localdescope

// Screens of the email-code flows (flows/screens/<id>.html).
var (
	screenEmail = flowScreen{id: "email", name: "Enter email"}
	screenCode  = flowScreen{id: "code", name: "Enter code"}
)

// Interaction IDs: the ids of the screens' buttons, and of the passcode
// field, which submits by itself when its last digit is typed.
const (
	interactionSubmitEmail = "submit-email"
	interactionSubmitCode  = "submit-code"
	interactionCodeField   = "code"
	interactionResendCode  = "resend-code"
	interactionChangeEmail = "change-email"
)

// User-facing texts for the error message on a screen.
const (
	textInvalidEmail = "Enter a valid email address."
	textWrongCode    = "Incorrect code. Please try again."
	textCodeVoid     = "Too many incorrect attempts: this code no longer works. Choose \"Resend code\" to get a new one."
	textSendLimited  = "Too many codes were sent to this email. Please wait a few minutes and try again."
	textEnterCode    = "Enter the 6-digit code."
)

// signUpOrInFlow is Descope's default sign-up-or-in as email and code: new
// and returning users alike, through the same OTP store and outbox as the
// OTP API.
var signUpOrInFlow = &flowDef{
	id:      "sign-up-or-in",
	version: 1,
	start:   screenEmail,
	advance: advanceEmailCode,
}

// advanceEmailCode moves an email-then-code flow along.
func advanceEmailCode(s *Server, ex *flowExecution, in flowInteraction) (flowOutcome, *apiError) {
	switch ex.screen.id + "/" + in.id {
	case screenEmail.id + "/" + interactionSubmitEmail:
		id, apiErr := validEmailLoginID(in.text("email"))
		if apiErr != nil {
			return emailScreen(in.text("email"), textInvalidEmail), nil
		}
		if text, apiErr := sendFlowCode(s, id); apiErr != nil || text != "" {
			return emailScreen(id, text), apiErr
		}
		ex.loginID = id
		return codeScreen(id, ""), nil

	case screenCode.id + "/" + interactionSubmitCode, screenCode.id + "/" + interactionCodeField:
		rec, again, apiErr := verifyFlowCode(s, ex, in, codeScreen)
		if rec == nil {
			return again, apiErr
		}
		jwt, apiErr := s.signInLocked(rec, amrEmail)
		if apiErr != nil {
			return flowOutcome{}, apiErr
		}
		return flowOutcome{done: jwt, authKind: "otp"}, nil

	case screenCode.id + "/" + interactionResendCode:
		if text, apiErr := sendFlowCode(s, ex.loginID); apiErr != nil || text != "" {
			return codeScreen(ex.loginID, text), apiErr
		}
		return codeScreen(ex.loginID, ""), nil

	case screenCode.id + "/" + interactionChangeEmail:
		ex.loginID = ""
		return emailScreen("", ""), nil
	}
	return flowOutcome{}, errInvalid("interaction " + in.id + " is not on screen " + ex.screen.id)
}

// verifyFlowCode checks the code typed on a code screen. A missing, wrong
// or void code is the user's to read on that screen again (rec nil, the
// screen from again); other failures are errors.
func verifyFlowCode(s *Server, ex *flowExecution, in flowInteraction, again func(email, errorText string) flowOutcome) (*userRecord, flowOutcome, *apiError) {
	code := in.text("code")
	if code == "" {
		return nil, again(ex.loginID, textEnterCode), nil
	}
	rec, apiErr := s.verifyCodeLocked(ex.loginID, code)
	switch {
	case apiErr == errTooManyAttempts:
		return nil, again(ex.loginID, textCodeVoid), nil
	case apiErr == errWrongCode:
		return nil, again(ex.loginID, textWrongCode), nil
	case apiErr != nil:
		return nil, flowOutcome{}, apiErr
	}
	return rec, flowOutcome{}, nil
}

// sendFlowCode sends a code to id. A rate limit is the user's to read on the
// screen (a text), not a failed request; other failures are errors.
func sendFlowCode(s *Server, id string) (string, *apiError) {
	apiErr := s.sendCodeLocked(id, profile{}, otpSignUpOrIn)
	if apiErr != nil && apiErr.code == codeRateLimited && apiErr != errStoreFull {
		return textSendLimited, nil
	}
	return "", apiErr
}

func emailScreen(email, errorText string) flowOutcome {
	return flowOutcome{screen: screenEmail, state: map[string]any{"form": map[string]string{"email": email}}, errorText: errorText}
}

func codeScreen(email, errorText string) flowOutcome {
	return flowOutcome{
		screen: screenCode,
		state: map[string]any{
			"form":   map[string]string{"email": email},
			"sentTo": map[string]string{"email": maskEmail(email)},
		},
		errorText: errorText,
	}
}
