package localdescope

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"net/http"
	"strings"
	"time"

	"github.com/descope-htmx/descope-htmx/assets"
)

// The demo inbox: GET /emulator/outbox in a browser is a page that lists the
// codes, newest first, and refreshes itself with htmx; with
// Accept: application/json (or no text/html) it stays the JSON API.

//go:embed inbox/inbox.html inbox/inbox.css inbox/inbox.js
var inboxFiles embed.FS

var inboxTemplates = template.Must(template.ParseFS(inboxFiles, "inbox/inbox.html"))

// inboxStatic is what the page loads: its stylesheet, its copy script, and
// the vendored htmx (the standalone server has no /assets).
var inboxStatic = func() map[string]*staticFile {
	read := func(name string) []byte {
		b, err := inboxFiles.ReadFile(name)
		if err != nil {
			panic("localdescope: " + err.Error()) // embedded above
		}
		return b
	}
	const js = "text/javascript; charset=utf-8"
	return map[string]*staticFile{
		"/emulator/outbox.css": {contentType: "text/css; charset=utf-8", body: read("inbox/inbox.css")},
		"/emulator/outbox.js":  {contentType: js, body: read("inbox/inbox.js")},
		"/emulator/htmx.js":    {contentType: js, body: assets.HTMX()},
	}
}()

// inboxFile serves one of inboxStatic.
func inboxFile(path string) func(*call) (any, *apiError) {
	f := inboxStatic[path]
	return func(*call) (any, *apiError) { return f, nil }
}

// inboxEntry is one code as the page shows it.
type inboxEntry struct {
	LoginID string
	Code    string
	SentAt  string // RFC 3339, for <time datetime>
	Age     string // "12 s ago"
}

// wantsInboxPage: a browser (Accept with text/html, and not JSON first).
func wantsInboxPage(r *http.Request) bool {
	accept := r.Header.Get("Accept")
	html := strings.Index(accept, "text/html")
	if html < 0 {
		return false
	}
	j := strings.Index(accept, "application/json")
	return j < 0 || html < j
}

// inboxPage renders the page, or only its list for htmx's refresh.
func (s *Server) inboxPage(r *http.Request) (*staticFile, *apiError) {
	msgs := s.Outbox()
	now := s.now()
	entries := make([]inboxEntry, 0, len(msgs))
	for i := len(msgs) - 1; i >= 0; i-- { // newest first
		m := msgs[i]
		entries = append(entries, inboxEntry{LoginID: m.LoginID, Code: m.Code, SentAt: m.SentAt.Format(time.RFC3339), Age: age(now.Sub(m.SentAt))})
	}
	name := "page"
	if r.Header.Get("HX-Request") == "true" {
		name = "messages"
	}
	var b bytes.Buffer
	if err := inboxTemplates.ExecuteTemplate(&b, name, entries); err != nil {
		return nil, &apiError{status: http.StatusInternalServerError, code: codeBadRequest, description: "Could not render the inbox"}
	}
	return &staticFile{contentType: "text/html; charset=utf-8", body: b.Bytes()}, nil
}

// age says how long ago, in words a person reads at a glance.
func age(d time.Duration) string {
	switch {
	case d < 5*time.Second:
		return "just now"
	case d < time.Minute:
		return fmt.Sprintf("%d s ago", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%d min ago", int(d.Minutes()))
	default:
		return fmt.Sprintf("%d h ago", int(d.Hours()))
	}
}
