package auth

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
	"time"
)

// The cache counts are logged once a minute at debug level, then reset; at
// info level nothing is logged.
func TestCacheStatsReportPerMinute(t *testing.T) {
	var buf bytes.Buffer
	debug := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	var s cacheStats
	t0 := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	s.maybeReport(debug, t0) // opens the window
	s.hits.Add(3)
	s.misses.Add(1)
	s.maybeReport(debug, t0.Add(59*time.Second))
	if buf.Len() != 0 {
		t.Fatalf("reported before the minute ended: %s", buf.String())
	}
	s.maybeReport(debug, t0.Add(61*time.Second))
	if got := buf.String(); !strings.Contains(got, "hits=3 misses=1 refused_hits=0 window=1m1s") {
		t.Fatalf("report = %q", got)
	}
	if s.hits.Load() != 0 || s.misses.Load() != 0 {
		t.Error("counters not reset after the report")
	}

	buf.Reset()
	info := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelInfo}))
	s.hits.Add(5)
	s.maybeReport(info, t0.Add(10*time.Minute))
	if buf.Len() != 0 {
		t.Errorf("logged at info level: %s", buf.String())
	}
}
