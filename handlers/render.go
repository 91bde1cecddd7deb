package handlers

import (
	"bytes"
	"errors"
	"html/template"
	"strings"

	"github.com/gofiber/fiber/v2"
	"github.com/valyala/bytebufferpool"

	"github.com/descope-htmx/descope-htmx/assets"
	"github.com/descope-htmx/descope-htmx/auth"
	"github.com/descope-htmx/descope-htmx/middleware"
)

// view is the data every template gets. Only server-side values and escaped
// claims go in; nothing here is ever placed in an hx-* attribute.
type view struct {
	Title string
	Page  string // "home", "profile": selects pages/<Page> and the nav highlight

	Demo          bool
	Descope       descopeView
	SecureCookies bool
	Nonce         string // empty in fragments: only a full page's nonce is the document's
	CSRFToken     string
	RequestID     string

	Session *auth.Session
	Profile profile
	IsAdmin bool
	Problem *problem

	// Content names the partial shown in #container; render fills ContentHTML
	// and PageHTML with its own, already escaped, output.
	Content     string
	ContentHTML template.HTML
	PageHTML    template.HTML

	// memoize marks Content as depending on the session alone (and fixed
	// settings), so it is rendered once per session: signed-in content
	// partials must therefore use nothing per-request (nonce, CSRF, request ID).
	memoize bool
}

type descopeView struct {
	ProjectID  string
	FlowID     string
	BaseURL    string // <descope-wc base-url>: absolute, or "" for Descope's default
	SDKBaseURL string // the web-js-sdk's baseUrl ("" = Descope's default)
	StaticURL  string // <descope-wc base-static-url>, when configured
	CDNURL     string // <descope-wc base-cdn-url>, when configured
	// PreloadUI: the page loads the vendored UI library itself (demo mode),
	// so <descope-wc> injects nothing from a CDN.
	PreloadUI bool
}

// descopeViewFor fills the component's URLs. In demo mode they point at this
// very origin, taken from the request (X-Forwarded-* only from
// TRUSTED_PROXIES): <descope-wc> needs absolute URLs.
func (a *Application) descopeViewFor(c *fiber.Ctx) descopeView {
	d := descopeView{
		ProjectID:  a.ProjectID,
		FlowID:     a.Config.FlowID,
		BaseURL:    a.Config.BaseURI,
		SDKBaseURL: a.BrowserBaseURL,
		StaticURL:  a.Config.StaticBaseURL,
		CDNURL:     a.Config.CDNBaseURL,
	}
	if a.Config.DemoMode() {
		origin := c.BaseURL()
		d.BaseURL = origin + LocalDescopePath
		d.StaticURL = d.BaseURL + "/pages"
		d.CDNURL = origin + a.Assets.URL(assets.UILibraryDir+"/index.js")
		d.PreloadUI = true
	}
	return d
}

func (a *Application) newView(c *fiber.Ctx, p page) *view {
	s, _ := middleware.SessionOf(c)
	return &view{
		Title:         p.title,
		Page:          p.name,
		Demo:          a.Config.DemoMode(),
		SecureCookies: a.Config.SecureCookies,
		Descope:       a.descopeViewFor(c),
		Nonce:         middleware.Nonce(c),
		CSRFToken:     middleware.CSRFToken(c),
		RequestID:     middleware.RequestID(c),
		Session:       s,
	}
}

// isFragmentRequest tells an htmx swap (answer with a fragment) from
// everything else (answer with a full page), including htmx's own history
// restores, which replace the whole body.
func isFragmentRequest(c *fiber.Ctx) bool {
	return c.Get("HX-Request") == "true" &&
		c.Get("HX-History-Restore-Request") != "true" &&
		c.Get("HX-Request-Type") != "full"
}

// render is the one way a response body is made: the partial v.Content,
// alone for a fragment, or inside pages/<v.Page> and the layout for a page.
//
// Each step is a plain render of one template; the layout is not passed as
// the engine's layout argument, which would hold its exclusive lock for the
// whole render and keep full pages on one core.
func (a *Application) render(c *fiber.Ctx, status int, v *view, fragment bool) error {
	buf := bytebufferpool.Get()
	defer bytebufferpool.Put(buf)
	if fragment {
		v.Nonce = ""
	}
	if err := a.renderContent(buf, v); err != nil {
		return err
	}
	if !fragment {
		// Safe: this is html/template's own escaped output, not user data.
		v.ContentHTML = template.HTML(buf.String())
		buf.Reset()
		if err := a.views.Render(buf, "pages/"+v.Page, v); err != nil {
			return err
		}
		v.PageHTML = template.HTML(buf.String())
		buf.Reset()
		if err := a.views.Render(buf, "layouts/base", v); err != nil {
			return err
		}
	}
	c.Status(status)
	c.Set(fiber.HeaderContentType, fiber.MIMETextHTMLCharsetUTF8)
	return c.Send(buf.Bytes())
}

// renderContent renders the partial v.Content into buf, from the session's
// memo when it may be reused.
func (a *Application) renderContent(buf *bytebufferpool.ByteBuffer, v *view) error {
	if !v.memoize {
		return a.views.Render(buf, v.Content, v)
	}
	html, err := v.Session.Memo(v.Content, func() ([]byte, error) {
		var b bytes.Buffer
		err := a.views.Render(&b, v.Content, v)
		return b.Bytes(), err
	})
	if err == nil {
		_, err = buf.Write(html)
	}
	return err
}

// problem is a designed error message, shown where the content would be.
type problem struct {
	Title  string
	Detail string
	Retry  bool
}

var (
	problemUnavailable = &problem{"Sign-in temporarily unavailable", "We cannot reach the sign-in service to check your session right now. Please try again in a moment.", true}
	problemForbidden   = &problem{"This request was refused", "It did not come from this site's own page, or the page is too old. Reload the page and try again.", true}
	problemTooMany     = &problem{"Slow down", "Too many requests from your address. Please wait a minute and try again.", false}
	problemNotFound    = &problem{"Page not found", "There is nothing at this address.", false}
	problemMethod      = &problem{"Method not allowed", "This address does not accept that kind of request.", false}
	problemTooLarge    = &problem{"Request too large", "The request's headers or body are larger than this site accepts. Clearing this site's cookies may help.", false}
	problemBadRequest  = &problem{"Bad request", "The request could not be understood.", false}
	problemInternal    = &problem{"Something went wrong", "An unexpected error occurred on our side. It has been logged.", true}
)

func problemFor(code int) *problem {
	switch {
	case code == fiber.StatusForbidden:
		return problemForbidden
	case code == fiber.StatusNotFound:
		return problemNotFound
	case code == fiber.StatusMethodNotAllowed:
		return problemMethod
	case code == fiber.StatusTooManyRequests:
		return problemTooMany
	case code == fiber.StatusRequestHeaderFieldsTooLarge, code == fiber.StatusRequestEntityTooLarge:
		return problemTooLarge
	case code == fiber.StatusServiceUnavailable:
		return problemUnavailable
	case code < 500:
		return problemBadRequest
	default:
		return problemInternal
	}
}

// handleError is Fiber's error handler: every error becomes a designed
// fragment or page with the right status, never a stack trace or a blank body
// (an empty 4xx would blank the htmx target).
func (a *Application) handleError(c *fiber.Ctx, err error) error {
	code := fiber.StatusInternalServerError
	var fe *fiber.Error
	if errors.As(err, &fe) {
		code = fe.Code
	}
	if code >= 500 {
		a.Logger.Error("request failed", "request_id", middleware.RequestID(c), "path", c.Path(), "error", err.Error())
	}
	if strings.HasPrefix(c.Path(), LocalDescopePath+"/") {
		// The browser SDK parses every answer of the Descope API as JSON.
		return c.Status(code).JSON(fiber.Map{
			"errorCode":        descopeErrorCode(code),
			"errorDescription": problemFor(code).Title,
		})
	}
	// Errors raised before the middleware ran (an oversized header) get the
	// security headers here, and the fragment alone: there is no CSRF token.
	fragment := isFragmentRequest(c)
	if middleware.Nonce(c) == "" {
		a.securityHeaders(c)
		fragment = true
	}
	// Errors can come from middleware that runs before NoStore (CSRF, limits).
	c.Set(fiber.HeaderCacheControl, "no-store")
	c.Vary(fiber.HeaderCookie, fiber.HeaderAuthorization, "HX-Request")
	v := a.newView(c, page{name: "error", title: problemFor(code).Title})
	v.Content, v.Problem = "partials/problem", problemFor(code)
	if rerr := a.render(c, code, v, fragment); rerr != nil {
		a.Logger.Error("render error page", "request_id", middleware.RequestID(c), "error", rerr.Error())
		return c.Status(code).SendString(v.Problem.Title)
	}
	return nil
}

// descopeErrorCode is Descope's code for the failures the app itself raises
// in front of the local Descope (rate limit, body limit).
func descopeErrorCode(status int) string {
	switch status {
	case fiber.StatusTooManyRequests:
		return "E130429"
	case fiber.StatusServiceUnavailable, fiber.StatusInternalServerError:
		return "E010000"
	}
	return "E011001"
}

// refuseCSRF answers a refused unsafe request: 403 and a fragment, nothing changed.
func (a *Application) refuseCSRF(c *fiber.Ctx, err error) error {
	a.Logger.Warn("csrf refused", "request_id", middleware.RequestID(c), "path", c.Path(), "reason", err.Error())
	return fiber.NewError(fiber.StatusForbidden, "csrf: "+err.Error())
}
