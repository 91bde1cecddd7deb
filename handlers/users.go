package handlers

import (
	"context"
	"sync"
	"time"

	"github.com/descope/go-sdk/descope"
)

// userRecords caches full user records from the management API briefly.
// Loads are single-flight: concurrent /profile views of one user share one
// call, and a failure is remembered for failFor, so 30 requests during a
// Descope outage cost Descope one call, not 30.
type userRecords struct {
	loader  UserLoader
	ttl     time.Duration
	failFor time.Duration
	timeout time.Duration
	maxSize int

	mu      sync.Mutex
	entries map[string]*userEntry
}

// userEntry is one load, in flight until done closes.
type userEntry struct {
	done    chan struct{}
	user    *descope.UserResponse
	err     error
	expires time.Time
}

func newUserRecords(loader UserLoader, ttl time.Duration, maxSize int) *userRecords {
	return &userRecords{loader: loader, ttl: ttl, failFor: 5 * time.Second, timeout: 3 * time.Second,
		maxSize: maxSize, entries: map[string]*userEntry{}}
}

func (r *userRecords) load(ctx context.Context, userID string) (*descope.UserResponse, error) {
	now := time.Now()
	r.mu.Lock()
	e, ok := r.entries[userID]
	if !ok || (e.finished() && !now.Before(e.expires)) {
		e = &userEntry{done: make(chan struct{})}
		r.makeRoom(now)
		r.entries[userID] = e
		go r.fetch(ctx, userID, e)
	}
	r.mu.Unlock()
	select {
	case <-e.done:
		return e.user, e.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// fetch runs the one call for an entry, bounded by its own timeout: it serves
// every waiter, so the request that started it must not cancel it.
func (r *userRecords) fetch(ctx context.Context, userID string, e *userEntry) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), r.timeout)
	defer cancel()
	u, err := r.loader.LoadByUserID(ctx, userID)
	r.mu.Lock()
	e.user, e.err = u, err
	if err != nil {
		e.expires = time.Now().Add(r.failFor)
	} else {
		e.expires = time.Now().Add(r.ttl)
	}
	r.mu.Unlock()
	close(e.done)
}

func (e *userEntry) finished() bool {
	select {
	case <-e.done:
		return true
	default:
		return false
	}
}

// makeRoom keeps the table bounded (the caller holds mu): expired entries go
// first, then every finished one; loads in flight stay, their waiters need them.
func (r *userRecords) makeRoom(now time.Time) {
	if len(r.entries) < r.maxSize {
		return
	}
	for id, e := range r.entries {
		if e.finished() && !now.Before(e.expires) {
			delete(r.entries, id)
		}
	}
	if len(r.entries) < r.maxSize {
		return
	}
	for id, e := range r.entries {
		if e.finished() {
			delete(r.entries, id)
		}
	}
}
