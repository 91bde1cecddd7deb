package logbuf

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"
)

// sink records each write(2)-equivalent call.
type sink struct {
	mu     sync.Mutex
	writes []string
	fail   bool
}

func (s *sink) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail {
		return 0, errors.New("broken pipe")
	}
	s.writes = append(s.writes, string(p))
	return len(p), nil
}

func (s *sink) all() (string, int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return strings.Join(s.writes, ""), len(s.writes)
}

func TestNothingLostOnCloseAndOrderKept(t *testing.T) {
	var s sink
	w := New(&s, time.Hour, 1<<10) // only size and Close flush
	var want strings.Builder
	for i := range 1000 {
		line := fmt.Sprintf("line %04d\n", i)
		want.WriteString(line)
		if _, err := w.Write([]byte(line)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	got, writes := s.all()
	if got != want.String() {
		t.Fatalf("output differs from what was written (%d bytes, want %d)", len(got), want.Len())
	}
	if writes > 1000*10/(1<<10)+1 {
		t.Errorf("%d writes for 1000 lines: not batched", writes)
	}
	// After Close, writes go straight through.
	_, _ = w.Write([]byte("late\n"))
	if got, _ := s.all(); !strings.HasSuffix(got, "late\n") {
		t.Errorf("a write after Close was lost")
	}
}

func TestTimerFlushes(t *testing.T) {
	var s sink
	w := New(&s, 5*time.Millisecond, 0)
	defer w.Close()
	_, _ = w.Write([]byte("soon\n"))
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if got, _ := s.all(); got == "soon\n" {
			return
		}
	}
	t.Fatal("the timer never flushed the batch")
}

func TestConcurrentLinesStayWhole(t *testing.T) {
	var s sink
	w := New(&s, time.Millisecond, 256)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 500 {
				_, _ = fmt.Fprintf(w, "g%d-%03d-%s\n", g, i, strings.Repeat("x", 20))
			}
		})
	}
	wg.Wait()
	_ = w.Close()
	got, _ := s.all()
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if len(lines) != 8*500 {
		t.Fatalf("%d lines, want %d", len(lines), 8*500)
	}
	seen := map[string]bool{}
	for _, l := range lines {
		var g, i int
		var rest string
		if n, _ := fmt.Sscanf(l, "g%d-%03d-%s", &g, &i, &rest); n != 3 || rest != strings.Repeat("x", 20) || seen[l] {
			t.Fatalf("torn or repeated line %q", l)
		}
		seen[l] = true
	}
}

func TestUrgentRecordsFlushAtOnce(t *testing.T) {
	var s sink
	w := New(&s, time.Hour, 0)
	defer w.Close()
	log := slog.New(FlushFrom(slog.LevelWarn, slog.NewTextHandler(w, nil), w)).With("component", "test")
	for _, c := range []struct {
		log     func(string, ...any)
		flushed bool
	}{
		{log.Info, false},
		{log.Warn, true}, // and the info line before it
		{log.Info, false},
		{log.Error, true},
	} {
		c.log("msg")
		got, _ := s.all()
		if flushed := strings.Count(got, "msg=msg") == strings.Count(got+w.pending(), "msg=msg"); flushed != c.flushed {
			t.Errorf("after a line: everything out = %v, want %v", flushed, c.flushed)
		}
	}
	if got, _ := s.all(); !strings.Contains(got, "component=test") {
		t.Errorf("WithAttrs lost: %q", got)
	}
}

func TestBrokenOutputDropsTheBatch(t *testing.T) {
	s := sink{fail: true}
	w := New(&s, time.Hour, 64)
	defer w.Close()
	var errs int
	for range 100 {
		if _, err := w.Write(bytes.Repeat([]byte("y"), 40)); err != nil {
			errs++
		}
	}
	if errs == 0 {
		t.Error("the output's error was never reported")
	}
	if n := len(w.pending()); n > 128 {
		t.Errorf("%d bytes held after failed writes: memory grows with a broken output", n)
	}
}

// pending is what is batched and not yet written.
func (w *Writer) pending() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return string(w.buf)
}
