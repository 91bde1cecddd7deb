package auth

import (
	"encoding/base64"
	"encoding/json"
	"strings"
)

// MaxTokenBytes bounds what is handed to the SDK. Real Descope JWTs with many
// tenants stay well under it; anything longer is refused unparsed.
const MaxTokenBytes = 8 << 10

// TokenFromRequest picks the session token the way the Descope SDKs do: an
// Authorization header wins over the DS cookie, even when the header is bad,
// so a broken header can never be papered over by a cookie.
func TokenFromRequest(authorization, cookie string) (string, error) {
	if authorization == "" {
		if cookie == "" {
			return "", ErrNoToken
		}
		return cookie, nil
	}
	scheme, token, ok := strings.Cut(strings.TrimSpace(authorization), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", ErrMalformed
	}
	if token = strings.TrimSpace(token); token == "" {
		return "", ErrMalformed
	}
	return token, nil
}

// WellFormed reports whether s has the shape of a compact JWS: three non-empty
// base64url parts, and no longer than MaxTokenBytes. It is a cheap filter
// before the SDK, not a validation.
func WellFormed(s string) bool {
	if len(s) == 0 || len(s) > MaxTokenBytes {
		return false
	}
	dots, partLen := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '.':
			if partLen == 0 {
				return false
			}
			dots++
			partLen = 0
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '-', c == '_':
			partLen++
		default:
			return false
		}
	}
	return dots == 2 && partLen > 0
}

// HasCriticalHeader reports whether the JWS protected header of a well-formed
// token names a crit parameter, or cannot be read at all. The app implements
// no JWS extension, so any crit (even an empty list, which RFC 7515 forbids)
// means the token must be refused. (Go's JSON matching of names is
// case-insensitive, so a "CRIT" is refused too: stricter, never looser.)
func HasCriticalHeader(token string) bool {
	head, _, _ := strings.Cut(token, ".")
	raw, err := base64.RawURLEncoding.DecodeString(head)
	if err != nil {
		return true
	}
	var h struct {
		Crit json.RawMessage `json:"crit"`
	}
	return json.Unmarshal(raw, &h) != nil || h.Crit != nil
}
