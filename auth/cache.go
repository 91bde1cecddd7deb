package auth

import (
	"container/list"
	"crypto/sha256"
	"sync"
	"time"
	"unsafe"
)

// tokenKey identifies a token by its SHA-256, so the cache never keeps the
// token text itself (nor any buffer the web framework will reuse).
type tokenKey [sha256.Size]byte

func keyOf(token string) tokenKey {
	// Hash the string's bytes in place: a []byte(token) copy would cost an
	// allocation per request, and Sum256 only reads its input.
	return sha256.Sum256(unsafe.Slice(unsafe.StringData(token), len(token)))
}

// lruCache is a bounded, concurrency-safe LRU whose entries also expire.
// It is split into shards so parallel requests rarely wait on one lock.
type lruCache[V any] struct {
	shards [cacheShards]lruShard[V]
}

const cacheShards = 16

type lruShard[V any] struct {
	mu       sync.Mutex
	capacity int
	items    map[tokenKey]*list.Element
	order    list.List // front = most recently used
}

type lruEntry[V any] struct {
	key     tokenKey
	value   V
	expires time.Time
}

func newLRUCache[V any](capacity int) *lruCache[V] {
	perShard := max(1, capacity/cacheShards)
	c := &lruCache[V]{}
	for i := range c.shards {
		c.shards[i].capacity = perShard
		c.shards[i].items = make(map[tokenKey]*list.Element, perShard)
	}
	return c
}

func (c *lruCache[V]) shard(k tokenKey) *lruShard[V] { return &c.shards[k[0]%cacheShards] }

// get returns the value for k unless it is missing or expired at now.
func (c *lruCache[V]) get(k tokenKey, now time.Time) (V, bool) {
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
		s.order.Remove(el)
		delete(s.items, k)
		return zero, false
	}
	s.order.MoveToFront(el)
	return e.value, true
}

// put stores v for k until expires, evicting the least recently used entry
// when the shard is full.
func (c *lruCache[V]) put(k tokenKey, v V, expires time.Time) {
	s := c.shard(k)
	s.mu.Lock()
	defer s.mu.Unlock()
	if el, ok := s.items[k]; ok {
		e := el.Value.(*lruEntry[V])
		e.value, e.expires = v, expires
		s.order.MoveToFront(el)
		return
	}
	if s.order.Len() >= s.capacity {
		oldest := s.order.Back()
		s.order.Remove(oldest)
		delete(s.items, oldest.Value.(*lruEntry[V]).key)
	}
	s.items[k] = s.order.PushFront(&lruEntry[V]{key: k, value: v, expires: expires})
}

// remove drops k, if present.
func (c *lruCache[V]) remove(k tokenKey) {
	s := c.shard(k)
	s.mu.Lock()
	defer s.mu.Unlock()
	if el, ok := s.items[k]; ok {
		s.order.Remove(el)
		delete(s.items, k)
	}
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
