package localdescope

import "time"

const maxLimiterKeys = 10_000

// windowLimiter allows at most limit events per key within a sliding window.
// The number of keys is bounded; when the table is full of live keys new
// keys are refused (fail closed) rather than evicting someone's history.
type windowLimiter struct {
	limit  int
	window time.Duration
	events map[string][]time.Time // per key, oldest first
}

func newWindowLimiter(limit int, window time.Duration) *windowLimiter {
	return &windowLimiter{limit: limit, window: window, events: map[string][]time.Time{}}
}

// retryAfter is zero while key may act, else how long until it may.
func (l *windowLimiter) retryAfter(key string, now time.Time) time.Duration {
	ev := l.prune(key, now)
	if len(ev) < l.limit {
		return 0
	}
	return ev[0].Add(l.window).Sub(now)
}

// add records an event for key; false when the table has no room for key.
func (l *windowLimiter) add(key string, now time.Time) bool {
	if _, known := l.events[key]; !known && len(l.events) >= maxLimiterKeys {
		for k := range l.events {
			l.prune(k, now)
		}
		if len(l.events) >= maxLimiterKeys {
			return false
		}
	}
	l.events[key] = append(l.events[key], now)
	return true
}

// prune drops key's events older than the window and returns the rest.
func (l *windowLimiter) prune(key string, now time.Time) []time.Time {
	ev := l.events[key]
	i := 0
	for i < len(ev) && !ev[i].After(now.Add(-l.window)) {
		i++
	}
	if i == len(ev) {
		delete(l.events, key)
		return nil
	}
	ev = ev[i:]
	l.events[key] = ev
	return ev
}
