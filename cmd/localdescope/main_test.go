package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/descope-htmx/descope-htmx/internal/testlog"
	"github.com/descope-htmx/descope-htmx/localdescope"
)

func TestRun(t *testing.T) {
	for _, tt := range []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"unknown flag", []string{"-nope"}, "flag provided but not defined"},
		{"bad project ID", []string{"-addr", "127.0.0.1:0", "-project-id", "a b"}, "project ID"},
		{"refresh shorter than session", []string{"-addr", "127.0.0.1:0", "-session-ttl", "1h", "-refresh-ttl", "1m"}, "RefreshTTL"},
		{"address in use or invalid", []string{"-addr", "256.0.0.1:1"}, "listen"},
		{"unknown token response", []string{"-addr", "127.0.0.1:0", "-token-response", "body"}, "-token-response"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := run(context.Background(), tt.args, &testlog.Buffer{})
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("err = %v, want %q", err, tt.wantErr)
			}
		})
	}
}

// It serves until its context ends, then shuts down cleanly, having said
// where to point an app.
func TestRunServesUntilCancelled(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	logs := &testlog.Buffer{}
	if err := run(ctx, []string{"-addr", "127.0.0.1:0"}, logs); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(logs.String(), "DESCOPE_BASE_URI=http://127.0.0.1:") {
		t.Errorf("log = %s", logs.String())
	}
}

// The standalone emulator serves the same sub-app demo mode mounts, per-IP
// limits included: code guesses past the limit get Descope's 429.
func TestRunServesThePerIPLimits(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"-addr", addr}, &testlog.Buffer{}) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("run: %v", err)
		}
	}()

	verify := func() (int, string) {
		req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/v1/auth/otp/verify/email",
			strings.NewReader(`{"loginId":"admin@example.com","code":"000000"}`))
		req.Header.Set("Authorization", "Bearer "+localdescope.DemoProjectID)
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0, err.Error()
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body)
	}
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if status, _ := verify(); status != 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the emulator did not listen within 5 s")
		}
	}
	// One guess spent on the poll above.
	max := localdescope.DefaultLimits[localdescope.LimitCheckSecret].Max
	for i := 2; i <= max; i++ {
		if status, body := verify(); status == http.StatusTooManyRequests || status >= 500 {
			t.Fatalf("guess %d of %d: %d %s", i, max, status, body)
		}
	}
	status, body := verify()
	if status != http.StatusTooManyRequests || !strings.Contains(body, `"errorCode":"E130429"`) {
		t.Fatalf("guess past the limit: %d %s, want Descope's 429", status, body)
	}
}
