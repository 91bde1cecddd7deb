package middleware

import (
	"crypto/rand"
	"encoding/hex"
	"strconv"
	"sync/atomic"
)

// requestIDs issues IDs that are unique for the life of the process and,
// with a random per-process prefix, across instances and restarts: the
// prefix, a dash and a counter ("3f9a1c2e-1843"). A request ID is for
// matching log lines and support tickets, not a secret, so a counter does
// the job of a crypto/rand read per request.
type requestIDs struct {
	prefix [9]byte // 8 hex digits and '-'
	n      atomic.Uint64
}

func newRequestIDs() *requestIDs {
	var r [4]byte
	_, _ = rand.Read(r[:])
	ids := &requestIDs{}
	hex.Encode(ids.prefix[:8], r[:])
	ids.prefix[8] = '-'
	return ids
}

// next appends a new ID to dst.
func (ids *requestIDs) next(dst []byte) []byte {
	return strconv.AppendUint(append(dst, ids.prefix[:]...), ids.n.Add(1), 10)
}
