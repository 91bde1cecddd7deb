package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"syscall"
	"time"
)

// coldStarts measures exec to the first /readyz 200 in demo mode, n times
// with a key file (created by an untimed first start) and n times without
// one (a new RSA key each start), and prints min/median/max of each.
func coldStarts(ctx context.Context, bin, tmp string, n int) error {
	keyFile := filepath.Join(tmp, "demo-key.pem")
	if _, err := coldStart(ctx, bin, tmp, keyFile); err != nil { // writes the key file
		return err
	}
	fmt.Printf("\ncold start, exec to /readyz 200 in demo mode, %d starts each (target with a key file: median <= 60ms):\n", n)
	for _, v := range []struct{ name, keyFile string }{{"with a key file", keyFile}, {"without a key file", ""}} {
		var times []time.Duration
		for range n {
			d, err := coldStart(ctx, bin, tmp, v.keyFile)
			if err != nil {
				return err
			}
			times = append(times, d)
		}
		slices.Sort(times)
		fmt.Printf("  %-19s min %5.1fms  median %5.1fms  max %5.1fms\n", v.name, msf(times[0]), msf(median(times)), msf(times[len(times)-1]))
	}
	return nil
}

// coldStart runs the app once, polls /readyz every millisecond, and stops it.
func coldStart(ctx context.Context, bin, tmp, keyFile string) (time.Duration, error) {
	port, err := freePort()
	if err != nil {
		return 0, err
	}
	cmd := exec.CommandContext(ctx, bin)
	cmd.Env = append(demoEnv(), "PORT="+port, "LOG_LEVEL=warn")
	if keyFile != "" {
		cmd.Env = append(cmd.Env, "LOCAL_DESCOPE_KEY_FILE="+keyFile)
	}
	logPath := filepath.Join(tmp, "coldstart.log")
	logf, err := os.Create(logPath)
	if err != nil {
		return 0, err
	}
	defer logf.Close()
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) }
	cmd.WaitDelay = 5 * time.Second
	url := "http://127.0.0.1:" + port + "/readyz"
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, err
	}
	defer func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		_ = cmd.Wait()
	}()
	for {
		if status, _, err := get(ctx, url); err == nil && status == 200 {
			return time.Since(t0), nil
		}
		if time.Since(t0) > 30*time.Second || ctx.Err() != nil {
			log, _ := os.ReadFile(logPath)
			return 0, fmt.Errorf("app not ready after 30s; its log:\n%s", log)
		}
		time.Sleep(time.Millisecond)
	}
}
