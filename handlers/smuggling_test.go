package handlers

import (
	"net"
	"net/http"
	"testing"
)

// Request smuggling preconditions, sent as raw bytes: a proxy in front may
// read these requests differently from fasthttp, so both are refused with 400
// and the connection is closed (nothing after them is read as a request).
func TestSmugglingPreconditionsAreRefusedAndCloseTheConnection(t *testing.T) {
	a := newTestApp(t)
	base, _ := a.listen(t)
	cases := map[string]string{
		"conflicting Content-Length": "POST /logout HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nContent-Length: 40\r\n\r\n" +
			"hello" + "GET /smuggled HTTP/1.1\r\nHost: localhost\r\n\r\n",
		"Content-Length and chunked": "POST /logout HTTP/1.1\r\nHost: localhost\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n" +
			"0\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: localhost\r\n\r\n",
		"chunked and Content-Length": "POST /logout HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n" +
			"0\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: localhost\r\n\r\n",
		// The last one wins in fasthttp v1.51: no body, and the rest would be
		// read as a second request on this connection.
		"Content-Length then zero": "POST /logout HTTP/1.1\r\nHost: localhost\r\nContent-Length: 44\r\nContent-Length: 0\r\n\r\n" +
			"GET /smuggled HTTP/1.1\r\nHost: localhost\r\n\r\n",
		"identical duplicates": "POST /logout HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\ncontent-length: 5\r\n\r\nhello",
		"in capitals": "POST /logout HTTP/1.1\r\nHost: localhost\r\nCONTENT-LENGTH: 4\r\nTRANSFER-ENCODING: chunked\r\n\r\n" +
			"0\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: localhost\r\n\r\n",
	}
	for name, raw := range cases {
		t.Run(name, func(t *testing.T) {
			conn := dialRaw(t, base)
			resp, _ := conn.exchange(t, raw)
			if resp.StatusCode != http.StatusBadRequest {
				t.Fatalf("status %d, want 400", resp.StatusCode)
			}
			// Closed: the next read ends, rather than a second answer (the
			// smuggled GET) or a hang until the deadline.
			if next, err := http.ReadResponse(conn.r, nil); err == nil {
				t.Fatalf("a second answer (%d) followed: the smuggled request was served", next.StatusCode)
			} else if ne, ok := err.(net.Error); ok && ne.Timeout() {
				t.Fatal("the connection stayed open after the refusal")
			}
		})
	}
}

// An ordinary request with a body is not touched by the guard: it reaches the
// CSRF check (403), and the connection stays usable.
func TestPlainPostPassesTheFramingGuard(t *testing.T) {
	a := newTestApp(t)
	base, _ := a.listen(t)
	conn := dialRaw(t, base)
	for i := 0; i < 2; i++ {
		resp, _ := conn.exchange(t, "POST /logout HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nhello")
		if resp.StatusCode != http.StatusForbidden {
			t.Fatalf("request %d: status %d, want the CSRF 403", i+1, resp.StatusCode)
		}
	}
}
