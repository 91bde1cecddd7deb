package localdescope

import (
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// getRaw fetches path with headers (name, value pairs) and returns status,
// header and body, whatever their type (e.send insists on JSON).
func (e *env) getRaw(path string, headers ...string) (int, http.Header, string) {
	e.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, e.ts.URL+path, nil)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res.StatusCode, res.Header, string(body)
}

// The outbox is a page for browsers and stays the JSON API for everyone else.
func TestInboxPage(t *testing.T) {
	e := newEnv(t, Options{})
	first := e.sendCode("first@example.com")
	e.clock.Advance(90 * time.Second)
	second := e.sendCode("second@example.com")

	// JSON, exactly as before, for API clients (Accept: application/json, */* or none).
	for _, accept := range []string{"application/json", "*/*", "", "application/json, text/html"} {
		r := e.do("GET", "/emulator/outbox", "", "", "Accept", accept)
		msgs, _ := r.body["messages"].([]any)
		if r.status != 200 || len(msgs) != 2 || len(r.body) != 1 {
			t.Fatalf("Accept %q: %d %s", accept, r.status, r.raw)
		}
		if m, _ := msgs[0].(map[string]any); m["loginId"] != "first@example.com" || m["code"] != first {
			t.Errorf("Accept %q: JSON order changed: %s", accept, r.raw)
		}
	}

	status, h, page := e.getRaw("/emulator/outbox", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
	if status != 200 || !strings.HasPrefix(h.Get("Content-Type"), "text/html") || !strings.Contains(h.Get("Vary"), "Accept") {
		t.Fatalf("page: %d %v", status, h)
	}
	for _, want := range []string{"<h1>Demo inbox</h1>", `hx-get="outbox"`, `hx-trigger="every 3s"`, `<script src="htmx.js"></script>`,
		`<script src="outbox.js"></script>`, `href="outbox.css"`, `data-copy="` + second + `"`, "1 min ago", "just now"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(page, "<script>") || strings.Contains(page, "<style") || strings.Contains(page, " style=") {
		t.Error("inline script or style: the app's CSP forbids them")
	}
	if i, j := strings.Index(page, second), strings.Index(page, first); i < 0 || j < 0 || i > j {
		t.Error("the page does not list the newest code first")
	}

	// htmx's refresh gets the list only.
	_, _, list := e.getRaw("/emulator/outbox", "Accept", "text/html", "HX-Request", "true")
	if strings.Contains(list, "<html") || !strings.Contains(list, `<code class="otp">`+second+`</code>`) {
		t.Errorf("refresh fragment: %q", list)
	}

	for path, ct := range map[string]string{"/emulator/htmx.js": "text/javascript", "/emulator/outbox.js": "text/javascript", "/emulator/outbox.css": "text/css"} {
		status, h, body := e.getRaw(path)
		if status != 200 || !strings.HasPrefix(h.Get("Content-Type"), ct) || len(body) < 100 {
			t.Errorf("%s: %d %q, %d bytes", path, status, h.Get("Content-Type"), len(body))
		}
	}
}

func TestInboxEmpty(t *testing.T) {
	e := newEnv(t, Options{})
	_, _, page := e.getRaw("/emulator/outbox", "Accept", "text/html")
	if !strings.Contains(page, "No codes yet") {
		t.Errorf("empty inbox: %q", page)
	}
}
