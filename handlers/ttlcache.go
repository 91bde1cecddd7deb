package handlers

import (
	"context"
	"sync"
	"time"
)

// ttlCache keeps what a slow lookup (the management API) returned, briefly,
// so repeated views cost Descope about one call per key per ttl (concurrent
// first views may each make one).
type ttlCache[V any] struct {
	load    func(ctx context.Context, key string) (V, error)
	ttl     time.Duration
	maxSize int

	mu      sync.Mutex
	entries map[string]ttlEntry[V]
}

type ttlEntry[V any] struct {
	value   V
	expires time.Time
}

func newTTLCache[V any](load func(context.Context, string) (V, error), ttl time.Duration, maxSize int) *ttlCache[V] {
	return &ttlCache[V]{load: load, ttl: ttl, maxSize: maxSize, entries: map[string]ttlEntry[V]{}}
}

func (c *ttlCache[V]) get(ctx context.Context, key string) (V, error) {
	now := time.Now()
	c.mu.Lock()
	e, ok := c.entries[key]
	c.mu.Unlock()
	if ok && now.Before(e.expires) {
		return e.value, nil
	}
	v, err := c.load(ctx, key)
	if err != nil {
		return v, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.entries) >= c.maxSize {
		clear(c.entries) // crude but bounded; entries live minutes at most
	}
	c.entries[key] = ttlEntry[V]{value: v, expires: now.Add(c.ttl)}
	return v, nil
}
