package handlers

import (
	"time"

	"github.com/descope/go-sdk/descope"
)

// userRecords caches full user records from the management API for /profile.
type userRecords = ttlCache[*descope.UserResponse]

func newUserRecords(loader UserLoader, ttl time.Duration, maxSize int) *userRecords {
	return newTTLCache(loader.LoadByUserID, ttl, maxSize)
}
