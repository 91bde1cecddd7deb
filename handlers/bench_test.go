package handlers

import (
	"testing"
	"time"
)

// BenchmarkContainer serves the #container fragment in-process, through the
// whole middleware chain, to a guest and to a signed-in user: the pair the
// load test compares (go run ./cmd/loadtest), without the network.
func BenchmarkContainer(b *testing.B) {
	a := newTestApp(b)
	token := a.descope.SessionToken(userID, time.Hour, nil)
	b.Run("guest", func(b *testing.B) { benchServe(b, a, "/container", "", true, 401, loginMarker) })
	b.Run("signed-in", func(b *testing.B) { benchServe(b, a, "/container", token, true, 200, contentMarker) })
}
