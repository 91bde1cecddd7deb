package middleware

import (
	"crypto/rand"
	"encoding/base64"
	"sync"
)

// nonceBytes is a nonce's entropy: 144 bits, 24 base64url characters.
const nonceBytes = 18

// nonceSource hands out CSP nonces cut from crypto/rand reads of many
// nonces' worth. Each nonce is bytes never given out before, straight from
// the CSPRNG, so it is as unpredictable as a read of its own, at a fraction
// of the cost. The buffers come from a pool, which keeps one per processor:
// concurrent requests share no lock, and a buffer is used by one goroutine
// at a time.
type nonceSource struct {
	buffers sync.Pool // of *nonceBuffer
}

// nonceBuffer is one run of CSPRNG output. A given-out slice is wiped, so it
// only ever holds bytes of nonces not issued yet (a buffer the pool drops
// takes those with it, unissued).
type nonceBuffer struct {
	buf [nonceBytes * 227]byte // about 4 kB
	off int
}

func newNonceSource() *nonceSource {
	s := &nonceSource{}
	s.buffers.New = func() any { return newNonceBuffer() }
	return s
}

func newNonceBuffer() *nonceBuffer {
	b := &nonceBuffer{}
	b.off = len(b.buf) // the first nonce fills it
	return b
}

// next writes a fresh nonce, base64url-encoded, into dst.
func (s *nonceSource) next(dst *[base64Len]byte) {
	b := s.buffers.Get().(*nonceBuffer)
	b.next(dst)
	s.buffers.Put(b)
}

func (b *nonceBuffer) next(dst *[base64Len]byte) {
	if b.off+nonceBytes > len(b.buf) {
		_, _ = rand.Read(b.buf[:]) // crypto/rand never fails on supported platforms
		b.off = 0
	}
	chunk := b.buf[b.off : b.off+nonceBytes]
	base64.RawURLEncoding.Encode(dst[:], chunk)
	clear(chunk)
	b.off += nonceBytes
}

const base64Len = nonceBytes * 4 / 3
