package handlers

import (
	"bytes"
	"html/template"

	"github.com/gofiber/fiber/v2"
	"github.com/valyala/bytebufferpool"

	"github.com/descope-htmx/descope-htmx/assets"
	"github.com/descope-htmx/descope-htmx/auth"
	"github.com/descope-htmx/descope-htmx/htmx"
	"github.com/descope-htmx/descope-htmx/middleware"
)

// view is the data every template gets. Only server-side values and escaped
// claims go in; nothing here is ever placed in an hx-* attribute.
type view struct {
	Title string
	Page  string // "home", "profile", "admin": selects pages/<Page> and the nav highlight

	Demo          bool
	Descope       descopeView
	SecureCookies bool
	Nonce         string // empty in fragments: only a full page's nonce is the document's
	CSRFToken     string
	RequestID     string
	Events        htmx.EventNames

	Session *auth.Session
	Nav     navView
	Profile profile
	Admin   adminView
	Problem *problem
	Row     *tenantMember // partials/admin_row
	StepUp  *stepUpPrompt // partials/step_up
	Heading heading
	// SignedOut: this answer ends a sign-out (the heading confirms it).
	SignedOut bool

	// Content names the partial shown in #container; render fills ContentHTML
	// and PageHTML with its own, already escaped, output.
	Content     string
	ContentHTML template.HTML
	PageHTML    template.HTML

	page *page
	c    *fiber.Ctx // for what a render looks up (tenant names)
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
		origin := a.proxies.BaseURL(c)
		d.BaseURL = origin + LocalDescopePath
		d.StaticURL = d.BaseURL + "/pages"
		d.CDNURL = origin + a.Assets.URL(assets.UILibraryDir+"/index.js")
		d.PreloadUI = true
	}
	return d
}

// newView is the data of the route's page for this request. What only a
// render reads (the header's nav, the heading, <descope-wc>'s URLs) is filled
// in by fillForRender, so an answer served from the render cache skips it.
func (a *Application) newView(c *fiber.Ctx) *view {
	s, _ := middleware.SessionOf(c)
	p := pageOf(c)
	v := &view{
		Title:         p.title,
		Page:          p.name,
		Demo:          a.Config.DemoMode(),
		SecureCookies: a.Config.SecureCookies,
		Nonce:         middleware.Nonce(c),
		RequestID:     middleware.RequestID(c),
		Events:        htmx.Events,
		Session:       s,
		page:          p,
		c:             c,
	}
	if !wantsFragment(c) {
		v.CSRFToken = middleware.CSRFToken(c) // only a page carries one (and asking gives it out)
	}
	return v
}

// wantsFragment: the #container endpoint always answers with a fragment,
// page routes only to htmx swaps.
func wantsFragment(c *fiber.Ctx) bool {
	return pageOf(c).fragment || htmx.WantsFragment(c)
}

// render is the one way a response body is made. A fragment is the partial
// v.Content followed by the header's nav as an <hx-partial> (so a sign-in,
// sign-out or tenant switch updates both); a page is the partial inside
// pages/<v.Page> inside the layout. Content rendered once per session goes
// through renderPerSession, which renders it the same way.
func (a *Application) render(c *fiber.Ctx, status int, v *view) error {
	startHTML(c, status)
	buf := bytebufferpool.Get()
	defer bytebufferpool.Put(buf)
	var err error
	if wantsFragment(c) {
		err = a.renderFragment(buf, v)
	} else {
		err = a.renderPage(buf, v)
	}
	if err != nil {
		return err
	}
	return sendPooled(c, buf.Bytes())
}

// renderPerSession answers with content that depends on the session and
// fixed settings alone, rendered once per session and then reused (stored
// per page, as a fragment and as a page). Such partials must use nothing per
// request (request ID); a full page's nonce and CSRF token are slots (see
// slots.go). fill, if not nil, completes the view from the session.
//
// A stored answer is sent before any view is built: the signed-in
// #container and pages are the app's most frequent answers.
func (a *Application) renderPerSession(c *fiber.Ctx, content string, fill func(*view)) error {
	s, _ := middleware.SessionOf(c)
	if s == nil { // not behind a session guard: nothing to reuse it for
		return a.render(c, fiber.StatusOK, a.contentView(c, content, fill))
	}
	p := pageOf(c)
	if wantsFragment(c) {
		body, err := a.rendered.get(s, p.fragmentKey, func() ([]byte, error) {
			var b bytes.Buffer
			err := a.renderFragment(&b, a.contentView(c, content, fill))
			return b.Bytes(), err
		})
		if err != nil {
			return err
		}
		startHTML(c, fiber.StatusOK)
		return c.Send(body) // shared, never modified: Send keeps it as is
	}
	return a.sendCachedPage(c, s, p.pageKey, func() *view { return a.contentView(c, content, fill) })
}

// contentView is the view showing content, completed by fill.
func (a *Application) contentView(c *fiber.Ctx, content string, fill func(*view)) *view {
	v := a.newView(c)
	v.Content = content
	if fill != nil {
		fill(v)
	}
	return v
}

// startHTML sets the status and type of an HTML answer.
func startHTML(c *fiber.Ctx, status int) {
	c.Status(status)
	c.Response().Header.SetContentTypeBytes(mimeHTML)
}

var mimeHTML = []byte(fiber.MIMETextHTMLCharsetUTF8)

type writer interface {
	Write([]byte) (int, error)
	WriteString(string) (int, error)
}

// fillForRender completes v with what the templates need beyond newView.
func (a *Application) fillForRender(v *view) {
	v.Descope = a.descopeViewFor(v.c)
	v.Nav = a.nav(v.c, v)
	v.Heading = headingFor(v)
}

func (a *Application) renderFragment(w writer, v *view) error {
	v.Nonce = "" // only a full page's nonce is the document's
	a.fillForRender(v)
	if err := a.views.Render(w, v.Content, v); err != nil {
		return err
	}
	return a.views.Render(w, "partials/nav_update", v)
}

// renderPage renders partial, page and layout, each a plain render of one
// template: the engine's layout argument would hold its exclusive lock for
// the whole render and keep full pages on one core.
func (a *Application) renderPage(w writer, v *view) error {
	a.fillForRender(v)
	buf := bytebufferpool.Get()
	defer bytebufferpool.Put(buf)
	if err := a.views.Render(buf, v.Content, v); err != nil {
		return err
	}
	// Safe: html/template's own escaped output, not user data.
	v.ContentHTML = template.HTML(buf.String())
	buf.Reset()
	if err := a.views.Render(buf, "pages/"+v.Page, v); err != nil {
		return err
	}
	v.PageHTML = template.HTML(buf.String())
	return a.views.Render(w, "layouts/base", v)
}

// sendPooled copies b into the response. c.Send would keep b itself, but b is
// a pooled buffer that goes back to the pool when the caller returns, before
// fasthttp writes the body: another request's render could overwrite it.
func sendPooled(c *fiber.Ctx, b []byte) error {
	c.Response().SetBody(b)
	return nil
}
