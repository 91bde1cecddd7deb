package middleware

import (
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gofiber/fiber/v2"
)

// requestCookie must read every Cookie header as fasthttp's parser does: the
// same value, or the same absence, for the session and refresh cookies; and
// so after something has parsed the cookies first: the CSRF check on an
// unsafe request, c.Protocol behind a trusted proxy on any.
func TestRequestCookieAgreesWithFiber(t *testing.T) {
	headers := [][]string{
		{},
		{"DS=abc"},
		{"DS=abc; DSR=def"},
		{"DSR=def; DS=abc"},
		{"  DS  =  abc  ;DSR= def"},
		{`DS="quoted"; DSR="`},
		{`DS=""`},
		{"DS"},
		{"DS;DS=second"},
		{"XDS=no; DSX=no; ds=no"},
		{"DS=first; DS=second"},
		{"a=1", "DS=from-the-second-header"},
		{"DS=one", "DS=two"},
		{"=DS; DS=="},
		{";;; DS=x;;"},
		{"DS=a=b=c"},
	}
	// And random ones, from the characters that matter to the parser.
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"DS", "DSR", "=", ";", " ", `"`, "x", "eyJ.a.b"}
	for i := 0; i < 2000; i++ {
		var b strings.Builder
		for n := r.IntN(12); n > 0; n-- {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		headers = append(headers, []string{b.String()})
	}

	app := fiber.New(fiber.Config{EnableTrustedProxyCheck: true, TrustedProxies: []string{"0.0.0.0"}})
	var got, want [2]string
	ours := func(c *fiber.Ctx) {
		got = [2]string{requestCookie(c, SessionCookie), requestCookie(c, RefreshCookie)}
	}
	app.Get("/", func(c *fiber.Ctx) error {
		ours(c) // before fasthttp's parse rewrites its view of the headers
		want = [2]string{c.Cookies(SessionCookie), c.Cookies(RefreshCookie)}
		return nil
	})
	app.Get("/proxied", func(c *fiber.Ctx) error {
		_ = c.Protocol() // as Proxies.IsHTTPS does behind a trusted proxy, before the session is read
		ours(c)
		want = [2]string{c.Cookies(SessionCookie), c.Cookies(RefreshCookie)}
		return nil
	})
	app.Post("/", func(c *fiber.Ctx) error {
		_ = c.Cookies(CSRFCookie) // as the CSRF check does before the session is read
		ours(c)
		want = [2]string{c.Cookies(SessionCookie), c.Cookies(RefreshCookie)}
		return nil
	})
	headers = append(headers, []string{"=DS=evil; DS=real"}, []string{`DS=""x""`}, []string{`DS=" x "`}, []string{"DS=tab\t"})
	for _, route := range []struct{ method, path string }{{http.MethodGet, "/"}, {http.MethodGet, "/proxied"}, {http.MethodPost, "/"}} {
		method := route.method + " " + route.path
		for _, h := range headers {
			req := httptest.NewRequest(route.method, route.path, nil)
			req.Header.Set("X-Forwarded-Proto", "https")
			for _, v := range h {
				req.Header.Add("Cookie", v)
			}
			if _, err := app.Test(req); err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("%s, Cookie %q: DS, DSR = %q, fasthttp reads %q", method, h, got, want)
			}
		}
	}
}
