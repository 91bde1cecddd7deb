package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// coldStarts measures exec to the first /readyz 200 in demo mode, n times
// with a key file (created by an untimed first start) and n times without
// one (a new RSA key each start), and prints min/median/max of each, with
// the CPU time the app had used by then (steadier than wall time on a busy
// machine, where the start waits for a core).
func coldStarts(ctx context.Context, bin, tmp string, n int) error {
	keyFile := filepath.Join(tmp, "demo-key.pem")
	if _, _, err := coldStart(ctx, bin, tmp, keyFile); err != nil { // writes the key file
		return err
	}
	fmt.Printf("\ncold start, exec to /readyz 200 in demo mode, %d starts each (target with a key file: median <= 60ms):\n", n)
	for _, v := range []struct{ name, keyFile string }{{"with a key file", keyFile}, {"without a key file", ""}} {
		var times, cpus []time.Duration
		for range n {
			d, cpu, err := coldStart(ctx, bin, tmp, v.keyFile)
			if err != nil {
				return err
			}
			times, cpus = append(times, d), append(cpus, cpu)
		}
		slices.Sort(times)
		fmt.Printf("  %-19s min %5.1fms  median %5.1fms  max %5.1fms | app CPU until ready: median %5.1fms\n",
			v.name, msf(times[0]), msf(median(times)), msf(times[len(times)-1]), msf(median(cpus)))
	}
	return nil
}

// coldStart runs the app once, polls /readyz every millisecond, and stops
// it. It returns the time to ready and the app's CPU time by then.
func coldStart(ctx context.Context, bin, tmp, keyFile string) (ready, cpu time.Duration, err error) {
	port, err := freePort()
	if err != nil {
		return 0, 0, err
	}
	cmd := exec.CommandContext(ctx, bin)
	cmd.Env = append(demoEnv(), "PORT="+port, "LOG_LEVEL=warn")
	if keyFile != "" {
		cmd.Env = append(cmd.Env, "LOCAL_DESCOPE_KEY_FILE="+keyFile)
	}
	logPath := filepath.Join(tmp, "coldstart.log")
	logf, err := os.Create(logPath)
	if err != nil {
		return 0, 0, err
	}
	defer logf.Close()
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) }
	cmd.WaitDelay = 5 * time.Second
	url := "http://127.0.0.1:" + port + "/readyz"
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, err
	}
	defer func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		_ = cmd.Wait()
	}()
	for {
		if status, _, err := get(ctx, url); err == nil && status == 200 {
			return time.Since(t0), threadsCPU(cmd.Process.Pid), nil
		}
		if time.Since(t0) > 30*time.Second || ctx.Err() != nil {
			log, _ := os.ReadFile(logPath)
			return 0, 0, fmt.Errorf("app not ready after 30s; its log:\n%s", log)
		}
		time.Sleep(time.Millisecond)
	}
}

// threadsCPU is the CPU time all of a process's threads have run, from
// /proc/<pid>/task/*/schedstat (nanoseconds, unlike /proc/<pid>/stat's
// 10 ms ticks); -1 if unreadable.
func threadsCPU(pid int) time.Duration {
	tasks, err := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
	if err != nil {
		return -1
	}
	var total time.Duration
	for _, t := range tasks {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/schedstat", pid, t.Name()))
		if err != nil {
			continue // the thread ended
		}
		f := strings.Fields(string(b))
		if len(f) == 0 {
			return -1
		}
		ns, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			return -1
		}
		total += time.Duration(ns)
	}
	return total
}
