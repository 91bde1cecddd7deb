package auth

import (
	"context"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"
)

// Debug logging: what an operator needs when sign-in misbehaves (key
// fetches, cache effectiveness, refreshes, refusals) and nothing secret. Only
// sentinel reasons, counts and durations are logged: never a token, a
// cookie, a code or a key.

// discardLogger is the default when no Logger is configured.
var discardLogger = slog.New(slog.DiscardHandler)

func loggerOr(l *slog.Logger) *slog.Logger {
	if l == nil {
		return discardLogger
	}
	return l
}

// cacheStats counts verified-session cache lookups and logs the counts once
// a minute at debug level (on the first validation after the minute ends:
// no timer goroutine, and nothing is logged while idle).
type cacheStats struct {
	hits, misses, refusedHits atomic.Int64

	mu       sync.Mutex
	windowAt time.Time
}

func (s *cacheStats) maybeReport(log *slog.Logger, now time.Time) {
	if !log.Enabled(context.Background(), slog.LevelDebug) {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.windowAt.IsZero() {
		s.windowAt = now
		return
	}
	if now.Sub(s.windowAt) < time.Minute {
		return
	}
	log.Debug("session cache, last minute",
		"hits", s.hits.Swap(0), "misses", s.misses.Swap(0), "refused_hits", s.refusedHits.Swap(0),
		"window", now.Sub(s.windowAt).Round(time.Second).String())
	s.windowAt = now
}
