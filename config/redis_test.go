package config

import (
	"strings"
	"testing"
)

func TestRedisURL(t *testing.T) {
	for _, tc := range []struct {
		name, url string
		ok        bool
	}{
		{"unset", "", true},
		{"plain", "redis://127.0.0.1:6379/0", true},
		{"tls with password", "rediss://:s3cret@cache.internal:6380/2", true},
		{"no db", "redis://redis:6379", true},
		{"http scheme", "http://127.0.0.1:6379/0", false},
		{"no scheme", "127.0.0.1:6379", false},
		{"no host", "redis:///0", false},
		{"db not a number", "redis://127.0.0.1:6379/cache", false},
		{"bad port", "redis://:s3cret@127.0.0.1:port/0", false},
		{"unknown option", "redis://127.0.0.1:6379/0?colour=blue", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := load(map[string]string{"REDIS_URL": tc.url})
			if tc.ok != (err == nil) {
				t.Fatalf("REDIS_URL=%q: err = %v, want ok=%v", tc.url, err, tc.ok)
			}
			if err != nil {
				msg := err.Error()
				if !strings.HasPrefix(msg, "REDIS_URL must look like redis://") || strings.Contains(msg, "\n") {
					t.Errorf("not one clear line: %q", msg)
				}
				if strings.Contains(msg, "s3cret") {
					t.Errorf("the error repeats the password: %q", msg)
				}
				return
			}
			if c.RedisURL != tc.url {
				t.Errorf("RedisURL = %q", c.RedisURL)
			}
		})
	}
}
