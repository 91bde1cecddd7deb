package handlers

import (
	"sync"
	"time"
	"unsafe"

	"github.com/descope-htmx/descope-htmx/auth"
)

// renderCache holds what routes chose to render once per session
// (renderPerSession): per validated session, per key, until the session
// expires. It is keyed by the *auth.Session the validator shares between
// all requests presenting the same token, so a new token (a refresh, a
// tenant switch) renders afresh, and nothing outlives its session.
//
// It is bounded twice: in sessions, and in bytes (what is rendered counts,
// byte for byte; one session keeps at most maxSessionRenderBytes).
type renderCache struct {
	perShard      int
	bytesPerShard int64
	shards        [renderShards]renderShard
}

const renderShards = 16

type renderShard struct {
	mu       sync.Mutex
	bytes    int64 // rendered bytes held for all its sessions
	sessions map[*auth.Session]*sessionRenders
}

// sessionRenders is one session's rendered outputs, by key.
type sessionRenders struct {
	byKey sync.Map // string -> []byte
	bytes int64    // guarded by the shard's mu
}

// maxSessionRenderBytes bounds one session's renders; past it, pages are
// rendered per request instead.
const maxSessionRenderBytes = 64 << 10

// defaultRenderSessions bounds the cache: at most this many sessions' pages
// (about 20 kB each) are kept, like the validator's session cache.
const defaultRenderSessions = 10_000

// defaultRenderBytes is the byte bound when none is configured.
const defaultRenderBytes = 8 << 20

func newRenderCache(sessions int, maxBytes int64) *renderCache {
	if maxBytes <= 0 {
		maxBytes = defaultRenderBytes
	}
	rc := &renderCache{perShard: max(1, sessions/renderShards), bytesPerShard: max(1, maxBytes/renderShards)}
	for i := range rc.shards {
		rc.shards[i].sessions = map[*auth.Session]*sessionRenders{}
	}
	return rc
}

// get returns what is stored for s under key, building and storing it
// first if needed. build must depend on nothing but s and fixed settings.
func (rc *renderCache) get(s *auth.Session, key string, build func() ([]byte, error)) ([]byte, error) {
	sr := rc.of(s)
	if v, ok := sr.byKey.Load(key); ok {
		return v.([]byte), nil
	}
	v, err := build()
	if err != nil {
		return nil, err
	}
	if !rc.charge(s, sr, int64(len(v))) {
		return v, nil // over a bound: served, not kept
	}
	actual, loaded := sr.byKey.LoadOrStore(key, v)
	if loaded {
		rc.charge(s, sr, -int64(len(v)))
	}
	return actual.([]byte), nil
}

func (rc *renderCache) shardOf(s *auth.Session) *renderShard {
	return &rc.shards[(uintptr(unsafe.Pointer(s))>>6)%renderShards]
}

// charge counts n more bytes for sr, evicting other sessions of its shard to
// stay within the shard's budget. false: sr may not keep n more bytes.
func (rc *renderCache) charge(s *auth.Session, sr *sessionRenders, n int64) bool {
	sh := rc.shardOf(s)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if sh.sessions[s] != sr {
		return false // evicted meanwhile: its bytes are no longer counted
	}
	if n > 0 && (sr.bytes+n > maxSessionRenderBytes || n > rc.bytesPerShard) {
		return false
	}
	sr.bytes += n
	sh.bytes += n
	if sh.bytes <= rc.bytesPerShard {
		return true
	}
	now := time.Now()
	for _, expiredOnly := range []bool{true, false} {
		for old, osr := range sh.sessions {
			if sh.bytes <= rc.bytesPerShard {
				return true
			}
			if old == s || (expiredOnly && now.Before(old.ExpiresAt)) {
				continue
			}
			delete(sh.sessions, old)
			sh.bytes -= osr.bytes
		}
	}
	return true
}

func (rc *renderCache) of(s *auth.Session) *sessionRenders {
	sh := rc.shardOf(s)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if sr, ok := sh.sessions[s]; ok {
		return sr
	}
	if len(sh.sessions) >= rc.perShard {
		now := time.Now()
		for old, osr := range sh.sessions {
			if !now.Before(old.ExpiresAt) {
				delete(sh.sessions, old)
				sh.bytes -= osr.bytes
			}
		}
		if len(sh.sessions) >= rc.perShard {
			clear(sh.sessions) // crude but bounded: live sessions just render again
			sh.bytes = 0
		}
	}
	sr := &sessionRenders{}
	sh.sessions[s] = sr
	return sr
}
