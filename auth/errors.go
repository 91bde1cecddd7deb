// Package auth turns a Descope session token into a validated Session.
//
// The Go SDK (v1.28.0) checks the signature and the time claims. This package
// adds what the SDK does not check (drn, exp present, project, sub), caches
// verified tokens until they expire, and keeps key fetches at Descope rare.
package auth

import "errors"

// Reasons a token gets no session. Each one is safe to log: none holds token data.
var (
	// ErrNoToken: the request carried no session token at all (a guest).
	ErrNoToken = errors.New("no session token")
	// ErrMalformed: not a JWT by shape (too long, not three base64url parts, empty Bearer).
	ErrMalformed = errors.New("malformed token")
	// ErrInvalid: the SDK refused it (signature, unknown key, algorithm, time claims).
	ErrInvalid = errors.New("invalid token")
	// ErrUnknownKey: signed under a kid the project's key set does not have
	// (a forgery, or a key rotation not yet seen; keys refetch once a minute).
	ErrUnknownKey = errors.New("token signed by an unknown key")
	// ErrExpired: the SDK refused it because exp has passed.
	ErrExpired = errors.New("expired token")
	// ErrNotSession: a refresh token (drn DSR) or another token kind used as a session.
	ErrNotSession = errors.New("not a session token")
	// ErrNoExpiry: a token without exp, which the SDK would accept forever.
	ErrNoExpiry = errors.New("token has no expiry")
	// ErrWrongProject: iss names another Descope project.
	ErrWrongProject = errors.New("token from another project")
	// ErrNoSubject: an empty sub, so no user to speak of.
	ErrNoSubject = errors.New("token has no subject")
	// ErrKeyBound: a DPoP-bound token (cnf claim). The SDK checks the proof
	// only in its request-based validators, so the app refuses such tokens
	// rather than accept them as plain bearer tokens.
	ErrKeyBound = errors.New("key-bound (DPoP) token")
	// ErrCritical: the JWS header lists crit extensions, none of which the app
	// understands, so RFC 7515 §4.1.11 requires refusing the token.
	ErrCritical = errors.New("token header has critical extensions")
	// ErrUnavailable: Descope could not be reached and no keys are loaded yet,
	// so nobody can be verified. Never treated as a session.
	ErrUnavailable = errors.New("descope unavailable")
)
