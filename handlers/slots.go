package handlers

import (
	"bytes"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"errors"

	"github.com/gofiber/fiber/v2"
	"github.com/valyala/bytebufferpool"

	"github.com/descope-htmx/descope-htmx/auth"
	"github.com/descope-htmx/descope-htmx/middleware"
)

// A signed-in full page differs between two requests of one session only in
// its CSP nonce and its CSRF token. So it is rendered once per session with
// placeholders in those two places ("slots"), stored split at them, and each
// request writes the pieces with its own values in between.
//
// Why this keeps html/template's guarantees:
//   - The placeholders are 128-bit random per process and never sent, so
//     user data cannot contain them except by guessing.
//   - Even so, a stored page is only kept when splicing the real values into
//     it gives byte for byte what html/template renders with them. User data
//     holding a placeholder breaks that equality, and the session's pages
//     are then rendered in full every time.
//   - Only values made of base64url characters are spliced, which every
//     html/template context leaves unchanged; anything else is rendered.

type slotKind byte

const (
	slotNonce slotKind = 'n'
	slotCSRF  slotKind = 'c'
)

// slotMarker starts every placeholder; the kind byte follows it.
var slotMarker = func() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return "slot" + hex.EncodeToString(b[:])
}()

func placeholder(k slotKind) string { return slotMarker + string(k) }

// errSlotsUnsafe: the page cannot be split safely (see above).
var errSlotsUnsafe = errors.New("page has placeholder text outside its slots")

// sendCachedPage answers with session s's page stored under key, with this
// request's nonce and CSRF token in its slots. The view (from mkView) is
// built only when the page is rendered: on the session's first request, or
// when it cannot be served from slots.
func (a *Application) sendCachedPage(c *fiber.Ctx, s *auth.Session, key string, mkView func() *view) error {
	startHTML(c, fiber.StatusOK)
	nonce, csrf := middleware.Nonce(c), middleware.CSRFToken(c)
	if !slotSafe(nonce) || !slotSafe(csrf) {
		return a.sendRenderedPage(c, mkView())
	}
	var direct []byte // the first request's own answer, from the build
	stored, err := a.rendered.get(s, key, func() ([]byte, error) {
		v := mkView()
		p, d, err := a.buildSlottedPage(v)
		direct = d
		if errors.Is(err, errSlotsUnsafe) {
			a.Logger.Warn("page not cached: placeholder text in session data", "page", v.Page)
			return []byte{}, nil // remembered: render this session's pages in full
		}
		return p, err
	})
	switch {
	case err != nil:
		return err
	case direct != nil:
		return c.Send(direct)
	case len(stored) == 0: // this session's pages are rendered in full
		return a.sendRenderedPage(c, mkView())
	}
	writeSlotted(c.Response().AppendBody, c.Response().AppendBodyString, stored, nonce, csrf)
	return nil
}

func (a *Application) sendRenderedPage(c *fiber.Ctx, v *view) error {
	buf := bytebufferpool.Get()
	defer bytebufferpool.Put(buf)
	if err := a.renderPage(buf, v); err != nil {
		return err
	}
	return sendPooled(c, buf.Bytes())
}

// buildSlottedPage renders v twice, with placeholders and with its real
// values, and returns the encoded slotted page and the real rendering.
func (a *Application) buildSlottedPage(v *view) (slotted, direct []byte, err error) {
	withSlots := *v
	withSlots.Nonce, withSlots.CSRFToken = placeholder(slotNonce), placeholder(slotCSRF)
	var p, d bytes.Buffer
	if err := a.renderPage(&p, &withSlots); err != nil {
		return nil, nil, err
	}
	if err := a.renderPage(&d, v); err != nil {
		return nil, nil, err
	}
	slotted, ok := encodeSlots(p.Bytes())
	if !ok {
		return nil, d.Bytes(), errSlotsUnsafe
	}
	var check bytes.Buffer
	writeSlotted(func(b []byte) { check.Write(b) }, func(s string) { check.WriteString(s) }, slotted, v.Nonce, v.CSRFToken)
	if !bytes.Equal(check.Bytes(), d.Bytes()) {
		return nil, d.Bytes(), errSlotsUnsafe
	}
	return slotted, d.Bytes(), nil
}

// encodeSlots turns a page rendered with placeholders into
// [uint32 n][n × (uint32 offset, kind)][the page without placeholders].
func encodeSlots(page []byte) ([]byte, bool) {
	type slot struct {
		at   int
		kind slotKind
	}
	var slots []slot
	var body bytes.Buffer
	for {
		i := bytes.Index(page, []byte(slotMarker))
		if i < 0 {
			body.Write(page)
			break
		}
		body.Write(page[:i])
		page = page[i+len(slotMarker):]
		if len(page) == 0 || (slotKind(page[0]) != slotNonce && slotKind(page[0]) != slotCSRF) {
			return nil, false
		}
		slots = append(slots, slot{body.Len(), slotKind(page[0])})
		page = page[1:]
	}
	out := binary.BigEndian.AppendUint32(nil, uint32(len(slots)))
	for _, s := range slots {
		out = binary.BigEndian.AppendUint32(out, uint32(s.at))
		out = append(out, byte(s.kind))
	}
	return append(out, body.Bytes()...), true
}

// writeSlotted writes an encoded page with nonce and csrf in its slots.
func writeSlotted(write func([]byte), writeString func(string), enc []byte, nonce, csrf string) {
	n := int(binary.BigEndian.Uint32(enc))
	table, body := enc[4:4+5*n], enc[4+5*n:]
	last := 0
	for i := 0; i < n; i++ {
		at := int(binary.BigEndian.Uint32(table[5*i:]))
		write(body[last:at])
		if slotKind(table[5*i+4]) == slotNonce {
			writeString(nonce)
		} else {
			writeString(csrf)
		}
		last = at
	}
	write(body[last:])
}

// slotSafe: non-empty base64url, which html/template passes unchanged in
// every context (text, attribute, URL, JS string, CSS).
func slotSafe(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !base64URLByte[s[i]] {
			return false
		}
	}
	return true
}

var base64URLByte = func() (t [256]bool) {
	for _, c := range "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_" {
		t[c] = true
	}
	return t
}()
