// Package assets serves the embedded CSS and vendored JavaScript under
// fingerprinted URLs, with ETags, gzipped on first request.
package assets

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/gofiber/fiber/v2"
)

//go:embed app.css favicon.svg js/*.js vendor/*.js vendor/web-components-ui
var files embed.FS

// Prefix is where assets are served.
const Prefix = "/assets/"

// UILibraryDir is the vendored @descope/web-components-ui runtime: index.js
// loads its chunks and fonts by relative URL, so the folder is fingerprinted
// as a whole (one hash in the directory name) instead of file by file.
const UILibraryDir = "vendor/web-components-ui"

// UILibrary is the vendored UI library's files (index.js, chunks, fonts,
// licences), for servers that publish it under a path of their own, as the
// local Descope does at Descope's CDN path.
func UILibrary() fs.FS {
	sub, err := fs.Sub(files, UILibraryDir)
	if err != nil {
		panic("assets: " + err.Error()) // the directory is embedded above
	}
	return sub
}

// contentTypes covers what mime's built-in table lacks on minimal images.
var contentTypes = map[string]string{
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".svg":  "image/svg+xml",
	".woff": "font/woff",
	".txt":  "text/plain; charset=utf-8",
}

type asset struct {
	contentType string
	etag        string
	raw         []byte
	immutable   bool // served under a fingerprinted name

	// Compressed on first request, not at start: the UI library alone is
	// 5 MB, and most of its chunks are never asked for.
	gzipOnce *sync.Once
	gzipped  *[]byte // nil after compression when it does not pay
}

func (a *asset) gzip() []byte {
	a.gzipOnce.Do(func() { *a.gzipped = compress(a.raw) })
	return *a.gzipped
}

// Manifest maps logical names ("vendor/htmx.min.js") to fingerprinted URLs
// ("/assets/vendor/htmx.min.3f2a9c1b0d4e.js") and serves both.
type Manifest struct {
	urls   map[string]string // logical name -> URL
	byPath map[string]*asset // path under Prefix -> asset
}

// Load reads and hashes every embedded asset once, at start.
func Load() (*Manifest, error) {
	m := &Manifest{urls: map[string]string{}, byPath: map[string]*asset{}}
	var uiNames []string
	uiSum := sha256.New()
	err := fs.WalkDir(files, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		raw, err := files.ReadFile(name)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(raw)
		hash := hex.EncodeToString(sum[:6])
		ext := path.Ext(name)
		ct := contentTypes[ext]
		switch {
		case path.Base(name) == "LICENSE":
			ct = contentTypes[".txt"]
		case ct == "":
			ct = mime.TypeByExtension(ext)
		}
		if ct == "" {
			ct = "application/octet-stream"
		}
		a := asset{contentType: ct, etag: `"` + hash + `"`, raw: raw, gzipOnce: new(sync.Once), gzipped: new([]byte)}
		plain := a
		m.byPath[name] = &plain
		if strings.HasPrefix(name, UILibraryDir+"/") {
			uiNames = append(uiNames, name)
			fmt.Fprintf(uiSum, "%s\x00%x\x00", name, sum)
			return nil
		}
		pinned := a
		pinned.immutable = true
		fingerprinted := strings.TrimSuffix(name, ext) + "." + hash + ext
		m.byPath[fingerprinted] = &pinned
		m.urls[name] = Prefix + fingerprinted
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load assets: %w", err)
	}
	// WalkDir visits names in lexical order, so the directory hash is stable.
	sort.Strings(uiNames)
	dir := UILibraryDir + "." + hex.EncodeToString(uiSum.Sum(nil)[:6])
	for _, name := range uiNames {
		pinned := *m.byPath[name]
		pinned.immutable = true
		fingerprinted := dir + strings.TrimPrefix(name, UILibraryDir)
		m.byPath[fingerprinted] = &pinned
		m.urls[name] = Prefix + fingerprinted
	}
	return m, nil
}

// URL returns the fingerprinted URL of a logical asset name. An unknown name
// is a programming error in a template, so it panics at first render.
func (m *Manifest) URL(name string) string {
	u, ok := m.urls[name]
	if !ok {
		panic("assets: unknown asset " + name)
	}
	return u
}

// Handler serves GET /assets/*. Fingerprinted names are immutable for a year;
// plain names revalidate with their ETag.
func (m *Manifest) Handler() fiber.Handler {
	return func(c *fiber.Ctx) error {
		a, ok := m.byPath[strings.TrimPrefix(c.Path(), Prefix)]
		if !ok {
			return fiber.ErrNotFound
		}
		body, etag := a.raw, a.etag
		var gzipped []byte
		if strings.Contains(c.Get(fiber.HeaderAcceptEncoding), "gzip") {
			gzipped = a.gzip()
		}
		if gzipped != nil {
			// Each encoding is its own representation, with its own ETag.
			body, etag = gzipped, strings.TrimSuffix(a.etag, `"`)+`-gzip"`
		}
		c.Set(fiber.HeaderContentType, a.contentType)
		c.Set(fiber.HeaderETag, etag)
		c.Vary(fiber.HeaderAcceptEncoding)
		if a.immutable {
			c.Set(fiber.HeaderCacheControl, "public, max-age=31536000, immutable")
		} else {
			c.Set(fiber.HeaderCacheControl, "no-cache")
		}
		if etagMatches(c.Get(fiber.HeaderIfNoneMatch), etag) {
			return c.SendStatus(fiber.StatusNotModified)
		}
		if gzipped != nil {
			c.Set(fiber.HeaderContentEncoding, "gzip")
		}
		return c.Send(body)
	}
}

// etagMatches reads If-None-Match: a list of tags, weak or strong, or "*".
func etagMatches(ifNoneMatch, etag string) bool {
	for _, tag := range strings.Split(ifNoneMatch, ",") {
		tag = strings.TrimPrefix(strings.TrimSpace(tag), "W/")
		if tag == etag || tag == "*" {
			return true
		}
	}
	return false
}

// compress returns raw gzipped, or nil when that saves less than 10%.
func compress(raw []byte) []byte {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	_, _ = w.Write(raw)
	_ = w.Close()
	if buf.Len() >= len(raw)*9/10 {
		return nil
	}
	return buf.Bytes()
}

// HTMX is the vendored htmx, for pages served outside the app's asset
// handler (the local Descope's demo inbox, which also runs standalone).
func HTMX() []byte {
	b, err := files.ReadFile("vendor/htmx.min.js")
	if err != nil {
		panic("assets: " + err.Error()) // embedded above
	}
	return b
}
