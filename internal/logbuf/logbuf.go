// Package logbuf batches log output: lines are gathered in memory and
// written out by a timer, when the batch fills, and on Close, so a busy
// server pays one write(2) per batch instead of one per line.
//
// Warnings and errors are not left waiting: FlushFrom wraps a slog.Handler
// so that any record at or above a level is written out at once, and a
// crash right after one still leaves it in the log.
package logbuf

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"time"
)

// Default batching: at most this long in memory, at most this many bytes.
const (
	DefaultInterval = 100 * time.Millisecond
	DefaultSize     = 64 << 10
)

// Writer is an io.Writer that many goroutines may share. Each Write is kept
// whole (slog writes one record per call), and batches go out in order.
type Writer struct {
	out  io.Writer
	size int

	mu   sync.Mutex // guards buf and closed
	buf  []byte
	next []byte // the spare batch, swapped with buf on flush

	writeMu sync.Mutex // one flush at a time, so batches keep their order

	stop   chan struct{}
	done   chan struct{}
	closed bool
}

// New starts a Writer over out that flushes every interval (DefaultInterval
// if <= 0) and whenever size bytes (DefaultSize if <= 0) are waiting.
func New(out io.Writer, interval time.Duration, size int) *Writer {
	if interval <= 0 {
		interval = DefaultInterval
	}
	if size <= 0 {
		size = DefaultSize
	}
	w := &Writer{out: out, size: size, buf: make([]byte, 0, size), next: make([]byte, 0, size),
		stop: make(chan struct{}), done: make(chan struct{})}
	go w.flushEvery(interval)
	return w
}

func (w *Writer) flushEvery(interval time.Duration) {
	defer close(w.done)
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			_ = w.Flush()
		case <-w.stop:
			return
		}
	}
}

// Write appends p to the batch. After Close it writes through.
func (w *Writer) Write(p []byte) (int, error) {
	w.mu.Lock()
	if w.closed {
		w.mu.Unlock()
		w.writeMu.Lock()
		defer w.writeMu.Unlock()
		return w.out.Write(p)
	}
	w.buf = append(w.buf, p...)
	full := len(w.buf) >= w.size
	w.mu.Unlock()
	if full {
		if err := w.Flush(); err != nil {
			return len(p), err
		}
	}
	return len(p), nil
}

// Flush writes out everything written so far.
func (w *Writer) Flush() error {
	w.writeMu.Lock()
	defer w.writeMu.Unlock()
	w.mu.Lock()
	batch := w.buf
	w.buf = w.next[:0]
	w.mu.Unlock()
	if len(batch) == 0 {
		w.next = batch
		return nil
	}
	_, err := w.out.Write(batch)
	// The batch is dropped even on error: a broken stdout must not grow memory.
	w.next = batch[:0]
	if cap(w.next) > 4*w.size { // one huge line must not pin its buffer
		w.next = make([]byte, 0, w.size)
	}
	return err
}

// Close stops the timer and flushes; later writes go straight through.
func (w *Writer) Close() error {
	w.mu.Lock()
	if w.closed {
		w.mu.Unlock()
		return nil
	}
	w.closed = true
	w.mu.Unlock()
	close(w.stop)
	<-w.done
	return w.Flush()
}

// FlushFrom returns h, except that every record at or above level is
// written out at once (with everything batched before it).
func FlushFrom(level slog.Level, h slog.Handler, w *Writer) slog.Handler {
	return urgent{Handler: h, level: level, w: w}
}

type urgent struct {
	slog.Handler
	level slog.Level
	w     *Writer
}

func (u urgent) Handle(ctx context.Context, r slog.Record) error {
	err := u.Handler.Handle(ctx, r)
	if r.Level >= u.level {
		if ferr := u.w.Flush(); err == nil {
			err = ferr
		}
	}
	return err
}

func (u urgent) WithAttrs(as []slog.Attr) slog.Handler {
	return urgent{Handler: u.Handler.WithAttrs(as), level: u.level, w: u.w}
}

func (u urgent) WithGroup(name string) slog.Handler {
	return urgent{Handler: u.Handler.WithGroup(name), level: u.level, w: u.w}
}

// NewTextHandler is slog's TextHandler over w that also offers w, through
// PlainTextLines, to callers that write whole lines in the same format
// themselves (middleware.AccessLog does, for its hot line). Handlers derived
// with WithAttrs or WithGroup are slog's own and offer nothing: their lines
// carry more than a caller could know.
func NewTextHandler(w *Writer, opts *slog.HandlerOptions) slog.Handler {
	plain := opts == nil || (opts.ReplaceAttr == nil && !opts.AddSource)
	return textHandler{TextHandler: slog.NewTextHandler(w, opts), w: w, plain: plain}
}

type textHandler struct {
	*slog.TextHandler
	w     *Writer
	plain bool
}

func (h textHandler) PlainTextLines() io.Writer {
	if !h.plain {
		return nil
	}
	return h.w
}

// PlainTextLines passes on the wrapped handler's, if it has one.
func (u urgent) PlainTextLines() io.Writer {
	if p, ok := u.Handler.(interface{ PlainTextLines() io.Writer }); ok {
		return p.PlainTextLines()
	}
	return nil
}
