package handlers

import (
	"context"
	"errors"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/descope/go-sdk/descope"
)

// failingUsers is the management API during an outage: slow, then an error.
type failingUsers struct {
	calls atomic.Int64
	delay time.Duration
}

func (f *failingUsers) LoadByUserID(ctx context.Context, _ string) (*descope.UserResponse, error) {
	f.calls.Add(1)
	select {
	case <-time.After(f.delay):
	case <-ctx.Done():
	}
	return nil, errors.New("descope: 503")
}

// 30 concurrent /profile views during an outage make one management call,
// and each still gets its page (from the token's claims).
func TestUserRecordLoadsAreSingleFlightAndFailuresCached(t *testing.T) {
	users := &failingUsers{delay: 200 * time.Millisecond}
	a := newTestApp(t, withUsers(users))
	token := a.descope.SessionToken(userID, time.Minute, nil)
	var wg sync.WaitGroup
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res := a.do(t, request{path: "/profile", htmx: true, cookies: map[string]string{"DS": token}})
			if res.status != http.StatusOK || !res.has("test@example.com") {
				t.Errorf("profile during the outage: %d %.200q", res.status, res.body)
			}
		}()
	}
	wg.Wait()
	// And the failure is remembered briefly: a view right after costs nothing.
	a.do(t, request{path: "/profile", htmx: true, cookies: map[string]string{"DS": token}})
	if n := users.calls.Load(); n != 1 {
		t.Fatalf("management API called %d times; want 1", n)
	}
}

func TestUserRecordFailureExpires(t *testing.T) {
	users := &failingUsers{}
	r := newUserRecords(users, time.Minute, 10)
	r.failFor = 20 * time.Millisecond
	for i := 0; i < 3; i++ {
		if _, err := r.get(context.Background(), "U1"); err == nil {
			t.Fatal("a failure was reported as success")
		}
	}
	time.Sleep(30 * time.Millisecond)
	_, _ = r.get(context.Background(), "U1")
	if n := users.calls.Load(); n != 2 {
		t.Fatalf("calls = %d; want one per failure window", n)
	}
}

func TestUserRecordsStayBounded(t *testing.T) {
	r := newUserRecords(&fakeUsers{}, time.Minute, 8)
	for i := 0; i < 100; i++ {
		if _, err := r.get(context.Background(), string(rune('A'+i))); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(r.entries); n > 8 {
		t.Fatalf("%d entries, cap 8", n)
	}
}
