package middleware

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"hash"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/csrf"
)

// CSRFHeader is where htmx sends the token (one htmx:config:request listener
// adds it to every non-GET request; htmx 4 does not inherit hx-headers).
const CSRFHeader = "X-CSRF-Token"

// CSRFCookie holds the double-submit copy of the token.
const CSRFCookie = "csrf_"

type csrfTokenKey struct{}

// CSRFToken is the token for <meta name="csrf-token">: only full pages ask.
// On a safe request it is given out on this first ask, with its cookie (see
// pageTokens), so fragments and redirects never pay for one.
func CSRFToken(c *fiber.Ctx) string {
	if t, ok := c.Locals(csrfTokenKey{}).(string); ok {
		return t
	}
	if r := peekRecord(c); r != nil && r.pageTokens != nil {
		return r.pageTokens.give(c)
	}
	return ""
}

// ErrCrossSite is the refusal of an unsafe request sent by another site.
var ErrCrossSite = errors.New("cross-site request")

// CSRFOptions configures CSRF.
type CSRFOptions struct {
	SecureCookie bool
	// Secret signs the tokens. Empty: a random key per process, so pages
	// opened before a restart (or served by another replica) get a 403 on
	// their next unsafe request. Set it when running more than one instance.
	Secret string
	// TokenLifetime bounds how long a page's token stays usable.
	TokenLifetime time.Duration
	// Refuse renders the 403 answer (a fragment for htmx).
	Refuse fiber.ErrorHandler
	// Proxies tells https requests and the host a proxy was asked for.
	Proxies Proxies
}

// CSRF protects unsafe methods three ways: Fetch Metadata, Origin, and Fiber's
// double-submit token (header X-CSRF-Token matching the csrf_ cookie).
//
// Tokens are HMAC-signed and carry their issue time, so the server keeps no
// per-visitor state: a flood of new visitors costs no memory.
func CSRF(opts CSRFOptions) fiber.Handler {
	signer := newTokenSigner(opts.Secret, opts.TokenLifetime)
	config := func(secure bool) csrf.Config {
		return csrf.Config{
			KeyLookup:      "header:" + CSRFHeader,
			CookieName:     CSRFCookie,
			CookiePath:     "/",
			CookieSecure:   secure,
			CookieHTTPOnly: true, // JavaScript reads the token from the meta tag, not the cookie
			CookieSameSite: fiber.CookieSameSiteStrictMode,
			Expiration:     signer.lifetime,
			KeyGenerator:   signer.issue,
			Storage:        signer,
			ContextKey:     csrfTokenKey{},
			ErrorHandler:   opts.Refuse,
		}
	}
	// Two instances, because Fiber's CookieSecure is fixed: the cookie is
	// Secure exactly when the session cookies are (configured, or https).
	plain, secure := csrf.New(config(false)), csrf.New(config(true))
	tokens := &pageTokens{signer: signer, secureCookie: opts.SecureCookie, proxies: opts.Proxies}
	return func(c *fiber.Ctx) error {
		if safeMethod(c.Method()) {
			recordOf(c).pageTokens = tokens // given out if a page asks (CSRFToken)
			return c.Next()
		}
		if crossSite(c, opts.Proxies) {
			return opts.Refuse(c, ErrCrossSite)
		}
		if secureCookie(c, opts.SecureCookie, opts.Proxies) {
			return secure(c)
		}
		return plain(c)
	}
}

// pageTokens gives safe requests their page's token, on the page's first
// ask, as Fiber's middleware would have given it up front: safe methods are
// not checked, only handed a token for the page's next unsafe request.
type pageTokens struct {
	signer       *tokenSigner
	secureCookie bool
	proxies      Proxies
}

func (p *pageTokens) give(c *fiber.Ctx) string {
	token := p.signer.givePageToken(c, secureCookie(c, p.secureCookie, p.proxies))
	c.Locals(csrfTokenKey{}, token)
	return token
}

// givePageToken does for a safe request what Fiber's middleware does: keep
// the token of the csrf_ cookie while it is good, else issue one, and
// (re)set the cookie with the same attributes. (It reads only that cookie;
// Fiber parses every cookie, the session's kilobyte-long JWT included.)
func (s *tokenSigner) givePageToken(c *fiber.Ctx, secure bool) string {
	token := requestCookie(c, CSRFCookie)
	if token == "" || !s.valid(token) {
		token = s.issue()
	}
	c.Cookie(&fiber.Cookie{
		Name:     CSRFCookie,
		Value:    token,
		Path:     "/",
		Secure:   secure,
		HTTPOnly: true, // JavaScript reads the token from the meta tag, not the cookie
		SameSite: fiber.CookieSameSiteStrictMode,
		Expires:  time.Now().Add(s.lifetime),
	})
	c.Vary(fiber.HeaderCookie)
	return token
}

func safeMethod(m string) bool {
	return m == fiber.MethodGet || m == fiber.MethodHead || m == fiber.MethodOptions
}

// crossSite reads the browser's own statement of where a request came from.
func crossSite(c *fiber.Ctx, proxies Proxies) bool {
	if site := c.Get("Sec-Fetch-Site"); site != "" && site != "same-origin" {
		return true
	}
	if origin := c.Get(fiber.HeaderOrigin); origin != "" {
		// Hosts only: behind a TLS proxy the app may see http while the
		// browser says https, and that is not another site.
		u, err := url.Parse(origin)
		return err != nil || u.Host == "" || !strings.EqualFold(u.Host, proxies.Host(c))
	}
	return false
}

// tokenSigner issues self-validating tokens and stands in for the csrf
// middleware's Storage: a token "exists" while its signature holds and it is
// younger than lifetime.
type tokenSigner struct {
	key      []byte
	lifetime time.Duration
	macs     sync.Pool // of hash.Hash: hmac.New costs more than the MAC itself
}

func newTokenSigner(secret string, lifetime time.Duration) *tokenSigner {
	if lifetime <= 0 {
		lifetime = 12 * time.Hour
	}
	key := make([]byte, 32)
	if secret != "" {
		sum := sha256.Sum256([]byte("csrf:" + secret))
		key = sum[:]
	} else {
		_, _ = rand.Read(key)
	}
	return &tokenSigner{key: key, lifetime: lifetime}
}

// issue returns base64url(issued-at || 16 random bytes || HMAC-SHA256 of both).
func (s *tokenSigner) issue() string {
	var raw [8 + 16 + sha256.Size]byte
	binary.BigEndian.PutUint64(raw[:8], uint64(time.Now().Unix()))
	_, _ = rand.Read(raw[8:24])
	copy(raw[24:], s.mac(raw[:24]))
	return base64.RawURLEncoding.EncodeToString(raw[:])
}

func (s *tokenSigner) mac(b []byte) []byte {
	m, ok := s.macs.Get().(hash.Hash)
	if ok {
		m.Reset()
	} else {
		m = hmac.New(sha256.New, s.key)
	}
	defer s.macs.Put(m)
	m.Write(b)
	return m.Sum(nil)
}

func (s *tokenSigner) valid(token string) bool {
	raw, err := base64.RawURLEncoding.DecodeString(token)
	if err != nil || len(raw) != 8+16+sha256.Size || !hmac.Equal(raw[24:], s.mac(raw[:24])) {
		return false
	}
	issued := time.Unix(int64(binary.BigEndian.Uint64(raw[:8])), 0)
	return time.Since(issued) < s.lifetime
}

// The fiber.Storage methods: only Get means anything.
func (s *tokenSigner) Get(key string) ([]byte, error) {
	if s.valid(key) {
		return []byte{1}, nil
	}
	return nil, nil
}
func (s *tokenSigner) Set(string, []byte, time.Duration) error { return nil }
func (s *tokenSigner) Delete(string) error                     { return nil }
func (s *tokenSigner) Reset() error                            { return nil }
func (s *tokenSigner) Close() error                            { return nil }
