package middleware

import (
	"io"
	"log/slog"
	"strconv"
	"sync/atomic"
	"time"
)

// PlainTextLog is a log handler that writes slog's text format with nothing
// added (no attributes, groups, ReplaceAttr or source) to PlainTextLines.
// AccessLog then writes its usual line, an info line whose values need no
// quoting, itself: byte for byte what slog would write (see
// TestAccessLineMatchesSlog), without slog's per-attribute work. Any other
// line, and any other handler, goes through slog as usual.
type PlainTextLog interface {
	slog.Handler
	// PlainTextLines is where whole lines go; nil if the handler cannot take them.
	PlainTextLines() io.Writer
}

// accessLine holds one access-log line's values.
type accessLine struct {
	time                time.Time
	id, method, path    string
	status              int
	took                time.Duration
	userID, authFailure string
}

// appendText appends the line as slog's TextHandler writes it at INFO, or
// reports false if a value would need quoting (slog's rules then apply).
func (l *accessLine) appendText(b []byte) ([]byte, bool) {
	for _, s := range [...]string{l.id, l.method, l.path} {
		if !plain(s) {
			return b, false
		}
	}
	if (l.userID != "" && !plain(l.userID)) || (l.authFailure != "" && !plain(l.authFailure)) {
		return b, false
	}
	b = append(b, "time="...)
	b = appendRFC3339Millis(b, l.time.Round(0))
	b = append(b, " level=INFO msg=request request_id="...)
	b = append(b, l.id...)
	b = append(b, " method="...)
	b = append(b, l.method...)
	b = append(b, " path="...)
	b = append(b, l.path...)
	b = append(b, " status="...)
	b = strconv.AppendInt(b, int64(l.status), 10)
	b = append(b, " duration="...)
	b = append(b, l.took.String()...) // inlined String: no allocation
	if l.userID != "" {
		b = append(b, " user_id="...)
		b = append(b, l.userID...)
	}
	if l.authFailure != "" {
		b = append(b, " auth_failure="...)
		b = append(b, l.authFailure...)
	}
	return append(b, '\n'), true
}

// plain reports whether s is non-empty and made only of bytes slog never
// quotes: a strict subset of its rule, so a "yes" always agrees with slog.
func plain(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !plainByte[s[i]] {
			return false
		}
	}
	return true
}

var plainByte = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	for _, c := range "-._~/:@+!$&'()*,;%#?<>[]^`{|}" {
		t[c] = true
	}
	return t
}()

// appendRFC3339Millis is slog's time format: RFC 3339 with exactly three
// decimals. Formatting a time costs more than the rest of the line, and a
// busy server writes many lines per second, so each second (in its zone) is
// formatted once and its lines only add their milliseconds.
func appendRFC3339Millis(b []byte, t time.Time) []byte {
	s := lastSecond.Load()
	if s == nil || s.unix != t.Unix() || s.loc != t.Location() {
		s = newSecondStamp(t)
		lastSecond.Store(s)
	}
	ms := t.Nanosecond() / int(time.Millisecond)
	b = append(b, s.head...)
	b = append(b, byte('0'+ms/100), byte('0'+ms/10%10), byte('0'+ms%10))
	return append(b, s.zone...)
}

// secondStamp is one second's text, split around its milliseconds:
// "2026-12-01T20:30:05." and "Z" (or "-03:30").
type secondStamp struct {
	unix       int64
	loc        *time.Location
	head, zone []byte
}

var lastSecond atomic.Pointer[secondStamp]

func newSecondStamp(t time.Time) *secondStamp {
	text := t.Truncate(time.Second).AppendFormat(nil, "2006-01-02T15:04:05.000Z07:00")
	dot := len("2006-01-02T15:04:05.")
	return &secondStamp{unix: t.Unix(), loc: t.Location(), head: text[:dot], zone: text[dot+3:]}
}
