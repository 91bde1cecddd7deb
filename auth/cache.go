package auth

import (
	"container/list"
	"hash/maphash"
	"sync"
	"time"
)

// tokenKey is where a token's entry is looked for: a 64-bit keyed hash of
// the token (maphash, with a seed no client knows), cheap enough for every
// request. A key only finds an entry; it never vouches for it. Each cache's
// get is given the check that does: a cached session is handed out only for
// the token it was verified as (see Validator). Two tokens sharing a key at
// worst miss the cache, or, in the refusals cache, which keeps no token, get
// a refusal meant for the other: odds of 2^-64 per entry, for a key no
// client can compute.
type tokenKey uint64

var tokenSeed = maphash.MakeSeed()

func keyOf(token string) tokenKey { return tokenKey(maphash.String(tokenSeed, token)) }

// lruCache is a bounded, concurrency-safe LRU whose entries also expire.
// It is bounded twice: in entries, and in bytes (each entry has a weight).
// It is split into shards so parallel requests rarely wait on one lock.
type lruCache[V any] struct {
	shards [cacheShards]lruShard[V]
}

const cacheShards = 16

type lruShard[V any] struct {
	mu       sync.Mutex
	capacity int
	maxBytes int64
	bytes    int64 // sum of the entries' weights
	items    map[tokenKey]*list.Element
	order    list.List // front = most recently used
}

type lruEntry[V any] struct {
	key     tokenKey
	value   V
	expires time.Time
	weight  int64
}

// newLRUCache holds at most capacity entries; maxBytes <= 0 means no byte bound.
func newLRUCache[V any](capacity int, maxBytes int64) *lruCache[V] {
	perShard := max(1, capacity/cacheShards)
	var bytesPerShard int64
	if maxBytes > 0 {
		bytesPerShard = max(1, maxBytes/cacheShards)
	}
	c := &lruCache[V]{}
	for i := range c.shards {
		c.shards[i].capacity = perShard
		c.shards[i].maxBytes = bytesPerShard
		// Not pre-sized: zeroing room for the full capacity cost 8 % of
		// start-up; the maps grow with the traffic.
		c.shards[i].items = map[tokenKey]*list.Element{}
	}
	return c
}

func (c *lruCache[V]) shard(k tokenKey) *lruShard[V] { return &c.shards[k%cacheShards] }

// get returns the value for token, looked up under k, unless it is missing,
// expired at now, or not token's by belongs (nil: any value under k is).
func (c *lruCache[V]) get(k tokenKey, now time.Time, token string, belongs func(V, string) bool) (V, bool) {
	s := c.shard(k)
	s.mu.Lock()
	defer s.mu.Unlock()
	var zero V
	el, ok := s.items[k]
	if !ok {
		return zero, false
	}
	e := el.Value.(*lruEntry[V])
	if !now.Before(e.expires) {
		s.removeLocked(k)
		return zero, false
	}
	if belongs != nil && !belongs(e.value, token) {
		return zero, false // another token's entry: a miss, and it stays
	}
	s.order.MoveToFront(el)
	return e.value, true
}

// put stores v for k until expires, weighing weight bytes, evicting the least
// recently used entries while the shard is over either bound. A value heavier
// than a whole shard's budget is not stored.
func (c *lruCache[V]) put(k tokenKey, v V, expires time.Time, w int64) {
	s := c.shard(k)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.maxBytes > 0 && w > s.maxBytes {
		s.removeLocked(k)
		return
	}
	if el, ok := s.items[k]; ok {
		e := el.Value.(*lruEntry[V])
		s.bytes += w - e.weight
		e.value, e.expires, e.weight = v, expires, w
		s.order.MoveToFront(el)
	} else {
		s.items[k] = s.order.PushFront(&lruEntry[V]{key: k, value: v, expires: expires, weight: w})
		s.bytes += w
	}
	s.evictLocked()
}

// evictLocked drops least recently used entries until the shard is within
// its bounds, keeping the most recent one.
func (s *lruShard[V]) evictLocked() {
	for s.order.Len() > 1 && (s.order.Len() > s.capacity || (s.maxBytes > 0 && s.bytes > s.maxBytes)) {
		oldest := s.order.Back()
		e := oldest.Value.(*lruEntry[V])
		s.order.Remove(oldest)
		delete(s.items, e.key)
		s.bytes -= e.weight
	}
}

func (s *lruShard[V]) removeLocked(k tokenKey) {
	if el, ok := s.items[k]; ok {
		s.bytes -= el.Value.(*lruEntry[V]).weight
		s.order.Remove(el)
		delete(s.items, k)
	}
}

// remove drops k, if present.
func (c *lruCache[V]) remove(k tokenKey) {
	s := c.shard(k)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.removeLocked(k)
}

// len counts the entries, expired ones included (for tests).
func (c *lruCache[V]) len() int {
	n := 0
	for i := range c.shards {
		c.shards[i].mu.Lock()
		n += c.shards[i].order.Len()
		c.shards[i].mu.Unlock()
	}
	return n
}

// weight sums the entries' weights (for tests).
func (c *lruCache[V]) weight() int64 {
	var n int64
	for i := range c.shards {
		c.shards[i].mu.Lock()
		n += c.shards[i].bytes
		c.shards[i].mu.Unlock()
	}
	return n
}
