// Package htmx names what the server and htmx 4 say to each other: the
// request headers htmx sends, the response headers it obeys, and the events
// this app fires. Go, the templates (FuncMap) and the page script (data-*
// attributes rendered from Events) all read the names from here.
package htmx

import (
	"strings"

	"github.com/gofiber/fiber/v2"
)

// Request headers htmx 4 sends.
const (
	HeaderRequest        = "HX-Request"                 // "true" on every htmx request
	HeaderRequestType    = "HX-Request-Type"            // "partial", or "full" when the body is the target
	HeaderHistoryRestore = "HX-History-Restore-Request" // "true" when restoring history
	HeaderBoosted        = "HX-Boosted"
	HeaderTarget         = "HX-Target"      // the target element as tag#id
	HeaderSource         = "HX-Source"      // the triggering element as tag#id
	HeaderCurrentURL     = "HX-Current-URL" // the browser's URL
)

// Response headers htmx 4 obeys.
const (
	HeaderTrigger    = "HX-Trigger"
	HeaderRetarget   = "HX-Retarget"
	HeaderReswap     = "HX-Reswap"
	HeaderRedirect   = "HX-Redirect"
	HeaderRefresh    = "HX-Refresh"
	HeaderPushURL    = "HX-Push-Url"
	HeaderReplaceURL = "HX-Replace-Url"
)

// Events this app fires on document.body. Keep in step with Events below.
const (
	// EventSessionChanged asks every session-dependent region to re-fetch
	// itself (the page script fires it when the browser's session changes,
	// after sign-in and after a tenant switch).
	EventSessionChanged = "session-changed"
	// EventSessionEnded is sent by the server (HX-Trigger) after logout, so
	// the page script clears the browser SDK's copy of the session.
	EventSessionEnded = "session-ended"
	// EventSessionEndedEverywhere is sent after "sign out everywhere": the
	// page script calls the web SDK's logoutAll().
	EventSessionEndedEverywhere = "session-ended-everywhere"
)

// HeaderStepUp marks a 401 that asks for a step-up (a recent sign-in) rather
// than saying the session expired: the page script must not refresh and
// retry it. Its value is StepUpRequired.
const (
	HeaderStepUp   = "Step-Up"
	StepUpRequired = "required"
)

// EventNames is every event name, as the templates and the script see them.
type EventNames struct {
	SessionChanged         string
	SessionEnded           string
	SessionEndedEverywhere string
}

// Events is the one value handed to templates.
var Events = EventNames{SessionChanged: EventSessionChanged, SessionEnded: EventSessionEnded, SessionEndedEverywhere: EventSessionEndedEverywhere}

// Request is what htmx said about a request.
type Request struct {
	Enabled        bool // HX-Request: true
	Boosted        bool
	HistoryRestore bool
	FullRequest    bool // HX-Request-Type: full (the body is swapped)
	Target         string
	Source         string
}

// RequestOf reads the htmx headers. Target and Source alias fasthttp's
// buffers: copy them to keep them past the handler.
func RequestOf(c *fiber.Ctx) Request {
	return Request{
		Enabled:        c.Get(HeaderRequest) == "true",
		Boosted:        c.Get(HeaderBoosted) == "true",
		HistoryRestore: c.Get(HeaderHistoryRestore) == "true",
		FullRequest:    c.Get(HeaderRequestType) == "full",
		Target:         c.Get(HeaderTarget),
		Source:         c.Get(HeaderSource),
	}
}

// WantsFragment tells an htmx swap of part of the page (answer with a
// fragment) from everything else: plain browser requests, history restores
// and full-body swaps, which all get the whole page.
func WantsFragment(c *fiber.Ctx) bool {
	return c.Get(HeaderRequest) == "true" &&
		c.Get(HeaderHistoryRestore) != "true" &&
		c.Get(HeaderRequestType) != "full"
}

// Retarget makes htmx swap the answer into selector with the given swap
// style, whatever the element that asked had configured.
func Retarget(c *fiber.Ctx, selector, swap string) {
	c.Set(HeaderRetarget, selector)
	c.Set(HeaderReswap, swap)
}

// Trigger fires the named events on the client after the response. Names
// only: never put user data here.
func Trigger(c *fiber.Ctx, events ...string) {
	c.Set(HeaderTrigger, strings.Join(events, ", "))
}

// Triggered reports whether an HX-Trigger value fires event. It reads the
// three forms htmx accepts: one name, a comma-separated list, and a JSON
// object whose keys are the names.
func Triggered(header, event string) bool {
	header = strings.TrimSpace(header)
	if strings.HasPrefix(header, "{") {
		return strings.Contains(header, `"`+event+`"`)
	}
	for name := range strings.SplitSeq(header, ",") {
		if strings.TrimSpace(name) == event {
			return true
		}
	}
	return false
}
