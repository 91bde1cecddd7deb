package handlers

import (
	"errors"
	"testing"
	"time"

	"github.com/descope-htmx/descope-htmx/auth"
)

func TestRenderCache(t *testing.T) {
	rc := newRenderCache(renderShards) // one session per shard
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
