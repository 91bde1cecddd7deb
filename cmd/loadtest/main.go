// Command loadtest measures the app against a real process in demo mode
// (local Descope) and against a bare Fiber server sending the same bytes:
//
//	go run ./cmd/loadtest [-bin PATH] [-clients 32] [-rounds 5] [-duration 3s] [-starts 11]
//
// It builds the app (unless -bin is given), starts it at its default settings
// on a free loopback port, signs in once over HTTP, and captures one
// signed-in /container response. It then starts the baseline: this same
// binary re-executed as a bare Fiber server whose one handler returns that
// response's exact status, headers and body. Six targets run round by
// round, the order rotating each round so drift and warm-up hit all alike:
//
//	guest     GET /container, no session (the login fragment)
//	fragment  GET /container, signed in
//	page      GET /, signed in (the full page)
//	profile   GET /profile, signed in
//	admin     GET /admin, signed in as the seeded admin (management API per request)
//	bare      the baseline server
//
// For each it prints req/s, p50/p99 latency and the server's CPU time per
// request, read from /proc/<pid>/stat. The ratios that matter
// (fragment/bare and page/fragment CPU per request, fragment/guest
// throughput) are taken within each round and their medians printed. Then
// it counts, in the app's access log, every request of the timed rounds
// (nothing may be lost on a clean stop) and the calls the app made to the
// local Descope. Last, it measures cold start: exec to the first /readyz 200,
// with and without a key file (-starts times each, median).
//
// It exits non-zero if any request fails or returns the wrong body, or if
// the access log lost lines; it never fails on timing.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"syscall"
	"time"
)

func main() {
	if os.Getenv(bareEnv) != "" {
		if err := serveBare(os.Getenv(bareEnv), os.Getenv("PORT")); err != nil {
			fmt.Fprintln(os.Stderr, "loadtest bare server:", err)
			os.Exit(1)
		}
		return
	}
	var o options
	flag.StringVar(&o.bin, "bin", "", "app binary (default: go build into a temp dir)")
	flag.IntVar(&o.clients, "clients", 32, "concurrent clients (keep-alive connections)")
	flag.IntVar(&o.rounds, "rounds", 5, "rounds; each runs every target once")
	flag.DurationVar(&o.duration, "duration", 3*time.Second, "length of each target's phase")
	flag.DurationVar(&o.warmup, "warmup", time.Second, "unreported warm-up (and body check) per target before round 1")
	flag.StringVar(&o.logLevel, "log-level", "", "the app's LOG_LEVEL (default: unset, the app's default, info)")
	flag.IntVar(&o.starts, "starts", 11, "cold starts per variant (with and without a key file); 0 skips them")
	flag.BoolVar(&o.onlyStarts, "only-starts", false, "measure cold start only")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// A hard bound on the whole run, whatever hangs.
	budget := time.Duration(len(targets))*(time.Duration(o.rounds)*o.duration+o.warmup) + time.Duration(o.starts)*20*time.Second + 3*time.Minute
	ctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()

	if err := run(ctx, o); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest: FAIL:", err)
		os.Exit(1)
	}
}

type options struct {
	bin              string
	clients, rounds  int
	duration, warmup time.Duration
	logLevel         string
	starts           int
	onlyStarts       bool
}

func run(ctx context.Context, o options) error {
	if o.clients < 1 || o.rounds < 1 || o.duration <= 0 || o.warmup <= 0 || o.starts < 0 {
		return errors.New("-clients, -rounds, -duration and -warmup must be positive, -starts not negative")
	}
	tmp, err := os.MkdirTemp("", "loadtest")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if o.bin == "" {
		o.bin = filepath.Join(tmp, "descope-htmx")
		fmt.Println("building the app ...")
		build := exec.CommandContext(ctx, "go", "build", "-o", o.bin, "github.com/descope-htmx/descope-htmx")
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("go build: %w", err)
		}
	}
	if !o.onlyStarts {
		if err := compare(ctx, o, tmp); err != nil {
			return err
		}
	}
	if o.starts > 0 {
		return coldStarts(ctx, o.bin, tmp, o.starts)
	}
	return nil
}

// compare runs the interleaved rounds over every target.
func compare(ctx context.Context, o options, tmp string) error {
	var env []string
	if o.logLevel != "" {
		env = append(env, "LOG_LEVEL="+o.logLevel)
	}
	a, err := startApp(ctx, o.bin, filepath.Join(tmp, "app.log"), env...)
	if err != nil {
		return err
	}
	defer a.stop()
	token, err := signIn(ctx, a.base)
	if err != nil {
		return fmt.Errorf("sign in: %w", err)
	}
	captured, err := capture(ctx, a.base+"/container", token)
	if err != nil {
		return err
	}
	capturePath := filepath.Join(tmp, "fragment.json")
	if err := captured.save(capturePath); err != nil {
		return err
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	baseline, err := startServer(ctx, self, filepath.Join(tmp, "bare.log"), []string{bareEnv + "=" + capturePath}, "/")
	if err != nil {
		return fmt.Errorf("bare server: %w", err)
	}
	defer baseline.stop()

	lt := newLoad(o.clients, a, baseline, token, captured.Body)
	defer lt.close()
	fmt.Printf("app pid %d on %s, bare Fiber pid %d on %s (%d-byte fragment, %d headers); %d clients, %d rounds x %v per target\n",
		a.cmd.Process.Pid, a.base, baseline.cmd.Process.Pid, baseline.base, len(captured.Body), len(captured.Headers), o.clients, o.rounds, o.duration)
	// The warm-up also proves every answer right before anything is timed:
	// phase checks every response's status and body.
	for _, t := range targets {
		if _, err := lt.phase(ctx, t, o.warmup); err != nil {
			return err
		}
	}
	if err := a.mark(ctx, markBegin); err != nil {
		return err
	}

	fmt.Printf("\n%-5s %-8s |", "round", "first")
	for _, t := range targets {
		fmt.Printf(" %9s r/s  p50ms  p99ms cpu/req |", t)
	}
	fmt.Printf(" %s\n", "frag/bare page/frag frag/guest prof/guest admin/guest")
	var (
		fragBare, pageFrag, fragGuest []float64
		profGuest, adminGuest         []float64
		cpu                           [nTargets][]time.Duration
		sent                          [nTargets]int
	)
	for r := range o.rounds {
		var res [nTargets]result
		k := r % len(targets)
		order := slices.Concat(targets[k:], targets[:k])
		for _, t := range order {
			x, err := lt.phase(ctx, t, o.duration)
			if err != nil {
				return err
			}
			res[t], sent[t] = x, sent[t]+len(x.lat)
			cpu[t] = append(cpu[t], x.perReq(x.serverCPU))
		}
		fb := ratio(res[fragment].perReq(res[fragment].serverCPU), res[bare].perReq(res[bare].serverCPU))
		pf := ratio(res[page].perReq(res[page].serverCPU), res[fragment].perReq(res[fragment].serverCPU))
		fg := res[fragment].rps() / res[guest].rps()
		pg, ag := res[profile].rps()/res[guest].rps(), res[admin].rps()/res[guest].rps()
		fragBare, pageFrag, fragGuest = append(fragBare, fb), append(pageFrag, pf), append(fragGuest, fg)
		profGuest, adminGuest = append(profGuest, pg), append(adminGuest, ag)
		fmt.Printf("%-5d %-8s |", r+1, order[0])
		for _, x := range res {
			fmt.Printf(" %13.0f %6.2f %6.2f %7s |", x.rps(), msf(x.pct(50)), msf(x.pct(99)), us(x.perReq(x.serverCPU)))
		}
		fmt.Printf(" %9.2f %9.2f %10.2f %10.2f %11.2f\n", fb, pf, fg, pg, ag)
	}
	fmt.Printf("\nserver CPU per request, median of rounds: guest %s, fragment %s, page %s, profile %s, admin %s, bare %s\n",
		us(median(cpu[guest])), us(median(cpu[fragment])), us(median(cpu[page])),
		us(median(cpu[profile])), us(median(cpu[admin])), us(median(cpu[bare])))
	fmt.Printf("median of per-round ratios: fragment/bare CPU %.2f (target <= 1.3), page/fragment CPU %.2f (target <= 2.0), fragment/guest throughput %.2f (target >= 0.8); not asserted\n",
		median(fragBare), median(pageFrag), median(fragGuest))
	fmt.Printf("throughput against the guest fragment, median of rounds: profile %.2f, admin %.2f (admin calls the management API on every request)\n",
		median(profGuest), median(adminGuest))

	if err := a.mark(ctx, markEnd); err != nil {
		return err
	}
	lt.close()
	a.stop() // a clean stop: the access log must now hold every line
	return countLogLines(a.logPath, sent)
}

func ratio(a, b time.Duration) float64 {
	if a < 0 || b <= 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func median[T int64 | float64 | time.Duration](xs []T) T {
	if len(xs) == 0 {
		return 0
	}
	xs = slices.Clone(xs)
	slices.Sort(xs)
	m := xs[len(xs)/2]
	if len(xs)%2 == 0 {
		m = (xs[len(xs)/2-1] + m) / 2
	}
	return m
}

func msf(d time.Duration) float64 { return d.Seconds() * 1e3 }

func us(d time.Duration) string {
	if d < 0 {
		return "-"
	}
	return fmt.Sprintf("%.1fµs", d.Seconds()*1e6)
}
