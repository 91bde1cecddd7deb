package assets

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"testing"

	"github.com/gofiber/fiber/v2"
)

func TestFingerprintedAssets(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	app := fiber.New()
	app.Get(Prefix+"*", m.Handler())
	url := m.URL("vendor/htmx.min.js")
	if !regexp.MustCompile(`^/assets/vendor/htmx\.min\.[0-9a-f]{12}\.js$`).MatchString(url) {
		t.Fatalf("URL = %q", url)
	}

	get := func(path string, headers map[string]string) *http.Response {
		req := httptest.NewRequest(http.MethodGet, path, nil)
		for k, v := range headers {
			req.Header.Set(k, v)
		}
		resp, err := app.Test(req)
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}

	resp := get(url, map[string]string{"Accept-Encoding": "gzip"})
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Cache-Control") != "public, max-age=31536000, immutable" ||
		resp.Header.Get("Content-Encoding") != "gzip" || resp.Header.Get("ETag") == "" {
		t.Fatalf("fingerprinted: %d %v", resp.StatusCode, resp.Header)
	}
	zr, err := gzip.NewReader(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(zr)
	raw, _ := files.ReadFile("vendor/htmx.min.js")
	if string(body) != string(raw) {
		t.Fatal("gzip body differs from the file")
	}

	plain := get(Prefix+"vendor/htmx.min.js", nil)
	if plain.Header.Get("Cache-Control") != "no-cache" || plain.Header.Get("Content-Encoding") != "" {
		t.Errorf("plain name: %v", plain.Header)
	}
	if plain.Header.Get("ETag") == resp.Header.Get("ETag") {
		t.Error("gzip and identity responses share an ETag")
	}
	gz := map[string]string{"Accept-Encoding": "gzip"}
	for _, inm := range []string{resp.Header.Get("ETag"), `"other", W/` + resp.Header.Get("ETag"), "*"} {
		gz["If-None-Match"] = inm
		if again := get(url, gz); again.StatusCode != http.StatusNotModified {
			t.Errorf("If-None-Match %s: %d", inm, again.StatusCode)
		}
	}
	gz["If-None-Match"] = plain.Header.Get("ETag")
	if again := get(url, gz); again.StatusCode != http.StatusOK {
		t.Errorf("the identity ETag revalidated the gzip representation: %d", again.StatusCode)
	}
	if missing := get(Prefix+"vendor/evil.js", nil); missing.StatusCode != http.StatusNotFound {
		t.Errorf("unknown asset: %d", missing.StatusCode)
	}
	defer func() {
		if recover() == nil {
			t.Error("URL of an unknown asset did not panic")
		}
	}()
	m.URL("nope.js")
}
