package handlers

import (
	"context"
	"sync"
	"time"
)

// ttlCache keeps what a slow lookup (the management API) returned, briefly.
// Loads are single-flight: concurrent views of one key share one call, and a
// failure is remembered for failFor, so 30 requests during a Descope outage
// cost Descope one call, not 30.
type ttlCache[V any] struct {
	load    func(ctx context.Context, key string) (V, error)
	ttl     time.Duration
	failFor time.Duration
	timeout time.Duration
	maxSize int

	mu      sync.Mutex
	entries map[string]*ttlEntry[V]
}

// ttlEntry is one load, in flight until done closes.
type ttlEntry[V any] struct {
	done    chan struct{}
	value   V
	err     error
	expires time.Time
}

func newTTLCache[V any](load func(context.Context, string) (V, error), ttl time.Duration, maxSize int) *ttlCache[V] {
	return &ttlCache[V]{load: load, ttl: ttl, failFor: 5 * time.Second, timeout: 3 * time.Second,
		maxSize: maxSize, entries: map[string]*ttlEntry[V]{}}
}

func (c *ttlCache[V]) get(ctx context.Context, key string) (V, error) {
	now := time.Now()
	c.mu.Lock()
	e, ok := c.entries[key]
	if !ok || (e.finished() && !now.Before(e.expires)) {
		e = &ttlEntry[V]{done: make(chan struct{})}
		c.makeRoom(now)
		c.entries[key] = e
		go c.fetch(ctx, key, e)
	}
	c.mu.Unlock()
	select {
	case <-e.done:
		return e.value, e.err
	case <-ctx.Done():
		var zero V
		return zero, ctx.Err()
	}
}

// fetch runs the one call for an entry, bounded by its own timeout: it serves
// every waiter, so the request that started it must not cancel it.
func (c *ttlCache[V]) fetch(ctx context.Context, key string, e *ttlEntry[V]) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), c.timeout)
	defer cancel()
	v, err := c.load(ctx, key)
	c.mu.Lock()
	e.value, e.err = v, err
	if err != nil {
		e.expires = time.Now().Add(c.failFor)
	} else {
		e.expires = time.Now().Add(c.ttl)
	}
	c.mu.Unlock()
	close(e.done)
}

func (e *ttlEntry[V]) finished() bool {
	select {
	case <-e.done:
		return true
	default:
		return false
	}
}

// makeRoom keeps the table bounded (the caller holds mu): expired entries go
// first, then every finished one; loads in flight stay, their waiters need them.
func (c *ttlCache[V]) makeRoom(now time.Time) {
	if len(c.entries) < c.maxSize {
		return
	}
	for k, e := range c.entries {
		if e.finished() && !now.Before(e.expires) {
			delete(c.entries, k)
		}
	}
	if len(c.entries) < c.maxSize {
		return
	}
	for k, e := range c.entries {
		if e.finished() {
			delete(c.entries, k)
		}
	}
}
