package drain

import (
	"io"
	"net"
	"testing"
	"time"
)

// dialAccepted connects to ln and returns both ends, the server's as Accept
// gave it.
func dialAccepted(t *testing.T, ln *Listener) (client, server net.Conn) {
	t.Helper()
	client, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { client.Close() })
	server, err = ln.Accept()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { server.Close() })
	return client, server
}

func listen(t *testing.T) *Listener {
	t.Helper()
	inner, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln := Wrap(inner)
	t.Cleanup(func() { ln.Close() })
	return ln
}

func TestCloseEndsOnlyConnectionsThatSentNothing(t *testing.T) {
	ln := listen(t)
	silentClient, silentServer := dialAccepted(t, ln)
	busyClient, busyServer := dialAccepted(t, ln)

	// A server blocked reading the silent connection, as fasthttp is.
	silentRead := make(chan error, 1)
	go func() {
		_, err := silentServer.Read(make([]byte, 1))
		silentRead <- err
	}()

	if _, err := busyClient.Write([]byte("G")); err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadFull(busyServer, make([]byte, 1)); err != nil {
		t.Fatal(err)
	}
	if n := ln.Unused(); n != 1 {
		t.Fatalf("%d unused connections listed, want 1 (the silent one)", n)
	}

	if err := ln.Close(); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-silentRead:
		if err != io.EOF {
			t.Fatalf("the server's read on the silent connection ended with %v, want io.EOF (a client gone, not a failed request)", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("closing the listener left the silent connection open")
	}
	silentClient.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := silentClient.Read(make([]byte, 1)); err != io.EOF {
		t.Fatalf("the silent client read %v, want EOF", err)
	}

	// The connection in use carries on both ways.
	if _, err := busyServer.Write([]byte("ok")); err != nil {
		t.Fatalf("writing to the busy connection after Close: %v", err)
	}
	busyClient.SetReadDeadline(time.Now().Add(5 * time.Second))
	got := make([]byte, 2)
	if _, err := io.ReadFull(busyClient, got); err != nil || string(got) != "ok" {
		t.Fatalf("the busy client read %q, %v", got, err)
	}
}

func TestClosedConnectionsAreNotListed(t *testing.T) {
	ln := listen(t)
	_, server := dialAccepted(t, ln)
	if n := ln.Unused(); n != 1 {
		t.Fatalf("%d unused connections listed, want 1", n)
	}
	server.Close()
	if n := ln.Unused(); n != 0 {
		t.Fatalf("%d unused connections listed after their Close, want 0", n)
	}
}

func TestAcceptAfterCloseFails(t *testing.T) {
	ln := listen(t)
	ln.Close()
	if _, err := ln.Accept(); err == nil {
		t.Fatal("Accept on a closed listener returned a connection")
	}
}
