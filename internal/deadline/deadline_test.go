package deadline

import (
	"errors"
	"net"
	"os"
	"testing"
	"time"
)

// recordingConn counts the deadlines that reach the socket.
type recordingConn struct {
	net.Conn
	reads, writes []time.Time
}

func (r *recordingConn) SetReadDeadline(t time.Time) error { r.reads = append(r.reads, t); return nil }
func (r *recordingConn) SetWriteDeadline(t time.Time) error {
	r.writes = append(r.writes, t)
	return nil
}

func TestDeadlinesMoveOnlyWhenOutsideTheSlack(t *testing.T) {
	start := time.Now() // with its monotonic reading, as a server's deadlines have
	at := func(d time.Duration) time.Time { return start.Add(d) }
	cases := []struct {
		name  string
		asked []time.Time
		want  []time.Time // what reaches the socket
	}{
		{"first deadline is set, with the slack", []time.Time{at(10 * time.Second)}, []time.Time{at(11 * time.Second)}},
		{"later requests within the slack reuse it",
			[]time.Time{at(10 * time.Second), at(10*time.Second + 300*time.Millisecond), at(11 * time.Second)},
			[]time.Time{at(11 * time.Second)}},
		{"past the slack it moves",
			[]time.Time{at(10 * time.Second), at(11*time.Second + time.Millisecond)},
			[]time.Time{at(11 * time.Second), at(12*time.Second + time.Millisecond)}},
		{"an earlier deadline is never put off",
			[]time.Time{at(10 * time.Second), at(5 * time.Second)},
			[]time.Time{at(11 * time.Second), at(6 * time.Second)}},
		{"zero clears, once",
			[]time.Time{at(10 * time.Second), {}, {}, at(10 * time.Second)},
			[]time.Time{at(11 * time.Second), {}, at(11 * time.Second)}},
		{"zero with none set does nothing", []time.Time{{}}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, side := range []string{"read", "write"} {
				rec := &recordingConn{}
				c := newConn(rec, int64(time.Second))
				for _, d := range tc.asked {
					var err error
					if side == "read" {
						err = c.SetReadDeadline(d)
					} else {
						err = c.SetWriteDeadline(d)
					}
					if err != nil {
						t.Fatal(err)
					}
				}
				got := rec.reads
				if side == "write" {
					got = rec.writes
				}
				if len(got) != len(tc.want) {
					t.Fatalf("%s: socket got %v, want %v", side, got, tc.want)
				}
				for i := range got {
					if !got[i].Equal(tc.want[i]) {
						t.Fatalf("%s: socket got %v, want %v", side, got, tc.want)
					}
				}
			}
		})
	}
}

// Over a real socket: a read with a 200 ms timeout fails after 200 ms at the
// earliest and 200 ms plus the slack at the latest, even though the deadline
// was asked for again and again meanwhile.
func TestTimeoutFiresWithinTheSlack(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	const timeout, slack = 200 * time.Millisecond, 100 * time.Millisecond
	ln = Coarse(ln, slack)
	client, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	server, err := ln.Accept()
	if err != nil {
		t.Fatal(err)
	}
	defer server.Close()

	var last time.Time
	for i := 0; i < 5; i++ { // as a server does per request, within the slack
		last = time.Now()
		if err := server.SetReadDeadline(last.Add(timeout)); err != nil {
			t.Fatal(err)
		}
		time.Sleep(10 * time.Millisecond)
	}
	_, err = server.Read(make([]byte, 1))
	fired := time.Since(last)
	if !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Fatalf("read: %v, want a deadline error", err)
	}
	if fired < timeout {
		t.Fatalf("fired %v after the last deadline was asked: earlier than its %v", fired, timeout)
	}
	// The exact deadlines are the table test's; here a second of scheduling
	// room, so a loaded machine cannot fail a correct socket.
	if fired > timeout+slack+time.Second {
		t.Fatalf("fired %v after the last deadline was asked: far later than %v plus the slack", fired, timeout)
	}
}
