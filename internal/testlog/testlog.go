// Package testlog captures what a server under test writes to its log, safely
// while the server's goroutines (or a child process's pipes) are writing.
package testlog

import (
	"bytes"
	"sync"
)

// Buffer is an io.Writer that many goroutines may write to at once.
type Buffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *Buffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// String returns everything written so far.
func (b *Buffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
