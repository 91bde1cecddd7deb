package middleware

import (
	"bytes"
	"context"
	"log/slog"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// slogLine is what slog's TextHandler writes for l.
func slogLine(t *testing.T, l accessLine) string {
	t.Helper()
	var buf bytes.Buffer
	r := slog.NewRecord(l.time, slog.LevelInfo, "request", 0)
	r.AddAttrs(slog.String("request_id", l.id), slog.String("method", l.method), slog.String("path", l.path),
		slog.Int("status", l.status), slog.Duration("duration", l.took))
	if l.userID != "" {
		r.AddAttrs(slog.String("user_id", l.userID))
	}
	if l.authFailure != "" {
		r.AddAttrs(slog.String("auth_failure", l.authFailure))
	}
	if err := slog.NewTextHandler(&buf, nil).Handle(context.Background(), r); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// The hand-written line must be slog's, byte for byte, whenever it is used;
// when a value would need quoting it must step aside.
func TestAccessLineMatchesSlog(t *testing.T) {
	zone := time.FixedZone("X", -(3*3600 + 1800))
	base := accessLine{time: time.Date(2026, 12, 1, 20, 30, 0, 0, time.UTC), id: "3f9a1c2e-1843",
		method: "GET", path: "/container", status: 200, took: 1234567 * time.Nanosecond}
	cases := map[string]func(*accessLine){
		"plain":              func(*accessLine) {},
		"signed in":          func(l *accessLine) { l.userID = "U2abcDEF123" },
		"auth failure":       func(l *accessLine) { l.status, l.authFailure = 401, "expired" },
		"whole millisecond":  func(l *accessLine) { l.time = l.time.Add(7 * time.Millisecond) },
		"sub-millisecond":    func(l *accessLine) { l.time = l.time.Add(999999 * time.Nanosecond) },
		"other zone":         func(l *accessLine) { l.time = l.time.In(zone) },
		"monotonic reading":  func(l *accessLine) { l.time = time.Now() },
		"nanoseconds":        func(l *accessLine) { l.took = 999 },
		"zero duration":      func(l *accessLine) { l.took = 0 },
		"minutes":            func(l *accessLine) { l.took = 61*time.Second + 5*time.Millisecond },
		"hours":              func(l *accessLine) { l.took = 2*time.Hour + 3*time.Minute },
		"odd but plain path": func(l *accessLine) { l.path = "/a-b_c.d~e/f:g@h+i!$&'()*,;%20#?<>[]^`{|}" },
	}
	for name, edit := range cases {
		l := base
		edit(&l)
		got, ok := l.appendText(nil)
		if !ok {
			t.Errorf("%s: fell back to slog for plain values", name)
			continue
		}
		if want := slogLine(t, l); string(got) != want {
			t.Errorf("%s:\n got %q\nwant %q", name, got, want)
		}
	}
	for name, path := range map[string]string{
		"space": "/a b", "quote": `/a"b`, "equals": "/a=b", "newline": "/a\nb", "backslash": `/a\b`,
		"unicode": "/é", "invalid utf-8": "/\xff", "empty": "", "control": "/\x00", "tab": "/\t",
	} {
		l := base
		l.path = path
		if _, ok := l.appendText(nil); ok {
			t.Errorf("%s: a path slog might quote (%q) was written by hand", name, path)
		}
	}
}

// Random values from a mixed alphabet: every line written by hand equals slog's.
func TestAccessLineMatchesSlogRandomly(t *testing.T) {
	const alphabet = "aZ09-._~/:@+!$&'()*,;%#?<>[]^`{|} =\"\\\né\x7f"
	rng := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(string([]rune(alphabet)[rng.IntN(len([]rune(alphabet)))]))
		}
		return b.String()
	}
	var handWritten int
	for range 5000 {
		l := accessLine{time: time.Unix(0, rng.Int64N(1<<62)), id: word(), method: word(), path: "/" + word(),
			status: rng.IntN(600), took: time.Duration(rng.Int64N(1 << uint(rng.IntN(50)))), userID: word()}
		got, ok := l.appendText(nil)
		if !ok {
			continue
		}
		handWritten++
		if want := slogLine(t, l); string(got) != want {
			t.Fatalf("\n got %q\nwant %q", got, want)
		}
	}
	if handWritten < 100 {
		t.Fatalf("only %d of 5000 lines took the hand-written path: the test proves little", handWritten)
	}
}

// The time is formatted once per second and reused: every line must still
// carry slog's text for its own instant, in its own zone, across seconds,
// zones and the sub-millisecond digits slog drops.
func TestLineTimeMatchesSlogAcrossSeconds(t *testing.T) {
	zones := []*time.Location{time.UTC, time.Local, time.FixedZone("A", 5*3600+45*60), time.FixedZone("B", -(9 * 3600))}
	r := rand.New(rand.NewPCG(3, 4))
	at := time.Date(2026, 12, 31, 23, 59, 58, 0, time.UTC)
	for i := 0; i < 5000; i++ {
		at = at.Add(time.Duration(r.IntN(int(700 * time.Millisecond)))) // often the same second, often the next
		when := at.In(zones[r.IntN(len(zones))])
		var buf bytes.Buffer
		if err := slog.NewTextHandler(&buf, nil).Handle(context.Background(), slog.NewRecord(when, slog.LevelInfo, "", 0)); err != nil {
			t.Fatal(err)
		}
		want, _, _ := strings.Cut(strings.TrimPrefix(buf.String(), "time="), " ")
		if got := string(appendRFC3339Millis(nil, when)); got != want {
			t.Fatalf("%v: %q, slog writes %q", when, got, want)
		}
	}
}
