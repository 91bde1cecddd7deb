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

	// Cache is the route's choice of whether its rendered output may be
	// reused for every request of this session.
	Cache cachePolicy

	page *page
	c    *fiber.Ctx // for what a render looks up (tenant names)
}

// cachePolicy is a route's explicit choice about reusing rendered content.
type cachePolicy int

const (
	// renderEveryTime: the content depends on more than the session (a
	// management API record, a user list).
	renderEveryTime cachePolicy = iota
	// cachePerSession: the content depends on the session and fixed settings
	// alone, so it is rendered once per session and then reused (stored per
	// page: one cached content per page). Such partials must use nothing per
	// request (request ID); a full page's nonce and CSRF token are slots.
	cachePerSession
)

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

// newView is the data of the route's page for this request.
func (a *Application) newView(c *fiber.Ctx) *view {
	s, _ := middleware.SessionOf(c)
	p := pageOf(c)
	return &view{
		Title:         p.title,
		Page:          p.name,
		Demo:          a.Config.DemoMode(),
		SecureCookies: a.Config.SecureCookies,
		Descope:       a.descopeViewFor(c),
		Nonce:         middleware.Nonce(c),
		CSRFToken:     middleware.CSRFToken(c),
		RequestID:     middleware.RequestID(c),
		Events:        htmx.Events,
		Session:       s,
		page:          p,
		c:             c,
	}
}

// wantsFragment: the #container endpoint always answers with a fragment,
// page routes only to htmx swaps.
func wantsFragment(c *fiber.Ctx) bool {
	return pageOf(c).fragment || htmx.WantsFragment(c)
}

// render is the one way a response body is made. A fragment is the partial
// v.Content followed by the header's nav as an <hx-partial> (so a sign-in,
// sign-out or tenant switch updates both); a page is the partial inside
// pages/<v.Page> inside the layout.
func (a *Application) render(c *fiber.Ctx, status int, v *view) error {
	fragment := wantsFragment(c)
	c.Status(status)
	c.Set(fiber.HeaderContentType, fiber.MIMETextHTMLCharsetUTF8)
	if fragment {
		v.Nonce = ""
		if v.Cache == cachePerSession && v.Session != nil {
			body, err := a.rendered.get(v.Session, v.page.fragmentKey, func() ([]byte, error) {
				var b bytes.Buffer
				err := a.renderFragment(&b, v)
				return b.Bytes(), err
			})
			if err != nil {
				return err
			}
			return c.Send(body)
		}
		buf := bytebufferpool.Get()
		defer bytebufferpool.Put(buf)
		if err := a.renderFragment(buf, v); err != nil {
			return err
		}
		return sendPooled(c, buf.Bytes())
	}
	if v.Cache == cachePerSession && v.Session != nil {
		return a.sendCachedPage(c, v)
	}
	buf := bytebufferpool.Get()
	defer bytebufferpool.Put(buf)
	if err := a.renderPage(buf, v); err != nil {
		return err
	}
	return sendPooled(c, buf.Bytes())
}

type writer interface {
	Write([]byte) (int, error)
	WriteString(string) (int, error)
}

func (a *Application) renderFragment(w writer, v *view) error {
	v.Nav = a.nav(v.c, v)
	v.Heading = headingFor(v)
	if err := a.views.Render(w, v.Content, v); err != nil {
		return err
	}
	return a.views.Render(w, "partials/nav_update", v)
}

// renderPage renders partial, page and layout, each a plain render of one
// template: the engine's layout argument would hold its exclusive lock for
// the whole render and keep full pages on one core.
func (a *Application) renderPage(w writer, v *view) error {
	v.Nav = a.nav(v.c, v)
	v.Heading = headingFor(v)
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
