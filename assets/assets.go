// Package assets serves the embedded CSS and vendored JavaScript under
// fingerprinted URLs, with ETags, read and gzipped on first request. The
// fingerprints are computed at build time (go generate), not at start.
package assets

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"mime"
	"path"
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

// content is one embedded file's bytes, read and compressed on first
// request: at start only the generated fingerprints are read, so a start
// neither copies the 5 MB UI library to the heap nor hashes it.
type content struct {
	name    string
	once    sync.Once
	raw     []byte
	gzipped []byte // nil when compression does not pay
}

func (c *content) load() *content {
	c.once.Do(func() {
		raw, err := files.ReadFile(c.name)
		if err != nil {
			panic("assets: " + c.name + " was embedded at Load: " + err.Error()) // unreachable
		}
		c.raw, c.gzipped = raw, compress(raw)
	})
	return c
}

type asset struct {
	*content
	contentType string
	etag        string
	immutable   bool // served under a fingerprinted name
}

// Manifest maps logical names ("vendor/htmx.min.js") to fingerprinted URLs
// ("/assets/vendor/htmx.min.3f2a9c1b0d4e.js") and serves both.
type Manifest struct {
	urls   map[string]string // logical name -> URL
	byPath map[string]*asset // path under Prefix -> asset
}

// fingerprints lists each embedded file's fingerprint, and the UI library
// directory's, as "hash name" lines; go generate writes it and a test holds
// it to the embedded files, so a changed file cannot keep a stale URL.
//
//go:generate go test -run TestFingerprintsAreCurrent -update .
//go:embed fingerprints.txt
var fingerprints string

// Load builds the manifest from the generated fingerprints.
func Load() (*Manifest, error) {
	type entry struct{ hash, name string }
	var entries []entry
	var uiDir string
	for line := range strings.Lines(fingerprints) {
		hash, name, ok := strings.Cut(strings.TrimSpace(line), " ")
		if !ok || len(hash) != 2*hashBytes || name == "" {
			return nil, fmt.Errorf("load assets: malformed fingerprints.txt line %q", line)
		}
		if name == UILibraryDir+"/" {
			uiDir = UILibraryDir + "." + hash
			continue
		}
		entries = append(entries, entry{hash, name})
	}
	if uiDir == "" {
		return nil, errors.New("load assets: fingerprints.txt has no line for " + UILibraryDir + "/")
	}
	m := &Manifest{urls: make(map[string]string, len(entries)), byPath: make(map[string]*asset, 2*len(entries))}
	for _, e := range entries {
		// A lookup, not a read: a stale list fails here, not on a request.
		if _, err := fs.Stat(files, e.name); err != nil {
			return nil, fmt.Errorf("load assets: fingerprints.txt lists %s, which is not embedded: run go generate ./assets", e.name)
		}
		ext := path.Ext(e.name)
		a := asset{content: &content{name: e.name}, contentType: contentTypeOf(e.name), etag: `"` + e.hash + `"`}
		plain := a
		m.byPath[e.name] = &plain
		fingerprinted := strings.TrimSuffix(e.name, ext) + "." + e.hash + ext
		if rest, ok := strings.CutPrefix(e.name, UILibraryDir+"/"); ok {
			// Chunks load by relative URL from index.js: one hash for the folder.
			fingerprinted = uiDir + "/" + rest
		}
		pinned := a
		pinned.immutable = true
		m.byPath[fingerprinted] = &pinned
		m.urls[e.name] = Prefix + fingerprinted
	}
	return m, nil
}

func contentTypeOf(name string) string {
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
	return ct
}

// hashBytes of SHA-256 name an asset version (12 hex digits).
const hashBytes = 6

// computeFingerprints is what fingerprints.txt must hold: the UI library
// directory's hash (over its files' names and hashes, in lexical order) and
// every embedded file's.
func computeFingerprints() (string, error) {
	var list []string
	dir := sha256.New()
	err := fs.WalkDir(files, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		raw, err := files.ReadFile(name)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(raw)
		if strings.HasPrefix(name, UILibraryDir+"/") {
			fmt.Fprintf(dir, "%s\x00%x\x00", name, sum) // WalkDir's order is lexical: stable
		}
		list = append(list, hex.EncodeToString(sum[:hashBytes])+" "+name+"\n")
		return nil
	})
	if err != nil {
		return "", err
	}
	return hex.EncodeToString(dir.Sum(nil)[:hashBytes]) + " " + UILibraryDir + "/\n" + strings.Join(list, ""), nil
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
		a.load()
		body, etag := a.raw, a.etag
		var gzipped []byte
		if strings.Contains(c.Get(fiber.HeaderAcceptEncoding), "gzip") {
			gzipped = a.gzipped
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
