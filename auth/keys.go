package auth

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// KeySet is the HTTP client the Descope SDK uses. It passes every call through,
// except the public-key fetch (GET /v2/keys/{project}), which it answers from
// memory while the last good key set is younger than MinInterval.
//
// Why: the SDK refetches the key set for every token whose kid it does not
// know. Without this, a burst of tokens with random kids becomes a burst of
// calls to Descope. With it, an unknown kid costs one fetch a minute at most,
// and keys keep working through a Descope outage once loaded.
type KeySet struct {
	client      *http.Client
	keysURL     string
	projectID   string
	minInterval time.Duration
	failBackoff time.Duration
	now         func() time.Time

	mu        sync.Mutex
	body      []byte    // last good {"keys":[...]} response
	fetchedAt time.Time // when body was fetched (or last confirmed unreachable)
	failedAt  time.Time // when the last fetch failed
	inflight  *keyFetch // the fetch under way, shared by everyone who needs it

	loaded      atomic.Bool
	lastFailure atomic.Value // string, for /readyz and logs

	log *slog.Logger
}

// KeySetOptions configures a KeySet. Zero values get the defaults.
type KeySetOptions struct {
	// Timeout bounds every call to Descope (the SDK's own default is 60 s).
	Timeout time.Duration
	// MinInterval is the least time between two key fetches (default 1 min).
	MinInterval time.Duration
	// FailBackoff is how long a failed first fetch is not retried (default 5 s).
	FailBackoff time.Duration
	// Transport replaces http.DefaultTransport (tests).
	Transport http.RoundTripper
	Now       func() time.Time
	Logger    *slog.Logger // debug: every key fetch and its outcome
}

// ErrKeysUnavailable is returned to the SDK when no key set could be fetched.
var ErrKeysUnavailable = errors.New("descope key set unavailable")

// NewKeySet prepares the client for the project's key URL under baseURL.
func NewKeySet(baseURL, projectID string, opts KeySetOptions) *KeySet {
	k := &KeySet{
		client: &http.Client{
			Timeout:   cmpOr(opts.Timeout, 3*time.Second),
			Transport: opts.Transport,
			// The SDK treats redirects as answers, never follows them.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		keysURL:     strings.TrimRight(baseURL, "/") + "/v2/keys/" + projectID,
		projectID:   projectID,
		minInterval: cmpOr(opts.MinInterval, time.Minute),
		failBackoff: cmpOr(opts.FailBackoff, 5*time.Second),
		now:         opts.Now,
		log:         loggerOr(opts.Logger),
	}
	if k.now == nil {
		k.now = time.Now
	}
	return k
}

func cmpOr(d, fallback time.Duration) time.Duration {
	if d > 0 {
		return d
	}
	return fallback
}

// Do implements the SDK's IHttpClient.
func (k *KeySet) Do(req *http.Request) (*http.Response, error) {
	if req.Method != http.MethodGet || !strings.Contains(req.URL.Path, "/v2/keys/") {
		resp, err := k.client.Do(req)
		if err == nil && sdkRetries[resp.StatusCode] {
			// The SDK answers these with retries 5 s apart; a request
			// waiting on Descope should fail fast instead.
			resp.StatusCode, resp.Status = http.StatusBadGateway, "502 Bad Gateway"
		}
		return resp, err
	}
	body, err := k.keys(req.Context(), false)
	if err != nil {
		return nil, err
	}
	return &http.Response{
		Status:        "200 OK",
		StatusCode:    http.StatusOK,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        http.Header{"Content-Type": {"application/json"}},
		Body:          io.NopCloser(bytes.NewReader(body)),
		ContentLength: int64(len(body)),
		Request:       req,
	}, nil
}

// sdkRetries are the statuses the Go SDK (v1.28.0) retries after 100 ms, 5 s and 5 s.
var sdkRetries = map[int]bool{503: true, 520: true, 521: true, 522: true, 524: true, 530: true}

// Refresh loads the key set, ignoring the back-off after a failure; main
// calls it until it succeeds, so /readyz turns green before the first visitor.
// Once a set is loaded it returns at once (a stale set refetches meanwhile).
func (k *KeySet) Refresh(ctx context.Context) error {
	_, err := k.keys(ctx, true)
	return err
}

// Ensure loads the key set unless it is loaded or a fetch failed within the
// back-off period, so a flood during an outage does not queue up on Descope.
func (k *KeySet) Ensure(ctx context.Context) error {
	_, err := k.keys(ctx, false)
	return err
}

// Loaded reports whether a key set has ever been fetched.
func (k *KeySet) Loaded() bool { return k.loaded.Load() }

// LastFailure describes the last failed fetch ("" if none), without secrets.
func (k *KeySet) LastFailure() string {
	s, _ := k.lastFailure.Load().(string)
	return s
}

// keyFetch is one fetch of the key set; done closes when body/err are final.
type keyFetch struct {
	done chan struct{}
	body []byte
	err  error
}

// keys returns the key set. Once one is known it is returned at once, even
// when stale (a refetch then runs in the background), so no request waits
// on Descope for keys it already has. Before that, callers share a single
// fetch, each waiting at most until its own context ends; after a failure,
// new fetches wait failBackoff unless eager.
func (k *KeySet) keys(ctx context.Context, eager bool) ([]byte, error) {
	k.mu.Lock()
	now := k.now()
	if k.body != nil {
		body := k.body
		if now.Sub(k.fetchedAt) >= k.minInterval && k.inflight == nil {
			k.startFetch()
		}
		k.mu.Unlock()
		return body, nil
	}
	call := k.inflight
	if call == nil {
		if !eager && !k.failedAt.IsZero() && now.Sub(k.failedAt) < k.failBackoff {
			k.mu.Unlock()
			return nil, ErrKeysUnavailable
		}
		call = k.startFetch()
	}
	k.mu.Unlock()
	select {
	case <-call.done:
		return call.body, call.err
	case <-ctx.Done():
		return nil, fmt.Errorf("%w: %v", ErrKeysUnavailable, ctx.Err())
	}
}

// startFetch fetches in the background; the caller holds k.mu. The fetch is
// bounded by the client's timeout, not by whichever request started it.
func (k *KeySet) startFetch() *keyFetch {
	call := &keyFetch{done: make(chan struct{})}
	k.inflight = call
	stale := k.body != nil
	go func() {
		started := time.Now()
		body, err := k.fetch(context.Background())
		if err != nil {
			k.log.Debug("descope key fetch failed", "reason", err.Error(), "serving_last_good_set", stale, "duration", time.Since(started).String())
		} else {
			k.log.Debug("descope keys fetched", "bytes", len(body), "refetch", stale, "duration", time.Since(started).String())
		}
		k.mu.Lock()
		now := k.now()
		if err != nil {
			k.lastFailure.Store(err.Error())
			k.failedAt = now
			if k.body != nil {
				// Keep serving the last good set, and wait a full interval
				// before trying again rather than hammering a struggling Descope.
				k.fetchedAt = now
			} else {
				call.err = fmt.Errorf("%w: %v", ErrKeysUnavailable, err)
			}
		} else {
			k.body, k.fetchedAt = body, now
			k.lastFailure.Store("")
			k.loaded.Store(true)
		}
		call.body = k.body
		k.inflight = nil
		k.mu.Unlock()
		close(call.done)
	}()
	return call
}

func (k *KeySet) fetch(ctx context.Context) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, k.keysURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+k.projectID)
	resp, err := k.client.Do(req)
	if err != nil {
		var urlErr *url.Error
		if errors.As(err, &urlErr) {
			return nil, urlErr.Err // drop the URL: it is noise in logs
		}
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("key fetch answered %d", resp.StatusCode)
	}
	var set struct {
		Keys []json.RawMessage `json:"keys"`
	}
	if err := json.Unmarshal(body, &set); err != nil || len(set.Keys) == 0 {
		return nil, errors.New("key fetch answered no usable key set")
	}
	return body, nil
}
