package auth

import (
	"context"
	"crypto/sha256"
	"errors"
	"log/slog"
	"strings"
	"sync/atomic"
	"time"

	"github.com/descope/go-sdk/descope"
)

// Descope is the part of the Go SDK's Authentication that sessions need.
// sdk.Authentication satisfies it.
type Descope interface {
	ValidateSessionWithToken(ctx context.Context, sessionToken string) (bool, *descope.Token, error)
	RefreshSessionWithToken(ctx context.Context, refreshToken string) (bool, *descope.Token, error)
}

// Keys is the state of the project's public keys (KeySet implements it).
type Keys interface {
	Loaded() bool
	// Ensure loads the keys unless loaded, or failed within the back-off period.
	Ensure(ctx context.Context) error
}

// Validator validates session tokens: the SDK's checks, then the app's own,
// with verified sessions cached until their exp and refusals cached briefly.
type Validator struct {
	sdk       Descope
	projectID string
	keys      Keys
	now       func() time.Time

	verified  *lruCache[*Session]
	refreshed *lruCache[refreshedSession] // by refresh token: the session it last gave, briefly
	refused   *lruCache[error]
	// refusedFor is how long a refused token, or a refresh's result, is
	// answered from memory.
	refusedFor time.Duration
	// timeout bounds a validation that has to reach Descope.
	timeout time.Duration

	log   *slog.Logger
	stats cacheStats
	// countStats: the logger takes debug lines, so the cache counts are
	// reported (decided once: the level is configuration).
	countStats bool
	ownClock   bool // ValidatorOptions.Now was given: every reading is its
}

// ValidatorOptions sizes the caches. Zero values get the defaults.
type ValidatorOptions struct {
	VerifiedEntries int // default 10,000 sessions
	// VerifiedBytes bounds the verified sessions by their estimated size:
	// token and parsed claims (default 24 MB).
	VerifiedBytes  int64
	RefusedEntries int           // default 4,096 tokens
	RefusedFor     time.Duration // default 30 s
	Timeout        time.Duration // default 4 s, for validations that reach Descope
	Now            func() time.Time
	Logger         *slog.Logger // debug: cache counts per minute, refusals, refreshes
}

// NewValidator wires a Validator for one project.
func NewValidator(sdk Descope, projectID string, keys Keys, opts ValidatorOptions) *Validator {
	verifiedBytes := opts.VerifiedBytes
	if verifiedBytes <= 0 {
		verifiedBytes = DefaultVerifiedBytes
	}
	v := &Validator{
		sdk:       sdk,
		projectID: projectID,
		keys:      keys,
		now:       opts.Now,
		verified:  newLRUCache[*Session](cmpOrInt(opts.VerifiedEntries, 10_000), verifiedBytes),
		// Sessions from a refresh live here at most refusedFor, and are
		// mostly also in verified: a quarter of the budget is plenty.
		refreshed:  newLRUCache[refreshedSession](cmpOrInt(opts.VerifiedEntries, 10_000), verifiedBytes/4),
		refused:    newLRUCache[error](cmpOrInt(opts.RefusedEntries, 4096), 0),
		refusedFor: cmpOr(opts.RefusedFor, 30*time.Second),
		timeout:    cmpOr(opts.Timeout, 4*time.Second),
		log:        loggerOr(opts.Logger),
	}
	v.countStats = v.log.Enabled(context.Background(), slog.LevelDebug)
	v.ownClock = v.now != nil
	if v.now == nil {
		v.now = time.Now
	}
	return v
}

// DefaultVerifiedBytes keeps a flood of distinct large sessions (10,000 of
// 7.5 kB) well inside a 256 MB container; typical 1-2 kB tokens fit thousands.
const DefaultVerifiedBytes = 24 << 20

func cmpOrInt(n, fallback int) int {
	if n > 0 {
		return n
	}
	return fallback
}

// Validate returns the session for a session token, or the reason there is none.
// token may alias a request buffer: it is copied before anything keeps it.
func (v *Validator) Validate(ctx context.Context, token string) (*Session, error) {
	return v.ValidateAt(ctx, token, time.Time{})
}

// ValidateAt is Validate as of now, a reading of the clock the caller already
// has (the request's arrival): one clock read fewer per request. A zero now,
// or a Validator given its own clock (ValidatorOptions.Now), reads the clock.
func (v *Validator) ValidateAt(ctx context.Context, token string, now time.Time) (*Session, error) {
	if token == "" {
		return nil, ErrNoToken
	}
	if now.IsZero() || v.ownClock {
		now = v.now()
	}
	key := keyOf(token)
	if v.countStats {
		v.stats.maybeReport(v.log, now)
	}
	// The caches come first: a cached token had its shape checked when stored.
	if s, ok := v.verified.get(key, now, token, verifiedAs); ok {
		v.count(&v.stats.hits)
		return s, nil
	}
	if err, ok := v.refused.get(key, now, token, nil); ok {
		v.count(&v.stats.refusedHits)
		return nil, err
	}
	v.count(&v.stats.misses)
	if !WellFormed(token) {
		return nil, v.refuse(key, now, ErrMalformed)
	}
	if HasCriticalHeader(token) {
		return nil, v.refuse(key, now, ErrCritical)
	}

	// Past the caches: this may reach Descope (keys), so bound it in time.
	ctx, cancel := context.WithTimeout(ctx, v.timeout)
	defer cancel()
	token = strings.Clone(token)
	_, tok, err := v.sdk.ValidateSessionWithToken(ctx, token)
	if err != nil && keyProblem(err) && !v.keys.Loaded() {
		// The SDK cannot tell "no keys yet" from a bad token. Load the keys
		// (at most one attempt per back-off period) and ask once more.
		if v.keys.Ensure(ctx) != nil {
			return nil, ErrUnavailable
		}
		_, tok, err = v.sdk.ValidateSessionWithToken(ctx, token)
	}
	if err != nil {
		return nil, v.refuse(key, now, v.classify(err))
	}
	s, err := v.newSession(tok, now)
	if err != nil {
		return nil, v.refuse(key, now, err)
	}
	v.remember(key, s)
	return s, nil
}

// verifiedAs hands out a cached session only for the very token it was
// verified as: the cache key alone could be shared by another token.
func verifiedAs(s *Session, token string) bool {
	return s.Token != nil && s.Token.JWT == token
}

// refreshedSession is what a refresh token gave, with the refresh token's
// SHA-256 to tell it from another token under the same key (refreshes are
// rare enough to afford it, and the refresh token itself is not kept).
type refreshedSession struct {
	refreshSum [sha256.Size]byte
	session    *Session
}

func refreshedBy(r refreshedSession, refreshToken string) bool {
	return r.refreshSum == sha256.Sum256([]byte(refreshToken))
}

// count adds one to a cache counter. The counters are shared by every
// request, so they are left alone unless debug logging reports them.
func (v *Validator) count(n *atomic.Int64) {
	if v.countStats {
		n.Add(1)
	}
}

// remember caches a verified session under its estimated weight.
func (v *Validator) remember(key tokenKey, s *Session) {
	v.verified.put(key, s, s.ExpiresAt, s.Weight())
}

// newSession applies the app's claim checks, and holds exp exactly: the SDK
// allows 5 s past it, but a session cached until exp must not be accepted
// uncached for 5 s more (and cost a full validation per request meanwhile).
// The leeway still covers iat and nbf, where clocks disagree the other way.
func (v *Validator) newSession(tok *descope.Token, now time.Time) (*Session, error) {
	s, err := NewSession(tok, v.projectID)
	if err != nil {
		return nil, err
	}
	if HasCriticalHeader(tok.JWT) {
		return nil, ErrCritical // a refreshed session is held to the same rule
	}
	if !now.Before(s.ExpiresAt) {
		return nil, ErrExpired
	}
	return s, nil
}

// Refresh trades a refresh token (a DSR cookie set by a Descope custom domain)
// for a new session, checked like any other.
//
// Both outcomes are remembered briefly (refusedFor, and never past the new
// session's exp), so a client replaying the same cookies costs Descope one
// call, while a logout elsewhere takes effect within seconds. Forget ends it
// at once here. (A separate cache from verified: a refresh token is never a
// session.)
func (v *Validator) Refresh(ctx context.Context, refreshToken string) (*Session, error) {
	key, now := keyOf(refreshToken), v.now()
	if r, ok := v.refreshed.get(key, now, refreshToken, refreshedBy); ok {
		v.log.Debug("refresh answered from memory", "outcome", "session", "user_id", r.session.UserID)
		return r.session, nil
	}
	if err, ok := v.refused.get(key, now, refreshToken, nil); ok {
		v.log.Debug("refresh answered from memory", "outcome", "refused", "reason", err.Error())
		return nil, err
	}
	if !WellFormed(refreshToken) {
		return nil, v.refuse(key, now, ErrMalformed)
	}
	ctx, cancel := context.WithTimeout(ctx, v.timeout)
	defer cancel()
	started := time.Now()
	_, tok, err := v.sdk.RefreshSessionWithToken(ctx, strings.Clone(refreshToken))
	if err != nil {
		err = v.refuse(key, now, v.classify(err))
		v.log.Debug("refresh at descope", "outcome", "refused", "reason", err.Error(), "duration", time.Since(started).String())
		return nil, err
	}
	s, err := v.newSession(tok, now)
	if err != nil {
		v.log.Debug("refresh at descope", "outcome", "refused", "reason", err.Error())
		return nil, v.refuse(key, now, err)
	}
	v.log.Debug("refresh at descope", "outcome", "session", "user_id", s.UserID, "expires_in", s.ExpiresAt.Sub(now).Round(time.Second).String(), "duration", time.Since(started).String())
	v.refreshed.put(key, refreshedSession{sha256.Sum256([]byte(refreshToken)), s}, earliest(s.ExpiresAt, now.Add(v.refusedFor)), s.Weight())
	v.remember(keyOf(s.Token.JWT), s)
	return s, nil
}

// Forget drops what is remembered about a refresh token and refuses it from
// now on (logout has revoked it at Descope).
func (v *Validator) Forget(refreshToken string) {
	key, now := keyOf(refreshToken), v.now()
	v.refreshed.remove(key)
	v.refused.put(key, ErrInvalid, now.Add(v.refusedFor), 0)
}

func earliest(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// classify maps an SDK error onto this package's reasons.
func (v *Validator) classify(err error) error {
	if !v.keys.Loaded() && keyProblem(err) {
		// Nothing can be verified until Descope has answered once.
		return ErrUnavailable
	}
	de := descope.AsError(err)
	switch {
	case de == nil && !keyProblem(err):
		// A transport error on refresh: Descope is down, not the token bad.
		return ErrUnavailable
	case de != nil && outage(de):
		return ErrUnavailable
	case de != nil && de.Message == "Token has expired":
		return ErrExpired
	case errors.Is(err, descope.ErrPublicKey):
		return ErrUnknownKey
	}
	return ErrInvalid
}

// outage reports whether Descope answered without judging the token: a 5xx,
// a rate limit, or a body that is not Descope's. Only a 4xx refusal (or the
// SDK's own verdict on the token) is a refusal, and only refusals are cached.
func outage(de *descope.Error) bool {
	status, _ := de.Info[descope.ErrorInfoKeys.HTTPResponseStatusCode].(int)
	return status >= 500 || status == 429 ||
		de.Is(descope.ErrInvalidResponse) || de.Is(descope.ErrUnexpectedResponse)
}

// keyProblem reports whether err is about fetching keys rather than the token.
// The SDK flattens its HTTP client's errors into text, hence the match on it.
func keyProblem(err error) bool {
	return errors.Is(err, descope.ErrPublicKey) || strings.Contains(err.Error(), ErrKeysUnavailable.Error())
}

// refuse remembers a deterministic refusal for a short while, so garbage
// replayed in a loop costs a map lookup. Outages are never remembered, nor
// unknown keys: after a key rotation the token may be good once the key set
// is refetched (at most a minute later), and should not wait longer.
func (v *Validator) refuse(key tokenKey, now time.Time, err error) error {
	v.log.Debug("session token refused", "reason", err.Error())
	if !errors.Is(err, ErrUnavailable) && !errors.Is(err, ErrUnknownKey) {
		v.refused.put(key, err, now.Add(v.refusedFor), 0)
	}
	return err
}
