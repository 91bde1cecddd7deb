package localdescope

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// The flow engine behind <descope-wc>: POST /v1/flow/start and /v1/flow/next.
// A flow is data (flowDef: its ID, version, first screen) plus one function
// that answers an interaction on a screen. Executions live in memory, capped
// in number and expiring.

// Flow endpoints: the app's rate limits on the local Descope cover these
// paths (see handlers' mount of /local-descope).
const (
	flowStartPath = "/v1/flow/start"
	flowNextPath  = "/v1/flow/next"
)

const (
	flowExecutionTTL  = 30 * time.Minute
	maxFlowExecutions = 10_000
	// executionIDSeparator joins flow ID and execution ID, as Descope does.
	executionIDSeparator = "|#|"
	maxInteractionIDLen  = 128
)

// Error codes for flows. E103205 is the component's "flow timed out" code (it
// restarts the flow with restart-on-error); the others are emulator choices.
const (
	codeFlowNotFound     = "E102001"
	codeFlowTimedOut     = "E103205"
	codeFlowStepMismatch = "E103203"
)

var (
	errFlowNotFound     = &apiError{status: http.StatusBadRequest, code: codeFlowNotFound, description: "Flow not found", message: "the project has no flow with this ID"}
	errFlowTimedOut     = &apiError{status: http.StatusBadRequest, code: codeFlowTimedOut, description: "Flow execution not found or expired", message: "start the flow again"}
	errFlowStepMismatch = &apiError{status: http.StatusBadRequest, code: codeFlowStepMismatch, description: "Flow step mismatch", message: "the request is for a step this execution is not on"}
)

// flowScreen is a screen: its ID names flows/screens/<id>.html.
type flowScreen struct {
	id   string
	name string
}

// flowDef describes one flow.
type flowDef struct {
	id      string
	version int
	start   flowScreen // rendered without a round trip (config startScreenId)
	// begin prepares a new execution before its first interaction, under
	// s.mu: a step-up flow checks the caller's refresh token here and fixes
	// the login ID. nil means nothing to prepare.
	begin func(s *Server, c *call, ex *flowExecution) *apiError
	// advance answers one interaction on ex's current screen, under s.mu.
	advance func(s *Server, ex *flowExecution, in flowInteraction) (flowOutcome, *apiError)
}

// flowExecution is one run of a flow.
type flowExecution struct {
	id      string
	flow    *flowDef
	step    int
	screen  flowScreen
	state   map[string]any // the screen's state: form values, sentTo, …
	loginID string         // the email the flow is about, once known
	// refreshJWT is the caller's refresh token, kept by a step-up flow to
	// step that session up on completion (never sent back in a screen).
	refreshJWT string
	expires    time.Time
}

// flowInteraction is a click (a button's id) or an auto-submit with the
// screen's inputs, keyed by input name.
type flowInteraction struct {
	id    string
	input map[string]any
}

func (in flowInteraction) text(name string) string {
	v, _ := in.input[name].(string)
	return v
}

// flowOutcome is what an interaction leads to: another (or the same) screen,
// optionally with an error text, or a signed-in user.
type flowOutcome struct {
	screen    flowScreen
	state     map[string]any
	errorText string
	errorType string
	done      *jwtResponse
	authKind  string // lastAuth.authMethod on completion
}

// flowResponse is the body of start and next.
type flowResponse struct {
	ExecutionID string            `json:"executionId"`
	StepID      string            `json:"stepId"`
	StepName    string            `json:"stepName,omitempty"`
	Status      string            `json:"status"`
	Action      string            `json:"action,omitempty"`
	Screen      *flowScreenJSON   `json:"screen,omitempty"`
	AuthInfo    *flowAuthInfo     `json:"authInfo,omitempty"`
	LastAuth    map[string]string `json:"lastAuth,omitempty"`
	Output      map[string]any    `json:"output,omitempty"`
}

type flowScreenJSON struct {
	ID    string         `json:"id"`
	State map[string]any `json:"state"`
}

// flowAuthInfo is Descope's authInfo: the JWT response plus cookie domain.
type flowAuthInfo struct {
	*jwtResponse
	CookieDomain string `json:"cookieDomain"`
}

type flowRequest struct {
	FlowID        string         `json:"flowId"`
	ExecutionID   string         `json:"executionId"`
	StepID        string         `json:"stepId"`
	InteractionID string         `json:"interactionId"`
	Input         map[string]any `json:"input"`
}

// handleFlowStart starts a flow. With an interactionId it is the first click
// on the start screen, which the component rendered from config alone.
func (s *Server) handleFlowStart(c *call) (any, *apiError) {
	var req flowRequest
	if apiErr := c.decode(&req); apiErr != nil {
		return nil, apiErr
	}
	def := s.flows[req.FlowID]
	if def == nil {
		return nil, errFlowNotFound
	}
	if len(req.InteractionID) > maxInteractionIDLen {
		return nil, errInvalid("interactionId is too long")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	if !s.roomForExecutionLocked(now) {
		return nil, errStoreFull
	}
	ex := &flowExecution{id: randomID(16), flow: def, screen: def.start, state: map[string]any{}, expires: now.Add(flowExecutionTTL)}
	if def.begin != nil {
		if apiErr := def.begin(s, c, ex); apiErr != nil {
			return nil, apiErr
		}
	}
	s.executions[ex.id] = ex
	if req.InteractionID == "" {
		return s.flowScreenResponse(ex, flowOutcome{screen: ex.screen, state: ex.state}), nil
	}
	return s.advanceLocked(ex, flowInteraction{id: req.InteractionID, input: req.Input})
}

// handleFlowNext answers an interaction on the execution's current step.
func (s *Server) handleFlowNext(c *call) (any, *apiError) {
	var req flowRequest
	if apiErr := c.decode(&req); apiErr != nil {
		return nil, apiErr
	}
	if req.InteractionID == "" {
		return nil, errMissing("interactionId")
	}
	if len(req.InteractionID) > maxInteractionIDLen {
		return nil, errInvalid("interactionId is too long")
	}
	flowID, id, ok := strings.Cut(req.ExecutionID, executionIDSeparator)
	if !ok || id == "" {
		return nil, errFlowTimedOut
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	ex := s.executions[id]
	switch {
	case ex == nil || ex.flow.id != flowID:
		return nil, errFlowTimedOut
	case !s.now().Before(ex.expires):
		delete(s.executions, id)
		return nil, errFlowTimedOut
	case req.StepID != strconv.Itoa(ex.step):
		return nil, errFlowStepMismatch
	}
	return s.advanceLocked(ex, flowInteraction{id: req.InteractionID, input: req.Input})
}

// advanceLocked runs the flow's handler and turns its outcome into the
// response: the execution ends on completion, moves on for a new screen, and
// stays on its step for an error on the same screen.
func (s *Server) advanceLocked(ex *flowExecution, in flowInteraction) (any, *apiError) {
	if in.input == nil {
		in.input = map[string]any{}
	}
	out, apiErr := ex.flow.advance(s, ex, in)
	if apiErr != nil {
		return nil, apiErr
	}
	if out.done != nil {
		delete(s.executions, ex.id)
		return &flowResponse{
			ExecutionID: ex.flow.id + executionIDSeparator + ex.id,
			StepID:      strconv.Itoa(ex.step + 1),
			Status:      "completed",
			AuthInfo:    &flowAuthInfo{jwtResponse: out.done},
			LastAuth:    map[string]string{"authMethod": out.authKind},
			Output:      map[string]any{},
		}, nil
	}
	if out.screen.id != ex.screen.id || out.errorText == "" {
		ex.step++
	}
	ex.screen, ex.state = out.screen, out.state
	return s.flowScreenResponse(ex, out), nil
}

func (s *Server) flowScreenResponse(ex *flowExecution, out flowOutcome) *flowResponse {
	state := make(map[string]any, len(out.state)+3)
	for k, v := range out.state {
		state[k] = v
	}
	state["project"] = map[string]string{"name": "Local Descope"}
	if out.errorText != "" {
		state["errorText"], state["errorType"] = out.errorText, out.errorType
	}
	return &flowResponse{
		ExecutionID: ex.flow.id + executionIDSeparator + ex.id,
		StepID:      strconv.Itoa(ex.step),
		StepName:    ex.screen.name,
		Status:      "waiting",
		Action:      "screen",
		Screen:      &flowScreenJSON{ID: ex.screen.id, State: state},
	}
}

// roomForExecutionLocked reports whether another execution fits, first
// dropping expired ones when the table is full.
func (s *Server) roomForExecutionLocked(now time.Time) bool {
	if len(s.executions) < maxFlowExecutions {
		return true
	}
	for id, ex := range s.executions {
		if !now.Before(ex.expires) {
			delete(s.executions, id)
		}
	}
	return len(s.executions) < maxFlowExecutions
}
