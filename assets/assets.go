// Package assets serves the embedded CSS and vendored JavaScript under
// fingerprinted URLs, precompressed, with ETags.
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
	"strings"

	"github.com/gofiber/fiber/v2"
)

//go:embed app.css favicon.svg vendor/*.js
var files embed.FS

// Prefix is where assets are served.
const Prefix = "/assets/"

type asset struct {
	contentType string
	etag        string
	raw         []byte
	gzipped     []byte // nil when compression does not pay
	immutable   bool   // served under its fingerprinted name
}

// Manifest maps logical names ("vendor/htmx.min.js") to fingerprinted URLs
// ("/assets/vendor/htmx.min.3f2a9c1b0d4e.js") and serves both.
type Manifest struct {
	urls   map[string]string // logical name -> URL
	byPath map[string]*asset // path under Prefix -> asset
}

// Load reads, hashes and compresses every embedded asset once, at start.
func Load() (*Manifest, error) {
	m := &Manifest{urls: map[string]string{}, byPath: map[string]*asset{}}
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
		fingerprinted := strings.TrimSuffix(name, ext) + "." + hash + ext

		a := asset{
			contentType: mime.TypeByExtension(ext),
			etag:        `"` + hash + `"`,
			raw:         raw,
			gzipped:     compress(raw),
		}
		plain, pinned := a, a
		pinned.immutable = true
		m.byPath[name] = &plain
		m.byPath[fingerprinted] = &pinned
		m.urls[name] = Prefix + fingerprinted
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load assets: %w", err)
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
		gzipped := a.gzipped != nil && strings.Contains(c.Get(fiber.HeaderAcceptEncoding), "gzip")
		if gzipped {
			// Each encoding is its own representation, with its own ETag.
			body, etag = a.gzipped, strings.TrimSuffix(a.etag, `"`)+`-gzip"`
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
		if gzipped {
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
