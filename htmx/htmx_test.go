package htmx

import (
	"net/http/httptest"
	"testing"

	"github.com/gofiber/fiber/v2"
)

func TestTriggered(t *testing.T) {
	for _, tc := range []struct {
		header string
		want   bool
	}{
		{"session-ended", true},
		{"foo, session-ended", true},
		{" session-ended ,bar", true},
		{`{"session-ended": null, "x": 1}`, true},
		{"session-ended-later", false},
		{"", false},
		{`{"other":"session-ended-x"}`, false},
	} {
		if got := Triggered(tc.header, EventSessionEnded); got != tc.want {
			t.Errorf("Triggered(%q) = %v, want %v", tc.header, got, tc.want)
		}
	}
}

func TestWantsFragmentAndHeaders(t *testing.T) {
	for _, tc := range []struct {
		name    string
		headers map[string]string
		want    bool
	}{
		{"browser", nil, false},
		{"htmx", map[string]string{HeaderRequest: "true"}, true},
		{"history restore", map[string]string{HeaderRequest: "true", HeaderHistoryRestore: "true"}, false},
		{"full swap", map[string]string{HeaderRequest: "true", HeaderRequestType: "full"}, false},
		{"not true", map[string]string{HeaderRequest: "1"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			app := fiber.New()
			app.Get("/", func(c *fiber.Ctx) error {
				if WantsFragment(c) != tc.want {
					t.Errorf("WantsFragment = %v, want %v", !tc.want, tc.want)
				}
				if RequestOf(c).Enabled != (tc.headers[HeaderRequest] == "true") {
					t.Error("RequestOf disagrees with the header")
				}
				Retarget(c, "#container", "innerHTML")
				Trigger(c, EventSessionEnded, EventSessionChanged)
				return nil
			})
			req := httptest.NewRequest("GET", "/", nil)
			for k, v := range tc.headers {
				req.Header.Set(k, v)
			}
			res, err := app.Test(req)
			if err != nil {
				t.Fatal(err)
			}
			if res.Header.Get(HeaderRetarget) != "#container" || res.Header.Get(HeaderReswap) != "innerHTML" {
				t.Error("Retarget did not set HX-Retarget/HX-Reswap")
			}
			if got := res.Header.Get(HeaderTrigger); got != "session-ended, session-changed" || !Triggered(got, EventSessionChanged) {
				t.Errorf("HX-Trigger = %q", got)
			}
		})
	}
}
