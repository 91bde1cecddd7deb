package main

import (
	"testing"

	"github.com/valyala/fasthttp"
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

func TestChecks(t *testing.T) {
	l := &load{app: &server{addr: "app"}, bare: &server{addr: "bare"}, bareBody: []byte("exact")}
	for _, c := range []struct {
		target target
		status int
		body   string
		ok     bool
	}{
		{guest, 200, `<section data-session="guest">`, true},
		{guest, 401, `<section data-session="guest">`, true},
		{guest, 500, `<section data-session="guest">`, false},
		{guest, 200, `<section data-session="user">`, false},
		{fragment, 200, `<section data-session="user">`, true},
		{fragment, 401, `<section data-session="user">`, false},
		{fragment, 200, `<section data-session="guest">`, false},
		{page, 200, `<html><section data-session="user">`, true},
		{bare, 200, "exact", true},
		{bare, 200, "exact!", false},
	} {
		req, resp := fasthttp.AcquireRequest(), fasthttp.AcquireResponse()
		s, check := l.request(c.target, req)
		if want := l.app; c.target == bare && s != l.bare || c.target != bare && s != want {
			t.Errorf("%s goes to the wrong server", c.target)
		}
		resp.SetStatusCode(c.status)
		resp.SetBodyString(c.body)
		if err := check(resp); (err == nil) != c.ok {
			t.Errorf("%s, %d %q: check error %v, want ok=%v", c.target, c.status, c.body, err, c.ok)
		}
	}
}
