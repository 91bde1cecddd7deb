package middleware

import (
	"crypto/rand"
	"encoding/hex"
	"strconv"
	"sync/atomic"

	"github.com/valyala/fasthttp"
)

// requestIDs issues IDs that are unique for the life of the process and,
// with a random per-process prefix, across instances and restarts: the
// prefix, a dash, then the connection's number and the request's number on
// it ("3f9a1c2e-17.42"; fasthttp numbers both), or a counter for a request
// served without a connection ("3f9a1c2e-1843"). A request ID is for
// matching log lines and support tickets, not a secret: numbers do the job
// of a crypto/rand read, and the connection's numbers that of a counter all
// requests would share.
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

// next appends a new ID for the request to dst.
func (ids *requestIDs) next(dst []byte, req *fasthttp.RequestCtx) []byte {
	dst = append(dst, ids.prefix[:]...)
	if conn := req.ConnID(); conn != 0 {
		dst = strconv.AppendUint(dst, conn, 10)
		return strconv.AppendUint(append(dst, '.'), req.ConnRequestNum(), 10)
	}
	return strconv.AppendUint(dst, ids.n.Add(1), 10)
}
