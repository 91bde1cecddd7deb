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
	return &conn{Conn: c, slack: l.slack}, nil
}

// conn remembers the deadlines it set, as Unix nanoseconds (0: none). The
// server sets them from one goroutine; atomics keep a stray concurrent call
// (a shutdown) from racing.
type conn struct {
	net.Conn
	slack       int64
	read, write atomic.Int64
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
		if current.Load() == 0 {
			return nil
		}
		current.Store(0)
		return apply(t)
	}
	asked := t.UnixNano()
	if set := current.Load(); set != 0 && set >= asked && set-asked <= c.slack {
		return nil // the deadline in place is no earlier than asked and at most slack later
	}
	at := asked + c.slack // room for the next requests to reuse it
	if err := apply(time.Unix(0, at)); err != nil {
		current.Store(0) // unknown state: the next call re-arms
		return err
	}
	current.Store(at)
	return nil
}
