// Package testproc runs the programs a test needs as child processes on
// loopback: a free port, a start that always cleans up after itself, and a
// wait until the program answers. The browser journeys, the multi-instance
// tests and the Redis helper share it.
package testproc

import (
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/descope-htmx/descope-htmx/internal/testlog"
)

// FreePort picks a free loopback port.
func FreePort(t testing.TB) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// Start runs cmd with its output captured, and stops it when the test ends:
// SIGINT, then a kill (and a test error) if it has not exited within 10 s.
// The test also fails if the process logged a JWT; its log is shown when
// the test failed.
func Start(t testing.TB, name string, cmd *exec.Cmd) *testlog.Buffer {
	t.Helper()
	logs := &testlog.Buffer{}
	cmd.Stdout, cmd.Stderr = logs, logs
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", name, err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
			<-done
			t.Errorf("%s did not stop within 10 s of SIGINT", name)
		}
		if strings.Contains(logs.String(), "eyJ") {
			t.Errorf("%s logged a JWT", name)
		}
		if t.Failed() {
			t.Logf("%s log:\n%s", name, logs.String())
		}
	})
	return logs
}

// WaitOK polls url until it answers 200, or fails the test after timeout,
// showing logs (nil: none to show).
func WaitOK(t testing.TB, name, url string, timeout time.Duration, logs *testlog.Buffer) {
	t.Helper()
	client := &http.Client{Timeout: time.Second} // a server that accepts and never answers must not hang the wait
	for deadline := time.Now().Add(timeout); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if resp, err := client.Get(url); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
	}
	log := "(not captured)"
	if logs != nil {
		log = logs.String()
	}
	t.Fatalf("%s did not answer 200 at %s within %v; log:\n%s", name, url, timeout, log)
}
