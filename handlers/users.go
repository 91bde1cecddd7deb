package handlers

import (
	"context"
	"sync"
	"time"

	"github.com/descope/go-sdk/descope"
)

// userRecords caches full user records from the management API briefly, so
// repeated /profile views cost Descope about one call per user per 30 s
// (concurrent first views may each make one).
type userRecords struct {
	loader  UserLoader
	ttl     time.Duration
	maxSize int

	mu      sync.Mutex
	entries map[string]userRecord
}

type userRecord struct {
	user    *descope.UserResponse
	expires time.Time
}

func newUserRecords(loader UserLoader, ttl time.Duration, maxSize int) *userRecords {
	return &userRecords{loader: loader, ttl: ttl, maxSize: maxSize, entries: map[string]userRecord{}}
}

func (r *userRecords) load(ctx context.Context, userID string) (*descope.UserResponse, error) {
	now := time.Now()
	r.mu.Lock()
	e, ok := r.entries[userID]
	r.mu.Unlock()
	if ok && now.Before(e.expires) {
		return e.user, nil
	}
	u, err := r.loader.LoadByUserID(ctx, userID)
	if err != nil {
		return nil, err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.entries) >= r.maxSize {
		clear(r.entries) // crude but bounded; entries live seconds anyway
	}
	r.entries[userID] = userRecord{user: u, expires: now.Add(r.ttl)}
	return u, nil
}
