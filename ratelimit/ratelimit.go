// Package ratelimit builds every rate limit of the app from one place, on
// Fiber's limiter. Counters live in this process's memory, or, when REDIS_URL
// is set, in Redis through Fiber's storage interface
// (github.com/gofiber/storage/redis/v3), so that every instance behind a load
// balancer counts against the same limit.
//
// A Redis outage fails open: checks are let through uncounted, a warning is
// logged at most once a minute, Status counts what was let through, and
// sharing resumes by itself when Redis answers again. SECURITY.md says why.
package ratelimit

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/limiter"
	redisstore "github.com/gofiber/storage/redis/v3"
	"github.com/redis/go-redis/v9"
)

// Config is one limit: at most Max requests per Window for each Key.
type Config struct {
	// Name tells this limit's counters apart from the others' in shared
	// storage ("logout", "tenant-switch"). Required; unique per limit.
	Name   string
	Max    int
	Window time.Duration
	// Key returns what is counted, usually the client IP. Default: c.IP().
	Key func(*fiber.Ctx) string
	// Next skips the limit for a request when it returns true.
	Next func(*fiber.Ctx) bool
	// LimitReached answers a request over the limit (Retry-After is already
	// set). Default: a 429 *fiber.Error for the app's error handler.
	LimitReached fiber.Handler
}

// Options configure where the counters live.
type Options struct {
	// RedisURL (redis://host:port/db, rediss:// for TLS); empty keeps the
	// counters in memory. config.Load has already validated it.
	RedisURL string
	Logger   *slog.Logger
	// KeyPrefix namespaces the keys in a Redis shared with other apps.
	// Default "descope-htmx:ratelimit:".
	KeyPrefix string
}

// Limits is the factory for the app's limits. A nil *Limits keeps counters
// in memory, so tests can build an app without one.
type Limits struct {
	shared *failOpen // nil: memory
	prefix string
}

// New connects to Redis when opts.RedisURL is set. An unreachable Redis is
// not an error: the app starts, fails open and shares once Redis answers.
func New(opts Options) (*Limits, error) {
	if opts.RedisURL == "" {
		return &Limits{}, nil
	}
	ropts, err := redis.ParseURL(opts.RedisURL)
	if err != nil {
		// Not err itself: url.Parse's error repeats the URL, password included.
		return nil, errors.New("ratelimit: REDIS_URL is not a valid redis:// or rediss:// URL")
	}
	tuneForFailOpen(ropts)
	// go-redis prints pool errors itself, once per failed dial; the breaker's
	// outage warning (at most one a minute) is the line an operator needs.
	redis.SetLogger(quietLogger{})
	client := redis.NewClient(ropts)
	store := redisstore.NewFromConnection(client)

	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	prefix := opts.KeyPrefix
	if prefix == "" {
		prefix = "descope-htmx:ratelimit:"
	}
	l := &Limits{
		shared: newFailOpen(store, func(ctx context.Context) error { return client.Ping(ctx).Err() },
			logger.With("component", "ratelimit", "redis", ropts.Addr)),
		prefix: prefix,
	}
	// A failed ping logs the breaker's outage warning itself.
	if err := l.shared.ping(context.Background()); err == nil {
		logger.Info("rate limits are shared through Redis", "component", "ratelimit", "redis", ropts.Addr)
	}
	return l, nil
}

// tuneForFailOpen bounds what one limit check can wait for Redis: a request
// must never hang on a dead Redis. Values given in the URL's query win.
func tuneForFailOpen(o *redis.Options) {
	if o.DialTimeout == 0 {
		o.DialTimeout = 500 * time.Millisecond
	}
	if o.ReadTimeout == 0 {
		o.ReadTimeout = 300 * time.Millisecond
	}
	if o.WriteTimeout == 0 {
		o.WriteTimeout = 300 * time.Millisecond
	}
	if o.MaxRetries == 0 {
		o.MaxRetries = -1 // the breaker retries, not each request
	}
	o.DialerRetries = 1
	o.DisableIdentity = true // no CLIENT SETINFO: older servers and proxies refuse it
}

// Handler returns the middleware for one limit.
func (l *Limits) Handler(cfg Config) fiber.Handler {
	if cfg.Name == "" || cfg.Max < 1 || cfg.Window <= 0 {
		panic(fmt.Sprintf("ratelimit: limit %q needs a Name, Max >= 1 and Window > 0", cfg.Name))
	}
	if cfg.Key == nil {
		cfg.Key = func(c *fiber.Ctx) string { return c.IP() }
	}
	if cfg.LimitReached == nil {
		cfg.LimitReached = func(*fiber.Ctx) error {
			return fiber.NewError(fiber.StatusTooManyRequests, "too many requests")
		}
	}
	lc := limiter.Config{
		Next:         cfg.Next,
		Max:          cfg.Max,
		Expiration:   cfg.Window,
		KeyGenerator: cfg.Key,
		LimitReached: cfg.LimitReached,
	}
	if l != nil && l.shared != nil {
		lc.Storage = &namespaced{shared: l.shared, prefix: l.prefix + cfg.Name + ":"}
	}
	return limiter.New(lc)
}

// Status reports where the counters live and, for Redis, whether it answers.
// While Redis is down it probes it (at most once a second), so a readiness
// poll also notices when Redis is back.
func (l *Limits) Status(ctx context.Context) Status {
	if l == nil || l.shared == nil {
		return Status{Backend: "memory", Up: true}
	}
	return l.shared.status(ctx)
}

// Close releases the Redis connections.
func (l *Limits) Close() error {
	if l == nil || l.shared == nil {
		return nil
	}
	return l.shared.store.Close()
}

// Status is the state of the limits' storage, for /readyz.
type Status struct {
	Backend string // "memory" or "redis"
	Up      bool   // Redis answered its last call (memory: always)
	// DownSince is when Redis stopped answering (zero while up).
	DownSince time.Time
	// FailedOpen counts the limit checks let through uncounted since start.
	FailedOpen uint64
}

// String is the /readyz line.
func (s Status) String() string {
	switch {
	case s.Backend == "memory":
		return "rate limits: memory (this instance only)"
	case s.Up:
		return fmt.Sprintf("rate limits: redis, shared (checks failed open since start: %d)", s.FailedOpen)
	default:
		return fmt.Sprintf("rate limits: redis unreachable since %s, failing open (checks failed open since start: %d)",
			s.DownSince.UTC().Format(time.RFC3339), s.FailedOpen)
	}
}

// namespaced is one limit's view of the shared storage: its own key prefix,
// so two limits counting the same client IP never share a counter.
type namespaced struct {
	shared *failOpen
	prefix string
}

func (n *namespaced) Get(key string) ([]byte, error) { return n.shared.get(n.prefix + key) }
func (n *namespaced) Set(key string, val []byte, exp time.Duration) error {
	return n.shared.set(n.prefix+key, val, exp)
}
func (n *namespaced) Delete(key string) error { return n.shared.delete(n.prefix + key) }

// Reset would have to flush the whole database, other limits included.
func (n *namespaced) Reset() error { return errNoReset }

// Close is the factory's job (Limits.Close): the connection is shared.
func (n *namespaced) Close() error { return nil }

var _ fiber.Storage = (*namespaced)(nil)

// quietLogger drops go-redis's own log lines.
type quietLogger struct{}

func (quietLogger) Printf(context.Context, string, ...any) {}
