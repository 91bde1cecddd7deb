package handlers

import (
	"sync"
	"time"
	"unsafe"

	"github.com/descope-htmx/descope-htmx/auth"
)

// renderCache holds what routes chose to render once per session
// (cachePerSession): per validated session, per key, until the session
// expires. It is keyed by the *auth.Session the validator shares between
// all requests presenting the same token, so a new token (a refresh, a
// tenant switch) renders afresh, and nothing outlives its session.
type renderCache struct {
	perShard int
	shards   [renderShards]renderShard
}

const renderShards = 16

type renderShard struct {
	mu       sync.Mutex
	sessions map[*auth.Session]*sessionRenders
}

// sessionRenders is one session's rendered outputs, by key.
type sessionRenders struct {
	byKey sync.Map // string -> []byte
}

// defaultRenderSessions bounds the cache: at most this many sessions' pages
// (about 20 kB each) are kept, like the validator's session cache.
const defaultRenderSessions = 10_000

func newRenderCache(sessions int) *renderCache {
	rc := &renderCache{perShard: max(1, sessions/renderShards)}
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
	actual, _ := sr.byKey.LoadOrStore(key, v)
	return actual.([]byte), nil
}

func (rc *renderCache) of(s *auth.Session) *sessionRenders {
	sh := &rc.shards[(uintptr(unsafe.Pointer(s))>>6)%renderShards]
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if sr, ok := sh.sessions[s]; ok {
		return sr
	}
	if len(sh.sessions) >= rc.perShard {
		now := time.Now()
		for old := range sh.sessions {
			if !now.Before(old.ExpiresAt) {
				delete(sh.sessions, old)
			}
		}
		if len(sh.sessions) >= rc.perShard {
			clear(sh.sessions) // crude but bounded: live sessions just render again
		}
	}
	sr := &sessionRenders{}
	sh.sessions[s] = sr
	return sr
}
