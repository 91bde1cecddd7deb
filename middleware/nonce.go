package middleware

import (
	"crypto/rand"
	"encoding/base64"
	"sync"
)

// nonceBytes is a nonce's entropy: 144 bits, 24 base64url characters.
const nonceBytes = 18

// nonceSource hands out CSP nonces cut from one crypto/rand read of many
// nonces' worth, refilled when used up. Each nonce is bytes never given out
// before, straight from the CSPRNG, so it is as unpredictable as a read of
// its own, at a fraction of the cost. A given-out slice is wiped, so the
// buffer only ever holds bytes of nonces not issued yet.
type nonceSource struct {
	mu  sync.Mutex
	buf [nonceBytes * 227]byte // about 4 kB
	off int
}

func newNonceSource() *nonceSource {
	s := &nonceSource{}
	s.off = len(s.buf) // the first nonce fills it
	return s
}

// next writes a fresh nonce, base64url-encoded, into dst.
func (s *nonceSource) next(dst *[base64Len]byte) {
	var raw [nonceBytes]byte
	s.mu.Lock()
	if s.off+nonceBytes > len(s.buf) {
		_, _ = rand.Read(s.buf[:]) // crypto/rand never fails on supported platforms
		s.off = 0
	}
	chunk := s.buf[s.off : s.off+nonceBytes]
	copy(raw[:], chunk)
	clear(chunk)
	s.off += nonceBytes
	s.mu.Unlock()
	base64.RawURLEncoding.Encode(dst[:], raw[:])
}

const base64Len = nonceBytes * 4 / 3
