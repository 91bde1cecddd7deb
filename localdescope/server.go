// Package localdescope is a small, in-memory stand-in for the parts of the
// Descope HTTP API that the official Go SDK and @descope/web-js-sdk use for
// email OTP, password, refresh, logout and "me" calls. The app mounts it under
// /local-descope in demo mode; tests run it with httptest.NewServer.
//
// It is an emulator: users, codes and revocations live in memory, passwords
// are hashed with salted SHA-256, and any management key is accepted. Never
// expose it where real accounts live.
package localdescope

import (
	"crypto/rsa"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"
)

// DemoProjectID is the project ID used when Options.ProjectID is empty. It is
// shorter than 32 characters so neither SDK derives a regional Descope host
// from it.
const DemoProjectID = "Plocaldemo0000000000000000"

// Defaults for Options fields left at their zero value.
const (
	defaultSessionTTL = 5 * time.Minute
	defaultRefreshTTL = 30 * 24 * time.Hour
)

// Options configures a Server. Zero values pick sensible defaults.
type Options struct {
	ProjectID  string        // default DemoProjectID
	SessionTTL time.Duration // default 5 minutes
	RefreshTTL time.Duration // default 30 days
	// KeyFile is an optional path to a PEM RSA private key. It is loaded if it
	// exists, otherwise a new key is generated and written with mode 0600, so
	// tokens stay valid across restarts.
	KeyFile string
	// AllowedOrigins lists the exact origins that may call with credentials.
	// Empty means no CORS headers at all.
	AllowedOrigins []string
	Logger         *slog.Logger // default: discard
	// LogCodes prints "code for <loginId>: <code>" to Logger (demo mode only).
	// It is the only place a code may appear in logs.
	LogCodes  bool
	SeedUsers bool             // create the demo users at start
	Now       func() time.Time // default time.Now
	// SigningKey replaces KeyFile and key generation (tests share one key:
	// RSA generation is slow).
	SigningKey *rsa.PrivateKey

	// TokenResponse is json (default) or cookies: Descope's cookie mode, with
	// DS and DSR as HttpOnly cookies and no tokens in the body.
	TokenResponse TokenResponse
	// SecureCookies marks the cookie mode's cookies Secure even on plain http
	// (they always are on https).
	SecureCookies bool
}

// Message is one OTP "delivery" recorded in the outbox.
type Message struct {
	LoginID string    `json:"loginId"`
	Method  string    `json:"method"`
	Code    string    `json:"code"`
	SentAt  time.Time `json:"sentAt"`
}

// AuthInfo is what a successful sign-in produces.
type AuthInfo struct {
	SessionJWT        string
	RefreshJWT        string
	SessionExpiration int64
	RefreshExpiration int64
	User              User
}

// Server is the emulator. It is an http.Handler and safe for concurrent use.
type Server struct {
	projectID      string
	sessionTTL     time.Duration
	refreshTTL     time.Duration
	allowedOrigins map[string]bool
	log            *slog.Logger
	logCodes       bool
	tokenResponse  TokenResponse
	secureCookie   bool
	now            func() time.Time
	key            *signingKey
	routes         map[string]route
	flows          map[string]*flowDef    // by flow ID
	pages          map[string]*staticFile // /pages/{projectId}/v2-beta/{file}
	uiFiles        sync.Map               // UI library file -> *staticFile, built on first request

	mu      sync.Mutex // guards everything below
	users   *userStore
	pending map[string]*pendingCode // by normalised login ID
	sends   *windowLimiter          // OTP sends per login ID
	pwFails *windowLimiter          // wrong passwords per login ID
	revoked map[string]int64        // refresh jti -> its exp, for logout
	outbox  []Message

	faults     faults                    // outages on demand, for tests
	executions map[string]*flowExecution // running flows, by execution ID
}

// New builds a Server from opts.
func New(opts Options) (*Server, error) {
	var err error
	if opts.ProjectID == "" {
		opts.ProjectID = DemoProjectID
	}
	if strings.ContainsAny(opts.ProjectID, ": /") {
		return nil, fmt.Errorf("localdescope: project ID %q must not contain ':', '/' or spaces", opts.ProjectID)
	}
	if opts.SessionTTL <= 0 {
		opts.SessionTTL = defaultSessionTTL
	}
	if opts.RefreshTTL <= 0 {
		opts.RefreshTTL = defaultRefreshTTL
	}
	if opts.RefreshTTL < opts.SessionTTL {
		return nil, errors.New("localdescope: RefreshTTL must not be shorter than SessionTTL")
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	tokenResponse, err := ParseTokenResponse(string(opts.TokenResponse))
	if err != nil {
		return nil, fmt.Errorf("localdescope: %w", err)
	}
	var key *signingKey
	if opts.SigningKey != nil {
		key = newSigningKey(opts.SigningKey)
	} else if key, err = loadOrCreateKey(opts.KeyFile, opts.Logger); err != nil {
		return nil, err
	}
	s := &Server{
		projectID:      opts.ProjectID,
		sessionTTL:     opts.SessionTTL,
		refreshTTL:     opts.RefreshTTL,
		allowedOrigins: make(map[string]bool, len(opts.AllowedOrigins)),
		log:            opts.Logger,
		logCodes:       opts.LogCodes,
		tokenResponse:  tokenResponse,
		secureCookie:   opts.SecureCookies,
		now:            opts.Now,
		key:            key,
		users:          newUserStore(opts.ProjectID),
		pending:        make(map[string]*pendingCode),
		sends:          newWindowLimiter(otpSendLimit, otpSendWindow),
		pwFails:        newWindowLimiter(passwordFailLimit, passwordFailWindow),
		revoked:        make(map[string]int64),
		flows:          map[string]*flowDef{signUpOrInFlow.id: signUpOrInFlow, stepUpFlow.id: stepUpFlow},
		executions:     make(map[string]*flowExecution),
	}
	for _, o := range opts.AllowedOrigins {
		s.allowedOrigins[o] = true
	}
	if opts.SeedUsers {
		s.users.seedDemoUsers(s.now())
	}
	s.routes = s.buildRoutes()
	if s.pages, err = s.flowPages(); err != nil {
		return nil, fmt.Errorf("localdescope: flow files: %w", err)
	}
	return s, nil
}

// ProjectID returns the project ID the server answers for.
func (s *Server) ProjectID() string { return s.projectID }

// Outbox returns a copy of the recorded OTP messages, oldest first.
func (s *Server) Outbox() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.outbox...)
}

// LastCode returns the most recent code sent to loginID.
func (s *Server) LastCode(loginID string) (string, bool) {
	id := normalizeLoginID(loginID)
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := len(s.outbox) - 1; i >= 0; i-- {
		if s.outbox[i].LoginID == id {
			return s.outbox[i].Code, true
		}
	}
	return "", false
}

// SignIn mints tokens for loginID as a successful email OTP verification
// would, creating the user if unknown. It is a helper for tests.
func (s *Server) SignIn(loginID string) (AuthInfo, error) {
	id, apiErr := validLoginID(loginID)
	if apiErr != nil {
		return AuthInfo{}, apiErr
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	rec, apiErr := s.users.getOrCreate(id, profile{}, s.now())
	if apiErr != nil {
		return AuthInfo{}, apiErr
	}
	rec.user.VerifiedEmail = rec.user.Email != ""
	g, apiErr := s.signInLocked(rec, amrEmail)
	if apiErr != nil {
		return AuthInfo{}, apiErr
	}
	return AuthInfo{
		SessionJWT:        g.SessionJwt,
		RefreshJWT:        g.RefreshJwt,
		SessionExpiration: g.SessionExpiration,
		RefreshExpiration: g.CookieExpiration,
		User:              *g.User,
	}, nil
}
