package localdescope

import (
	"crypto/rand"
	"strings"
	"time"
)

const maxRevoked = 10_000

// Authentication method references (amr claim).
var (
	amrEmail    = []string{"email"}
	amrPassword = []string{"pwd"}
)

// jwtResponse is the B.8 body returned by sign-in, verify and refresh.
type jwtResponse struct {
	SessionJwt        string         `json:"sessionJwt,omitempty"` // omitted in cookie mode
	RefreshJwt        string         `json:"refreshJwt,omitempty"` // and on refresh: no rotation
	CookiePath        string         `json:"cookiePath"`
	CookieMaxAge      int64          `json:"cookieMaxAge"`
	CookieExpiration  int64          `json:"cookieExpiration"` // = refresh exp
	SessionExpiration int64          `json:"sessionExpiration"`
	User              *User          `json:"user"`
	FirstSeen         bool           `json:"firstSeen"`
	Claims            map[string]any `json:"claims"`
}

// refreshClaims is the payload of a refresh JWT.
type refreshClaims struct {
	Sub string   `json:"sub"`
	Iss string   `json:"iss"`
	Iat int64    `json:"iat"`
	Exp int64    `json:"exp"`
	Drn string   `json:"drn"`
	Jti string   `json:"jti"`
	Amr []string `json:"amr,omitempty"` // carried so refreshed sessions keep it
	Dct string   `json:"dct,omitempty"` // the selected tenant, kept by refreshed sessions
	// Su marks a refresh token issued by a step-up (at its Iat: refresh
	// tokens are never re-issued): sessions refreshed under it carry su: true
	// until StepUpTTL has passed.
	Su bool `json:"su,omitempty"`
}

// trackedRefresh is a refresh token a user holds, for logoutall.
type trackedRefresh struct {
	jti string
	exp int64
}

// sessionClaims builds a session JWT payload the way a Descope JWT template
// would: standard claims, authorisation claims and name/email.
func (s *Server) sessionClaims(u *User, amr []string, dct string, iat, exp int64) map[string]any {
	c := map[string]any{
		"sub":         u.UserID,
		"iss":         s.projectID,
		"iat":         iat,
		"exp":         exp,
		"drn":         "DS",
		"amr":         cloneStrings(amr),
		"roles":       cloneStrings(u.RoleNames),
		"permissions": cloneStrings(u.Permissions),
	}
	if len(u.UserTenants) > 0 {
		tenants := make(map[string]any, len(u.UserTenants))
		for _, t := range u.UserTenants {
			tenants[t.TenantID] = map[string]any{"roles": cloneStrings(t.RoleNames), "permissions": cloneStrings(t.Permissions)}
		}
		c["tenants"] = tenants
	}
	// A tenant the user has left since is dropped, as Descope drops it.
	if dct != "" && u.memberOf(dct) {
		c["dct"] = dct
	}
	if u.Name != "" {
		c["name"] = u.Name
	}
	if u.Email != "" {
		c["email"] = u.Email
	}
	return c
}

// signInLocked issues a session and a refresh token for rec, in the
// user's default tenant.
func (s *Server) signInLocked(rec *userRecord, amr []string) (*jwtResponse, *apiError) {
	resp, apiErr := s.issueLocked(rec, amr, rec.user.defaultTenant())
	if apiErr != nil {
		return nil, apiErr
	}
	resp.FirstSeen = !rec.signedInBefore
	rec.signedInBefore = true
	s.log.Info("localdescope: signed in", "userId", rec.user.UserID, "amr", strings.Join(amr, ","))
	return resp, nil
}

// issueLocked issues a new refresh token, and a session under it, with dct.
func (s *Server) issueLocked(rec *userRecord, amr []string, dct string) (*jwtResponse, *apiError) {
	now := s.now().Unix()
	return s.issueRefreshLocked(rec, refreshClaims{
		Sub: rec.user.UserID, Iss: s.projectID, Iat: now,
		Exp: now + seconds(s.refreshTTL), Drn: "DSR", Jti: randomID(16), Amr: amr, Dct: dct,
	})
}

// issueRefreshLocked signs refresh, tracks it for logoutall, and issues a
// session under it.
func (s *Server) issueRefreshLocked(rec *userRecord, refresh refreshClaims) (*jwtResponse, *apiError) {
	refreshJWT, err := s.key.sign(refresh)
	if err != nil {
		return nil, errSigning(err)
	}
	resp, apiErr := s.sessionResponseLocked(rec, refresh)
	if apiErr != nil {
		return nil, apiErr
	}
	resp.RefreshJwt = refreshJWT
	rec.trackRefresh(trackedRefresh{refresh.Jti, refresh.Exp})
	return resp, nil
}

// sessionResponseLocked issues a fresh session token under an existing
// refresh token; the cookie fields follow the refresh token's lifetime.
func (s *Server) sessionResponseLocked(rec *userRecord, refresh refreshClaims) (*jwtResponse, *apiError) {
	now := s.now().Unix()
	exp := now + seconds(s.sessionTTL)
	// A step-up session never outlives the step-up: it expires with it, and
	// later refreshes issue ordinary sessions.
	steppedUp := refresh.Su && now < refresh.Iat+seconds(StepUpTTL)
	if steppedUp {
		exp = min(exp, refresh.Iat+seconds(StepUpTTL))
	}
	claims := s.sessionClaims(&rec.user, refresh.Amr, refresh.Dct, now, exp)
	if steppedUp {
		claims["su"] = true
	}
	sessionJWT, err := s.key.sign(claims)
	if err != nil {
		return nil, errSigning(err)
	}
	user := rec.user.clone()
	return &jwtResponse{
		SessionJwt:        sessionJWT,
		CookiePath:        "/",
		CookieMaxAge:      refresh.Exp - now,
		CookieExpiration:  refresh.Exp,
		SessionExpiration: exp,
		User:              &user,
		Claims:            claims,
	}, nil
}

// authenticateLocked checks a refresh JWT: signature, drn, issuer, expiry
// and revocation. It returns the user and the token's claims.
func (s *Server) authenticateLocked(token string) (*userRecord, refreshClaims, *apiError) {
	var rc refreshClaims
	if token == "" {
		return nil, rc, errRefresh("no refresh token in Authorization or DSR cookie")
	}
	if err := s.key.verify(token, &rc); err != nil {
		return nil, rc, errRefresh(err.Error())
	}
	switch {
	case rc.Drn != "DSR":
		return nil, rc, errRefresh("not a refresh token")
	case lastSegment(rc.Iss) != s.projectID:
		return nil, rc, errRefresh("token belongs to another project")
	case rc.Sub == "" || rc.Jti == "":
		return nil, rc, errRefresh("token lacks sub or jti")
	case s.now().Unix() >= rc.Exp:
		return nil, rc, errRefresh("refresh token expired")
	}
	if _, gone := s.revoked[rc.Jti]; gone {
		return nil, rc, errLoggedOut
	}
	rec := s.users.byID[rc.Sub]
	if rec == nil {
		return nil, rc, errRefresh("unknown user; sign in again")
	}
	if rc.Iat < rec.revokedBefore {
		return nil, rc, errLoggedOut
	}
	return rec, rc, nil
}

// revokeLocked denies one refresh token from now on. If the deny list is full
// of live entries it revokes all of the user's older tokens instead: more
// than asked, never less.
func (s *Server) revokeLocked(rec *userRecord, t trackedRefresh) {
	now := s.now().Unix()
	if len(s.revoked) >= maxRevoked {
		for jti, exp := range s.revoked {
			if exp <= now {
				delete(s.revoked, jti)
			}
		}
	}
	if len(s.revoked) >= maxRevoked {
		rec.revokedBefore = now + 1
		s.log.Warn("localdescope: revocation list full; revoked all tokens of user", "userId", rec.user.UserID)
		return
	}
	s.revoked[t.jti] = t.exp
}

// logoutAllLocked revokes every refresh token of rec issued so far.
func (s *Server) logoutAllLocked(rec *userRecord) {
	// Tokens from earlier seconds are caught by revokedBefore; those from this
	// very second by the tracked jtis (iat has one-second resolution).
	rec.revokedBefore = max(rec.revokedBefore, s.now().Unix())
	for _, t := range rec.refreshJTIs {
		s.revokeLocked(rec, t)
	}
	rec.refreshJTIs = nil
}

func seconds(d time.Duration) int64 { return int64(d / time.Second) }

func lastSegment(iss string) string {
	return iss[strings.LastIndex(iss, "/")+1:]
}

// randomID returns n random bytes, base64url-encoded.
func randomID(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return b64.EncodeToString(b)
}
