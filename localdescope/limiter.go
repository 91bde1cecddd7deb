package localdescope

import "time"

// LimitKind groups the endpoints that share a per-IP limit.
type LimitKind string

const (
	LimitSendCode    LimitKind = "send-code"    // endpoints that send a code
	LimitCheckSecret LimitKind = "check-secret" // endpoints that check a code or password
	LimitCreateUser  LimitKind = "create-user"  // endpoints whose purpose is a new user
	LimitFlow        LimitKind = "flow"         // flow steps: any of the above
)

// limitName is the rate limit's name for kind, which namespaces its counters
// in shared storage apart from the web app's own limits.
func limitName(kind LimitKind) string { return "local-descope-" + string(kind) }

// Limit is at most Max requests per client IP within Window.
type Limit struct {
	Max    int
	Window time.Duration
}

// DefaultLimits are generous for a person and tight for a script: 30 code
// guesses a minute per IP (on top of 5 per code), 10 sign-ups a minute, so
// filling the 10,000-user store from one address takes 16 hours.
var DefaultLimits = map[LimitKind]Limit{
	LimitSendCode:    {Max: 30, Window: time.Minute},
	LimitCheckSecret: {Max: 30, Window: time.Minute},
	LimitCreateUser:  {Max: 10, Window: time.Minute},
	LimitFlow:        {Max: 60, Window: time.Minute},
}

// limitedRoutes are the canonical routes under a per-IP limit. Every route
// that sends codes, checks secrets or creates users must be listed (a test
// holds the route table to it).
var limitedRoutes = map[string]LimitKind{
	"/v1/auth/otp/signup-in/email": LimitSendCode,
	"/v1/auth/otp/signin/email":    LimitSendCode,
	"/v1/auth/otp/signup/email":    LimitSendCode,
	"/v1/auth/otp/verify/email":    LimitCheckSecret,
	"/v1/auth/password/signin":     LimitCheckSecret,
	"/v1/auth/password/signup":     LimitCreateUser,
	"/v1/flow/start":               LimitFlow,
	"/v1/flow/next":                LimitFlow,
}

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
