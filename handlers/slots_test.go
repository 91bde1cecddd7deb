package handlers

import (
	"context"
	"errors"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/descope-htmx/descope-htmx/auth"
	"github.com/descope-htmx/descope-htmx/internal/descopetest"
)

var cspNonce = regexp.MustCompile(`'nonce-([^']+)'`)

// perRequest returns the response's nonce and CSRF token, and its body with
// both replaced by fixed markers, so two answers can be compared.
func perRequest(t *testing.T, res response) (nonce, csrf, normalized string) {
	t.Helper()
	m := cspNonce.FindStringSubmatch(res.header.Get("Content-Security-Policy"))
	if m == nil {
		t.Fatal("no CSP nonce")
	}
	nonce = m[1]
	csrf = strings.TrimPrefix(strings.SplitN(res.setCookies()["csrf_"], ";", 2)[0], "csrf_=")
	if csrf == "" || !res.has(`<meta name="csrf-token" content="`+csrf+`">`) {
		t.Fatal("page's CSRF token does not match its cookie")
	}
	return nonce, csrf, strings.NewReplacer(nonce, "{NONCE}", csrf, "{CSRF}").Replace(res.body)
}

// A stored page spliced with a request's values is exactly what rendering
// that request in full gives, and each request gets its own values.
func TestCachedPageSlots(t *testing.T) {
	a := newTestApp(t)
	for _, path := range []string{"/", "/profile"} {
		t.Run(path, func(t *testing.T) {
			token := a.descope.SessionToken(userID, time.Hour, descopetest.Claims{"name": `Eve <script>alert(1)</script>" onmouseover="x`})
			first := a.do(t, request{path: path, cookies: map[string]string{"DS": token}})  // rendered in full
			second := a.do(t, request{path: path, cookies: map[string]string{"DS": token}}) // spliced
			n1, c1, body1 := perRequest(t, first)
			n2, c2, body2 := perRequest(t, second)
			if first.status != http.StatusOK || second.status != http.StatusOK || !first.has(contentMarker) {
				t.Fatalf("status %d/%d", first.status, second.status)
			}
			if n1 == n2 || c1 == c2 {
				t.Error("two requests share a nonce or CSRF token")
			}
			if body1 != body2 {
				t.Error("the spliced page differs from the rendered one")
			}
			scripts := strings.Count(second.body, "<script ")
			if got := strings.Count(second.body, `nonce="`+n2+`"`); got != scripts || got == 0 {
				t.Errorf("nonce in %d places, %d scripts", got, scripts)
			}
			if second.has("<script>alert(1)") || second.has(`" onmouseover="x`) || !second.has("Eve &lt;script&gt;alert(1)&lt;/script&gt;&#34; onmouseover=&#34;x") {
				t.Error("user data reached the page unescaped")
			}
			if _, ok := a.lastSession(t, token).memoHas(pageKeyFor(path)); !ok {
				t.Error("the page was not stored for the session")
			}
		})
	}
}

// User data that happens to hold a placeholder cannot become a slot: the
// check at build time refuses to store such a page, and every request is
// rendered in full, with the text shown as text.
func TestPlaceholderInUserDataIsNotASlot(t *testing.T) {
	a := newTestApp(t)
	name := "x" + placeholder(slotNonce) + "y" + placeholder(slotCSRF)
	token := a.descope.SessionToken(userID, time.Hour, descopetest.Claims{"name": name})
	for i := range 3 {
		res := a.do(t, request{path: "/", cookies: map[string]string{"DS": token}})
		nonce, csrf, _ := perRequest(t, res)
		if res.status != http.StatusOK || !res.has("data-account-name>"+name+"</span>") {
			t.Fatalf("request %d: status %d, name not shown as text", i, res.status)
		}
		if strings.Count(res.body, nonce) != strings.Count(res.body, "<script ") || strings.Count(res.body, csrf) != 1 {
			t.Fatalf("request %d: a per-request value landed in user data", i)
		}
	}
	if stored, _ := a.lastSession(t, token).memoHas(homePage.pageKey); stored {
		t.Error("a page with placeholder text in user data was stored as slotted")
	}
}

func TestSlotEncoding(t *testing.T) {
	page := "a" + placeholder(slotNonce) + "b" + placeholder(slotCSRF) + placeholder(slotNonce) + "c"
	enc, ok := encodeSlots([]byte(page))
	if !ok {
		t.Fatal("encode refused a well-formed page")
	}
	var out strings.Builder
	writeSlotted(func(b []byte) { out.Write(b) }, func(s string) { out.WriteString(s) }, enc, "N", "C")
	if out.String() != "aNbCNc" {
		t.Errorf("spliced %q", out.String())
	}
	if _, ok := encodeSlots([]byte("a" + slotMarker + "z")); ok {
		t.Error("a marker with an unknown kind was accepted")
	}
	for v, want := range map[string]bool{"abcXYZ09-_": true, "": false, "a+b": false, `a"b`: false, "a<b": false, "a b": false} {
		if slotSafe(v) != want {
			t.Errorf("slotSafe(%q) = %v", v, !want)
		}
	}
}

func pageKeyFor(path string) string {
	if path == "/profile" {
		return profilePage.pageKey
	}
	return homePage.pageKey
}

type memoProbe struct {
	a *testApp
	s *auth.Session
}

// lastSession is the validator's cached session for token: the one the
// requests used.
func (a *testApp) lastSession(t *testing.T, token string) memoProbe {
	t.Helper()
	s, err := a.Validator.Validate(context.Background(), token)
	if err != nil {
		t.Fatal(err)
	}
	return memoProbe{a, s}
}

// memoHas reports whether key is stored (ok) and holds a non-empty value.
func (p memoProbe) memoHas(key string) (nonEmpty, ok bool) {
	errAbsent := errors.New("absent")
	v, err := p.a.rendered.get(p.s, key, func() ([]byte, error) { return nil, errAbsent })
	return len(v) > 0, err == nil
}

// A safe request gets a CSRF token (and its cookie) only when a page asks
// for one: full pages do, once, whether rendered or spliced; fragments,
// which never carry the token, set no cookie.
func TestCSRFTokenOnlyWithPages(t *testing.T) {
	a := newTestApp(t)
	token := a.descope.SessionToken(userID, time.Hour, nil)
	for _, tc := range []struct {
		name    string
		req     request
		page    bool
		spliced bool // the signed-in page is stored before the request
	}{
		{"guest page", request{path: "/"}, true, false},
		{"guest fragment", request{path: "/container", htmx: true}, false, false},
		{"signed-in page, rendered", request{path: "/profile", cookies: map[string]string{"DS": token}}, true, false},
		{"signed-in page, spliced", request{path: "/profile", cookies: map[string]string{"DS": token}}, true, true},
		{"signed-in fragment", request{path: "/container", htmx: true, cookies: map[string]string{"DS": token}}, false, false},
		{"signed-in swap of a page", request{path: "/profile", htmx: true, cookies: map[string]string{"DS": token}}, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if strings.HasPrefix(tc.name, "signed-in page") {
				if stored, _ := a.lastSession(t, token).memoHas(profilePage.pageKey); stored != tc.spliced {
					t.Fatalf("the slotted page stored before the request: %v, want %v", stored, tc.spliced)
				}
			}
			res := a.do(t, tc.req)
			var lines int
			for _, l := range res.header.Values("Set-Cookie") {
				if strings.HasPrefix(l, "csrf_=") {
					lines++
				}
			}
			if res.status != http.StatusOK && res.status != http.StatusUnauthorized {
				t.Fatalf("status %d", res.status)
			}
			switch {
			case tc.page && lines != 1:
				t.Fatalf("a page set %d csrf_ cookies, want 1", lines)
			case tc.page:
				perRequest(t, res) // the cookie matches the page's <meta>
			case lines != 0 || strings.Contains(res.body, `name="csrf-token"`):
				t.Fatalf("a fragment set %d csrf_ cookies", lines)
			}
		})
	}
}
