package config

import (
	"errors"
	"fmt"
	"net/url"

	"github.com/redis/go-redis/v9"
)

// redisURL checks REDIS_URL the way the Redis client will read it, so a typo
// stops the app at start instead of silently disabling shared limits. The
// error never repeats the URL: it may hold a password.
func redisURL(raw string) (string, error) {
	if raw == "" {
		return "", nil
	}
	const want = "REDIS_URL must look like redis://host:6379/0 (rediss:// for TLS)"
	u, err := url.Parse(raw)
	if err != nil {
		var uerr *url.Error
		if errors.As(err, &uerr) {
			err = uerr.Err // *url.Error quotes the whole URL
		}
		return "", fmt.Errorf("%s: %v", want, err)
	}
	if u.Scheme != "redis" && u.Scheme != "rediss" {
		return "", fmt.Errorf("%s: the scheme is %q", want, u.Scheme)
	}
	if u.Hostname() == "" {
		return "", fmt.Errorf("%s: no host", want)
	}
	if _, err := redis.ParseURL(raw); err != nil {
		return "", fmt.Errorf("%s: %v", want, err)
	}
	return raw, nil
}
