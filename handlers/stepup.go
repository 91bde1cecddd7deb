package handlers

import (
	"regexp"

	"github.com/gofiber/fiber/v2"

	"github.com/descope-htmx/descope-htmx/htmx"
)

// stepUpFlowID is the Descope flow the prompt runs.
const stepUpFlowID = "step-up"

// stepUpPrompt is the data of partials/step_up: where it replaces the
// element that asked, and the request to run again once verified.
type stepUpPrompt struct {
	// ID and Tag are the element's id and tag name ("" when the request
	// came from no identified element: the prompt then fills #container).
	ID, Tag string
	// Method and Path repeat the refused request (the router's own path).
	Method, Path string
	// CancelPath re-renders the page's content without the prompt.
	CancelPath string
	Descope    descopeView
}

// pagePath is where a page's frame lives ("/" for home and errors).
func pagePath(p *page) string {
	switch p.name {
	case adminPage.name, profilePage.name:
		return "/" + p.name
	}
	return "/"
}

// htmxTarget parses htmx 4's HX-Target ("tr#user-41"). Only plain ids are
// taken: the id goes back out in HX-Retarget and an attribute.
var htmxTarget = regexp.MustCompile(`^([a-z][a-z0-9]{0,15})#([A-Za-z][A-Za-z0-9_-]{0,127})$`)

// stepUpRequired answers a request that needs a recent sign-in: 401, the
// HeaderStepUp mark (so the page script does not take it for an expired
// session), and the step-up prompt in place of the element that asked.
func (a *Application) stepUpRequired(c *fiber.Ctx) error {
	a.errorHeaders(c)
	c.Set(htmx.HeaderStepUp, htmx.StepUpRequired)
	v := a.newView(c)
	p := &stepUpPrompt{Method: c.Method(), Path: c.Path(), CancelPath: pagePath(v.page), Descope: a.descopeViewFor(c)}
	p.Descope.FlowID = stepUpFlowID
	if wantsFragment(c) {
		if m := htmxTarget.FindStringSubmatch(c.Get(htmx.HeaderTarget)); m != nil {
			p.Tag, p.ID = m[1], m[2]
			htmx.Retarget(c, "#"+p.ID, "outerHTML")
		} else {
			htmx.Retarget(c, "#container", "innerHTML")
		}
	}
	v.Content, v.StepUp = "partials/step_up", p
	return a.renderOrFallback(c, fiber.StatusUnauthorized, v)
}
