package handlers

import (
	"errors"
	"testing"
	"time"

	"github.com/descope-htmx/descope-htmx/auth"
)

func TestRenderCache(t *testing.T) {
	rc := newRenderCache(renderShards, 0) // one session per shard
	live := &auth.Session{UserID: "U1", ExpiresAt: time.Now().Add(time.Hour)}
	other := &auth.Session{UserID: "U1", ExpiresAt: time.Now().Add(time.Hour)}
	builds := 0
	build := func(out string) func() ([]byte, error) {
		return func() ([]byte, error) { builds++; return []byte(out), nil }
	}
	for range 3 {
		if b, _ := rc.get(live, "k", build("a")); string(b) != "a" {
			t.Fatalf("got %q", b)
		}
	}
	if builds != 1 {
		t.Errorf("built %d times for one session and key", builds)
	}
	// Another session (another token of the same user) never sees it.
	if b, _ := rc.get(other, "k", build("b")); string(b) != "b" {
		t.Errorf("a session got another session's render: %q", b)
	}
	// A failed build is reported and not stored.
	if _, err := rc.get(live, "bad", func() ([]byte, error) { return nil, errors.New("x") }); err == nil {
		t.Error("failed build not reported")
	}
	if b, _ := rc.get(live, "bad", build("ok")); string(b) != "ok" {
		t.Error("a failed build was stored")
	}
	// Bounded: many sessions leave at most perShard per shard.
	for range 1000 {
		s := &auth.Session{ExpiresAt: time.Now().Add(time.Hour)}
		_, _ = rc.get(s, "k", build("x"))
	}
	for i := range rc.shards {
		if n := len(rc.shards[i].sessions); n > rc.perShard {
			t.Fatalf("shard %d holds %d sessions, bound %d", i, n, rc.perShard)
		}
	}
}

// Rendered bytes are bounded too: a flood of sessions with large pages keeps
// at most the byte budget, and one session at most maxSessionRenderBytes.
func TestRenderCacheIsBoundedInBytes(t *testing.T) {
	const budget = renderShards * 100 << 10 // 100 kB per shard
	rc := newRenderCache(1_000_000, budget)
	page := make([]byte, 20<<10)
	build := func() ([]byte, error) { return page, nil }
	for range 2000 {
		s := &auth.Session{ExpiresAt: time.Now().Add(time.Hour)}
		if b, err := rc.get(s, "page", build); err != nil || len(b) != len(page) {
			t.Fatalf("get: %d bytes, %v", len(b), err)
		}
	}
	var total int64
	for i := range rc.shards {
		sh := &rc.shards[i]
		var sum int64
		for _, sr := range sh.sessions {
			sum += sr.bytes
		}
		if sum != sh.bytes || sh.bytes > rc.bytesPerShard {
			t.Fatalf("shard %d: counted %d, holds %d, budget %d", i, sh.bytes, sum, rc.bytesPerShard)
		}
		total += sh.bytes
	}
	if total > budget || total < budget/4 {
		t.Fatalf("holds %d bytes of renders, budget %d", total, budget)
	}
	// One session cannot take more than its share.
	s := &auth.Session{ExpiresAt: time.Now().Add(time.Hour)}
	for i := range 10 {
		_, _ = rc.get(s, string(rune('a'+i)), build)
	}
	if got := rc.of(s).bytes; got > maxSessionRenderBytes {
		t.Fatalf("one session keeps %d bytes", got)
	}
}
