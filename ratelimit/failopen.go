package ratelimit

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"
)

// Timings of the fail-open breaker.
const (
	// callTimeout bounds one storage call, whatever the client's own timeouts.
	callTimeout = 500 * time.Millisecond
	// retryEvery: after a failure, calls skip Redis (answering at once) until
	// this has passed; then one call tries it again.
	retryEvery = time.Second
	// warnEvery: at most one outage warning per this long.
	warnEvery = time.Minute
)

var (
	// errUnavailable is what a call gets while the breaker skips Redis.
	// Fiber's limiter treats any Get error as "no hits yet" and ignores Set
	// errors, which is exactly failing open.
	errUnavailable = errors.New("ratelimit: shared storage unavailable, failing open")
	errNoReset     = errors.New("ratelimit: Reset is not supported on shared storage")
)

// backend is the part of gofiber/storage/redis's Storage used here.
type backend interface {
	GetWithContext(ctx context.Context, key string) ([]byte, error)
	SetWithContext(ctx context.Context, key string, val []byte, exp time.Duration) error
	DeleteWithContext(ctx context.Context, key string) error
	Close() error
}

// failOpen wraps the shared storage with a breaker: every call is bounded,
// a failure makes the next calls skip Redis for retryEvery, and each limit
// check that could not be counted is counted here instead.
type failOpen struct {
	store  backend
	pingFn func(context.Context) error
	log    *slog.Logger
	now    func() time.Time

	mu         sync.Mutex
	up         bool
	downSince  time.Time
	retryAt    time.Time // while down: no call to Redis before this
	lastWarn   time.Time
	failedOpen uint64 // since start
	sinceWarn  uint64 // since the last warning
}

func newFailOpen(store backend, ping func(context.Context) error, log *slog.Logger) *failOpen {
	return &failOpen{store: store, pingFn: ping, log: log, now: time.Now, up: true}
}

// get is the limit check's read. On failure the limiter sees no hits and lets
// the request through; that check is counted as failed open.
func (f *failOpen) get(key string) ([]byte, error) {
	if !f.allow() {
		f.countFailOpen()
		return nil, errUnavailable
	}
	ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
	defer cancel()
	val, err := f.store.GetWithContext(ctx, key)
	if err != nil {
		f.countFailOpen()
	}
	f.result(err)
	return val, err
}

// set writes the counter back, only while Redis is up: after a failed or
// skipped get the limiter writes "1 hit", which would reset the shared
// counter. Only gets (and pings) try a Redis that is down.
func (f *failOpen) set(key string, val []byte, exp time.Duration) error {
	if !f.isUp() {
		return errUnavailable
	}
	ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
	defer cancel()
	err := f.store.SetWithContext(ctx, key, val, exp)
	f.result(err)
	return err
}

func (f *failOpen) delete(key string) error {
	if !f.isUp() {
		return errUnavailable
	}
	ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
	defer cancel()
	err := f.store.DeleteWithContext(ctx, key)
	f.result(err)
	return err
}

// ping checks Redis now, whatever the breaker says.
func (f *failOpen) ping(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	err := f.pingFn(ctx)
	f.result(err)
	return err
}

func (f *failOpen) status(ctx context.Context) Status {
	if f.allowProbe() {
		_ = f.ping(ctx) // the outcome lands in the state read below
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return Status{Backend: "redis", Up: f.up, DownSince: f.downSince, FailedOpen: f.failedOpen}
}

// allow reports whether a get may go to Redis now: always while up; while
// down, one call per retryEvery (the first to ask), so a recovering Redis is
// not met by every waiting request at once.
func (f *failOpen) allow() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.up {
		return true
	}
	if now := f.now(); !now.Before(f.retryAt) {
		f.retryAt = now.Add(retryEvery)
		return true
	}
	return false
}

func (f *failOpen) isUp() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.up
}

// allowProbe is allow, but only while down: when up, Status costs nothing.
func (f *failOpen) allowProbe() bool {
	f.mu.Lock()
	up := f.up
	f.mu.Unlock()
	return !up && f.allow()
}

// result moves the breaker: a failure opens it (and warns, at most once per
// warnEvery), a success after an outage closes it.
func (f *failOpen) result(err error) {
	now := f.now()
	f.mu.Lock()
	defer f.mu.Unlock()
	if err == nil {
		if !f.up {
			f.up = true
			f.log.Info("Redis answers again: rate limits are shared and enforced",
				"down_for", now.Sub(f.downSince).Round(time.Millisecond).String())
			f.downSince = time.Time{}
		}
		return
	}
	if f.up {
		f.up, f.downSince = false, now
	}
	f.retryAt = now.Add(retryEvery)
	if f.lastWarn.IsZero() || now.Sub(f.lastWarn) >= warnEvery {
		f.log.Warn("Redis unreachable: rate limits are not enforced (failing open) until it answers",
			"error", err.Error(), "failed_open_since_last_warning", f.sinceWarn)
		f.lastWarn, f.sinceWarn = now, 0
	}
}

func (f *failOpen) countFailOpen() {
	f.mu.Lock()
	f.failedOpen++
	f.sinceWarn++
	f.mu.Unlock()
}
