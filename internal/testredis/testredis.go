// Package testredis runs Debian's redis-server on a free loopback port for
// tests, and can stop and restart it on the same port to stage an outage.
package testredis

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"github.com/descope-htmx/descope-htmx/internal/testlog"
	"github.com/descope-htmx/descope-htmx/internal/testproc"
)

// Server is one redis-server process (nothing persisted, loopback only).
type Server struct {
	t    testing.TB
	bin  string
	Port int
	cmd  *exec.Cmd
	done chan struct{}
	logs *testlog.Buffer
}

// Start runs redis-server, or skips the test when it is not installed
// (fails instead when E2E_REQUIRED is set, as CI does).
func Start(t testing.TB) *Server {
	t.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		if os.Getenv("E2E_REQUIRED") != "" {
			t.Fatal("redis-server not found and E2E_REQUIRED is set: install it (apt-get install -y redis-server)")
		}
		t.Skip("redis-server not found; set E2E_REQUIRED=1 to make this a failure")
	}
	s := &Server{t: t, bin: bin, Port: testproc.FreePort(t), logs: &testlog.Buffer{}}
	s.Restart()
	t.Cleanup(func() {
		s.Stop()
		if t.Failed() {
			t.Logf("redis-server log:\n%s", s.logs.String())
		}
	})
	return s
}

// URL is the REDIS_URL of this server.
func (s *Server) URL() string { return fmt.Sprintf("redis://127.0.0.1:%d/0", s.Port) }

// Addr is host:port.
func (s *Server) Addr() string { return net.JoinHostPort("127.0.0.1", strconv.Itoa(s.Port)) }

// Stop kills the server (an outage, not a clean shutdown) and waits for it.
func (s *Server) Stop() {
	if s.cmd == nil {
		return
	}
	_ = s.cmd.Process.Kill()
	<-s.done
	s.cmd = nil
}

// Restart starts the server again on the same port, empty, and waits until
// it accepts connections.
func (s *Server) Restart() {
	s.t.Helper()
	s.Stop()
	s.cmd = exec.Command(s.bin,
		"--port", strconv.Itoa(s.Port), "--bind", "127.0.0.1",
		"--save", "", "--appendonly", "no", "--protected-mode", "yes",
		"--dir", s.t.TempDir(), "--loglevel", "warning")
	s.cmd.Stdout, s.cmd.Stderr = s.logs, s.logs
	if err := s.cmd.Start(); err != nil {
		s.t.Fatal(err)
	}
	s.done = make(chan struct{})
	go func(cmd *exec.Cmd, done chan struct{}) { _ = cmd.Wait(); close(done) }(s.cmd, s.done)
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if c, err := net.DialTimeout("tcp", s.Addr(), 200*time.Millisecond); err == nil {
			c.Close()
			return
		}
		select {
		case <-s.done:
			s.t.Fatalf("redis-server exited:\n%s", s.logs.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
	s.t.Fatalf("redis-server did not listen on %s within 10 s:\n%s", s.Addr(), s.logs.String())
}
