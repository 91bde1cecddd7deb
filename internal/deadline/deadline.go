// Package deadline makes per-request socket deadlines cheap.
//
// fasthttp moves a connection's read and write deadlines on every request
// (idle, read and write timeouts). Each move re-arms a runtime timer, and on
// a busy keep-alive connection that is a measurable part of a small
// response's cost. A Coarse listener keeps every deadline within a slack of
// what the server asked for, never earlier and at most slack later, and
// skips the re-arm while the deadline already set is within that window.
package deadline

import (
	"math"
	"net"
	"sync/atomic"
	"time"
)

// Coarse wraps ln so that its connections re-arm a deadline only when the
// one already set is earlier than asked, or more than slack later. A timeout
// of T then fires after between T and T+slack.
func Coarse(ln net.Listener, slack time.Duration) net.Listener {
	return &listener{Listener: ln, slack: int64(slack)}
}

type listener struct {
	net.Listener
	slack int64
}

func (l *listener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return newConn(c, l.slack), nil
}

// conn remembers the deadlines it set, as nanoseconds since base (none: unset),
// measured on the monotonic clock that time.Now's readings carry: a wall
// clock stepped back must not make a deadline in place look later than it
// is. fasthttp sets them from the connection's one goroutine. The atomics
// only keep a stray concurrent call from being a data race: set as a whole is
// not atomic, so two calls at once leave one of the two deadlines asked for.
type conn struct {
	net.Conn
	slack       int64
	read, write atomic.Int64
}

// base is the origin of the stored deadlines.
var base = time.Now()

// none marks a side without a deadline.
const none = math.MinInt64

func newConn(c net.Conn, slack int64) *conn {
	cc := &conn{Conn: c, slack: slack}
	cc.read.Store(none)
	cc.write.Store(none)
	return cc
}

func (c *conn) SetDeadline(t time.Time) error {
	if err := c.SetReadDeadline(t); err != nil {
		return err
	}
	return c.SetWriteDeadline(t)
}

func (c *conn) SetReadDeadline(t time.Time) error {
	return c.set(&c.read, t, c.Conn.SetReadDeadline)
}

func (c *conn) SetWriteDeadline(t time.Time) error {
	return c.set(&c.write, t, c.Conn.SetWriteDeadline)
}

func (c *conn) set(current *atomic.Int64, t time.Time, apply func(time.Time) error) error {
	if t.IsZero() {
		if current.Load() == none {
			return nil
		}
		current.Store(none)
		return apply(t)
	}
	asked := int64(t.Sub(base))
	if set := current.Load(); set != none && set >= asked && set-asked <= c.slack {
		return nil // the deadline in place is no earlier than asked and at most slack later
	}
	at := t.Add(time.Duration(c.slack)) // room for the next requests to reuse it
	if err := apply(at); err != nil {
		current.Store(none) // unknown state: the next call re-arms
		return err
	}
	current.Store(asked + c.slack)
	return nil
}
