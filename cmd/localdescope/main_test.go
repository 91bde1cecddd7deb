package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/descope-htmx/descope-htmx/internal/testlog"
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
