package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/valyala/fasthttp"
)

// target is one of the things measured side by side.
type target int

const (
	guest    target = iota // GET /container, no session
	fragment               // GET /container, signed in
	page                   // GET /, signed in
	profile                // GET /profile, signed in (full page)
	admin                  // GET /admin, signed in as an admin (full page, management API)
	bare                   // the bare Fiber server, same bytes as fragment
	nTargets
)

var targets = []target{guest, fragment, page, profile, admin, bare}

func (t target) String() string {
	return [...]string{"guest", "fragment", "page", "profile", "admin", "bare"}[t]
}

// The markers tell the fragments apart (views/partials/{login,home}.html).
var (
	guestMarker = []byte(`data-session="guest"`)
	authMarker  = []byte(`data-session="user">`)
	adminMarker = []byte(`data-admin-page>`)
)

// load is the client side: one fasthttp HostClient per server with a
// connection per client, so every target runs over warm keep-alive
// connections and the client's own cost per request stays small.
type load struct {
	app, bare *server
	clients   int
	token     string
	bareBody  []byte
	hc        map[*server]*fasthttp.HostClient
}

func newLoad(clients int, app, bareServer *server, token string, bareBody []byte) *load {
	l := &load{app: app, bare: bareServer, clients: clients, token: token, bareBody: bareBody, hc: map[*server]*fasthttp.HostClient{}}
	for _, s := range []*server{app, bareServer} {
		l.hc[s] = &fasthttp.HostClient{
			Addr:                s.addr,
			MaxConns:            clients,
			MaxIdleConnDuration: time.Minute,
			ReadTimeout:         10 * time.Second,
			WriteTimeout:        10 * time.Second,
		}
	}
	return l
}

func (l *load) close() {
	for _, hc := range l.hc {
		hc.CloseIdleConnections()
	}
}

type result struct {
	lat     []time.Duration // sorted
	elapsed time.Duration
	// CPU time the server used during the phase; -1 if unknown.
	serverCPU time.Duration
}

func (r result) rps() float64 { return float64(len(r.lat)) / r.elapsed.Seconds() }

func (r result) pct(p int) time.Duration {
	if len(r.lat) == 0 {
		return 0
	}
	i := (len(r.lat)*p + 99) / 100 // nearest rank
	return r.lat[max(0, i-1)]
}

func (r result) perReq(cpu time.Duration) time.Duration {
	if cpu < 0 || len(r.lat) == 0 {
		return -1
	}
	return cpu / time.Duration(len(r.lat))
}

// request prepares t's request and the check of its answer.
func (l *load) request(t target, req *fasthttp.Request) (s *server, check func(*fasthttp.Response) error) {
	s = l.app
	switch t {
	case guest, fragment:
		req.SetRequestURI("http://" + s.addr + "/container")
		req.Header.Set("HX-Request", "true")
	case page:
		req.SetRequestURI("http://" + s.addr + "/")
	case profile:
		req.SetRequestURI("http://" + s.addr + "/profile")
	case admin:
		req.SetRequestURI("http://" + s.addr + "/admin")
	case bare:
		s = l.bare
		req.SetRequestURI("http://" + s.addr + "/container")
		req.Header.Set("HX-Request", "true")
	}
	if t != guest {
		req.Header.SetCookie("DS", l.token)
	}
	return s, func(resp *fasthttp.Response) error {
		status, body := resp.StatusCode(), resp.Body()
		var ok bool
		switch t {
		case guest:
			// 200, or 401 where the app asks htmx to retry after a refresh:
			// both are the guest's normal answer; the body tells them from errors.
			ok = (status == 200 || status == 401) && bytes.Contains(body, guestMarker)
		case fragment, page, profile:
			ok = status == 200 && bytes.Contains(body, authMarker)
		case admin:
			ok = status == 200 && bytes.Contains(body, adminMarker)
		case bare:
			ok = status == 200 && bytes.Equal(body, l.bareBody)
		}
		if !ok {
			return fmt.Errorf("status %d, body %.120q", status, body)
		}
		return nil
	}
}

// phase runs all clients for d against t. Every response is checked; the
// first wrong one stops the phase and the run.
func (l *load) phase(ctx context.Context, t target, d time.Duration) (result, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		all      []time.Duration
		firstErr error
	)
	srv := l.app
	if t == bare {
		srv = l.bare
	}
	cpu0 := procCPU(srv.cmd.Process.Pid)
	start := time.Now()
	deadline := start.Add(d)
	for range l.clients {
		wg.Go(func() {
			req, resp := fasthttp.AcquireRequest(), fasthttp.AcquireResponse()
			defer fasthttp.ReleaseRequest(req)
			defer fasthttp.ReleaseResponse(resp)
			s, check := l.request(t, req)
			hc := l.hc[s]
			lat := make([]time.Duration, 0, 8192)
			var err error
			for ctx.Err() == nil && time.Now().Before(deadline) {
				t0 := time.Now()
				if err = hc.Do(req, resp); err != nil {
					break
				}
				lat = append(lat, time.Since(t0))
				if err = check(resp); err != nil {
					break
				}
			}
			mu.Lock()
			defer mu.Unlock()
			all = append(all, lat...)
			if err != nil && firstErr == nil && ctx.Err() == nil {
				firstErr = err
				cancel()
			}
		})
	}
	wg.Wait()
	res := result{lat: all, elapsed: time.Since(start), serverCPU: -1}
	if cpu1 := procCPU(srv.cmd.Process.Pid); min(cpu0, cpu1) >= 0 {
		res.serverCPU = cpu1 - cpu0
	}
	switch {
	case firstErr != nil:
		return res, fmt.Errorf("%s request failed: %w", t, firstErr)
	case ctx.Err() != nil:
		return res, ctx.Err()
	case len(all) == 0:
		return res, fmt.Errorf("%s phase completed no request", t)
	}
	slices.Sort(res.lat)
	return res, nil
}

// procCPU is a process's user+system CPU time so far, or -1 off Linux.
func procCPU(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return -1
	}
	// Fields after the ")" that closes the command name: utime is the 12th, stime the 13th.
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))
	if len(f) < 13 {
		return -1
	}
	ut, err1 := strconv.ParseInt(f[11], 10, 64)
	st, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return -1
	}
	return time.Duration(ut+st) * 10 * time.Millisecond // USER_HZ is 100 on Linux
}
