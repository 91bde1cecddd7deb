// Package drain lets a graceful shutdown end as soon as the work in flight
// is done.
//
// fasthttp marks a fresh connection active before it has read a byte, so
// its shutdown waits for every connection a client opened and has not used
// yet until that connection's read timeout fires. Browsers open such spare
// connections all the time. A Listener closes them when it is closed itself,
// which is what fasthttp already does with idle keep-alive connections.
package drain

import (
	"io"
	"net"
	"sync"
	"sync/atomic"
)

// Listener is a net.Listener whose Close also closes the connections it
// accepted that have not delivered a byte yet.
type Listener struct {
	net.Listener

	mu     sync.Mutex
	closed bool
	unused map[*conn]struct{}
}

// Wrap returns ln as a Listener.
func Wrap(ln net.Listener) *Listener {
	return &Listener{Listener: ln, unused: make(map[*conn]struct{})}
}

func (l *Listener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	cc := &conn{Conn: c, l: l}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed { // accepted while Close ran: it would never be closed
		c.Close()
		return nil, net.ErrClosed
	}
	l.unused[cc] = struct{}{}
	return cc, nil
}

// Close stops accepting and closes every connection that has sent nothing.
// A request that was on its way at this instant is lost as it would be on
// an idle keep-alive connection, and clients retry those.
func (l *Listener) Close() error {
	err := l.Listener.Close()
	l.mu.Lock()
	defer l.mu.Unlock()
	l.closed = true
	for c := range l.unused {
		c.drained.Store(true)
		c.Conn.Close()
		delete(l.unused, c)
	}
	return err
}

// Unused is how many accepted connections have not sent a byte yet.
func (l *Listener) Unused() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.unused)
}

func (l *Listener) forget(c *conn) {
	l.mu.Lock()
	delete(l.unused, c)
	l.mu.Unlock()
}

type conn struct {
	net.Conn
	l       *Listener
	used    atomic.Bool // has delivered a byte, or is closed: no longer listed
	drained atomic.Bool // closed by the listener's Close
}

// Read reports a connection closed by the listener as ended by the client
// (io.EOF), which fasthttp takes quietly, not as a failed request.
func (c *conn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if err != nil && n == 0 && c.drained.Load() {
		return 0, io.EOF
	}
	if n > 0 && !c.used.Load() {
		c.used.Store(true)
		c.l.forget(c)
	}
	return n, err
}

func (c *conn) Close() error {
	if !c.used.Swap(true) {
		c.l.forget(c)
	}
	return c.Conn.Close()
}
