package localdescope

import (
	"net/http"
)

func (s *Server) handlePasswordSignUp(c *call) (any, *apiError) {
	var req struct {
		LoginID  string  `json:"loginId"`
		Password string  `json:"password"`
		User     profile `json:"user"`
	}
	if apiErr := c.decode(&req); apiErr != nil {
		return nil, apiErr
	}
	id, apiErr := validCredentials(req.LoginID, req.Password)
	if apiErr != nil {
		return nil, apiErr
	}
	if apiErr := req.User.validate(); apiErr != nil {
		return nil, apiErr
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	if s.users.byLogin[id] != nil {
		return nil, errUserExists
	}
	rec, apiErr := s.users.create(id, req.User, s.now())
	if apiErr != nil {
		return nil, apiErr
	}
	rec.setPassword(req.Password)
	return s.signInLocked(rec, amrPassword)
}

func (s *Server) handlePasswordSignIn(c *call) (any, *apiError) {
	var req struct {
		LoginID  string `json:"loginId"`
		Password string `json:"password"`
	}
	if apiErr := c.decode(&req); apiErr != nil {
		return nil, apiErr
	}
	id, apiErr := validCredentials(req.LoginID, req.Password)
	if apiErr != nil {
		return nil, apiErr
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	if wait := s.pwFails.retryAfter(id, now); wait > 0 {
		return nil, errRateLimited(wait)
	}
	rec := s.users.byLogin[id]
	if rec == nil || !rec.passwordMatches(req.Password) {
		s.pwFails.add(id, now)
		s.log.Info("localdescope: password sign-in failed", "reason", "bad_credentials")
		return nil, errBadCredentials
	}
	return s.signInLocked(rec, amrPassword)
}

func validCredentials(loginID, password string) (string, *apiError) {
	id, apiErr := validLoginID(loginID)
	switch {
	case apiErr != nil:
		return "", apiErr
	case password == "":
		return "", errMissing("password")
	case len(password) > maxPasswordLen:
		return "", errInvalid("password is too long")
	}
	return id, nil
}

// handleRefresh issues a new session JWT; the refresh JWT is not rotated.
func (s *Server) handleRefresh(c *call) (any, *apiError) {
	s.mu.Lock()
	defer s.mu.Unlock()
	rec, rc, apiErr := s.authenticateLocked(c.refreshToken())
	if apiErr != nil {
		return nil, apiErr
	}
	return s.sessionResponseLocked(rec, rc)
}

// handleTryRefresh is refresh where "no valid session" is not an error.
func (s *Server) handleTryRefresh(c *call) (any, *apiError) {
	resp, apiErr := s.handleRefresh(c)
	if apiErr != nil && apiErr.status == http.StatusUnauthorized {
		return struct{}{}, nil
	}
	return resp, apiErr
}

func (s *Server) handleLogout(c *call) (any, *apiError) {
	if s.alreadySignedOut(c) {
		return signedOut{}, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	rec, rc, apiErr := s.authenticateLocked(c.refreshToken())
	if apiErr != nil {
		return nil, apiErr
	}
	s.revokeLocked(rec, trackedRefresh{rc.Jti, rc.Exp})
	s.log.Info("localdescope: logged out", "userId", rec.user.UserID)
	return signedOut{}, nil
}

func (s *Server) handleLogoutAll(c *call) (any, *apiError) {
	if s.alreadySignedOut(c) {
		return signedOut{}, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	rec, _, apiErr := s.authenticateLocked(c.refreshToken())
	if apiErr != nil {
		return nil, apiErr
	}
	s.logoutAllLocked(rec)
	s.log.Info("localdescope: logged out everywhere", "userId", rec.user.UserID)
	return signedOut{}, nil
}

// handleMe returns the user object itself, not wrapped.
func (s *Server) handleMe(c *call) (any, *apiError) {
	s.mu.Lock()
	defer s.mu.Unlock()
	rec, _, apiErr := s.authenticateLocked(c.refreshToken())
	if apiErr != nil {
		return nil, apiErr
	}
	return rec.user.clone(), nil
}

// requireManagementKey accepts any non-empty key: the emulator has no key
// management, and its users are demo data.
func requireManagementKey(c *call) *apiError {
	if c.token == "" {
		return &apiError{status: http.StatusUnauthorized, code: codeMissingArguments, description: "Missing management key", message: "expected Bearer <projectId>:<managementKey>"}
	}
	return nil
}

// handleMgmtUserLoad serves Management.User().Load / LoadByUserID, which
// send ?loginId=<loginId or userId>&userId=<userId>.
func (s *Server) handleMgmtUserLoad(c *call) (any, *apiError) {
	if apiErr := requireManagementKey(c); apiErr != nil {
		return nil, apiErr
	}
	q := c.r.URL.Query()
	loginID, userID := q.Get("loginId"), q.Get("userId")
	if loginID == "" && userID == "" {
		return nil, errMissing("loginId or userId")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	rec := s.users.find(loginID)
	if rec == nil {
		rec = s.users.byID[userID]
	}
	if rec == nil {
		return nil, errMgmtUserNotFound
	}
	return map[string]User{"user": rec.user.clone()}, nil
}

// handleMgmtLicense answers the SDK's license handshake made at start-up
// when a management key is configured.
func (s *Server) handleMgmtLicense(c *call) (any, *apiError) {
	if apiErr := requireManagementKey(c); apiErr != nil {
		return nil, apiErr
	}
	return map[string]string{"rateLimitTier": "emulator"}, nil
}

func (s *Server) keysHandler(pid string) func(*call) (any, *apiError) {
	return func(*call) (any, *apiError) {
		if pid != s.projectID {
			return nil, errUnknownProject
		}
		return map[string][]jwk{"keys": {s.key.pub}}, nil
	}
}

func (s *Server) handleOutbox(c *call) (any, *apiError) {
	c.w.Header().Add("Vary", "Accept, HX-Request")
	if wantsInboxPage(c.r) {
		return s.inboxPage(c.r) // inbox.go
	}
	return map[string][]Message{"messages": s.Outbox()}, nil
}

func (s *Server) handleConfig(*call) (any, *apiError) {
	return struct {
		ProjectID         string `json:"projectId"`
		SessionTTLSeconds int64  `json:"sessionTtlSeconds"`
		RefreshTTLSeconds int64  `json:"refreshTtlSeconds"`
	}{s.projectID, seconds(s.sessionTTL), seconds(s.refreshTTL)}, nil
}
