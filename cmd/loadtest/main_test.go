package main

import (
	"testing"
	"time"
)

func TestStats(t *testing.T) {
	r := result{elapsed: 2 * time.Second}
	for i := 1; i <= 200; i++ {
		r.lat = append(r.lat, time.Duration(i)*time.Millisecond)
	}
	if got := r.rps(); got != 100 {
		t.Errorf("rps = %v, want 100", got)
	}
	if p50, p99 := r.pct(50), r.pct(99); p50 != 100*time.Millisecond || p99 != 198*time.Millisecond {
		t.Errorf("p50, p99 = %v, %v; want 100ms, 198ms (nearest rank)", p50, p99)
	}
	if m := median([]float64{0.9, 0.7, 0.8}); m != 0.8 {
		t.Errorf("median of 3 = %v", m)
	}
	if m := median([]float64{4, 1, 2, 3}); m != 2.5 {
		t.Errorf("median of 4 = %v", m)
	}
}

func TestOKStatus(t *testing.T) {
	for _, c := range []struct {
		auth   bool
		status int
		ok     bool
	}{{false, 200, true}, {false, 401, true}, {true, 200, true}, {true, 401, false}, {false, 503, false}, {true, 500, false}} {
		if got := okStatus(c.auth, c.status); got != c.ok {
			t.Errorf("okStatus(auth=%v, %d) = %v", c.auth, c.status, got)
		}
	}
}
