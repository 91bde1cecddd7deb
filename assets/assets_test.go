package assets

import (
	"compress/gzip"
	"flag"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/gofiber/fiber/v2"
)

var update = flag.Bool("update", false, "rewrite fingerprints.txt from the embedded files (go generate ./assets)")

// The build-time fingerprints match the embedded files: a file changed
// without `go generate ./assets` would keep its old immutable URL, and
// browsers would keep the old bytes for a year.
func TestFingerprintsAreCurrent(t *testing.T) {
	want, err := computeFingerprints()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("fingerprints.txt", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if fingerprints != want {
		t.Fatal("assets/fingerprints.txt is stale: run go generate ./assets and commit it")
	}
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	_ = fs.WalkDir(files, ".", func(name string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			n++
			if _, ok := m.urls[name]; !ok {
				t.Errorf("%s has no URL", name)
			}
		}
		return err
	})
	if len(m.urls) != n {
		t.Errorf("%d URLs for %d embedded files", len(m.urls), n)
	}
}

// A malformed or incomplete fingerprints file is an error at start, not a
// broken page later.
func TestLoadRejectsBadFingerprints(t *testing.T) {
	saved := fingerprints
	defer func() { fingerprints = saved }()
	for name, text := range map[string]string{
		"no UI library line": "0123456789ab vendor/htmx.min.js\n",
		"short hash":         "0123 " + UILibraryDir + "/\n",
		"no name":            "0123456789ab\n",
		"not embedded":       "0123456789ab " + UILibraryDir + "/\n0123456789ab vendor/gone.js\n",
	} {
		fingerprints = text
		if _, err := Load(); err == nil {
			t.Errorf("%s: Load accepted %q", name, text)
		}
	}
}

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

// The UI library's chunks are fetched by relative URL from index.js, so they
// share one fingerprinted directory, are immutable, and are gzipped only
// when first asked for.
func TestUILibraryDirectory(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	app := fiber.New()
	app.Get(Prefix+"*", m.Handler())
	index := m.URL(UILibraryDir + "/index.js")
	dir := regexp.MustCompile(`^/assets/vendor/web-components-ui\.[0-9a-f]{12}/`).FindString(index)
	if dir == "" {
		t.Fatalf("index.js URL = %q", index)
	}
	chunk := m.URL(UILibraryDir + "/descope-button.js")
	if !strings.HasPrefix(chunk, dir) {
		t.Fatalf("chunk %q is not beside index.js %q", chunk, index)
	}
	if a := m.byPath[strings.TrimPrefix(chunk, Prefix)]; a.raw != nil || a.gzipped != nil {
		t.Fatal("a chunk was read or compressed before anyone asked for it")
	}
	for path, wantType := range map[string]string{
		index:                            "text/javascript; charset=utf-8",
		dir + "fonts/font-38673212.woff": "font/woff",
		dir + "LICENSE":                  "text/plain; charset=utf-8",
		dir + "4467.js.LICENSE.txt":      "text/plain; charset=utf-8",
	} {
		req := httptest.NewRequest(http.MethodGet, path, nil)
		req.Header.Set("Accept-Encoding", "gzip")
		resp, err := app.Test(req)
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != wantType ||
			resp.Header.Get("Cache-Control") != "public, max-age=31536000, immutable" {
			t.Errorf("%s: %d %q %q", path, resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Cache-Control"))
		}
	}
	if a := m.byPath[strings.TrimPrefix(index, Prefix)]; a.gzipped == nil {
		t.Error("index.js was not compressed on request")
	}
	if _, err := fs.Stat(UILibrary(), "DescopeDev.js"); err == nil {
		t.Error("DescopeDev.js is vendored")
	}
	if maps, _ := fs.Glob(UILibrary(), "*.map"); len(maps) > 0 {
		t.Errorf("source maps are vendored: %v", maps[:1])
	}
}
