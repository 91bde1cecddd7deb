// Command memcheck measures the app's resident memory after a flood of
// distinct, valid, large sessions: it starts the built binary in demo mode
// with a known signing key, signs N session JWTs of about S bytes with that
// key (as the local Descope would), uses each once on /profile, and reads the
// server's VmRSS from /proc (Linux).
//
//	go build -o /tmp/descope-htmx . && go run ./cmd/memcheck -bin /tmp/descope-htmx
package main

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/descope-htmx/descope-htmx/localdescope"
)

func main() {
	bin := flag.String("bin", "", "the built app binary (required)")
	sessions := flag.Int("sessions", 10_000, "distinct sessions, each used once")
	size := flag.Int("size", 7500, "approximate token size in bytes")
	workers := flag.Int("workers", 8, "concurrent clients")
	extraEnv := flag.String("env", "", "extra NAME=value settings for the app, comma-separated")
	flag.Parse()
	if *bin == "" {
		fmt.Fprintln(os.Stderr, "memcheck: -bin is required")
		os.Exit(2)
	}
	if err := run(*bin, *sessions, *size, *workers, *extraEnv); err != nil {
		fmt.Fprintln(os.Stderr, "memcheck:", err)
		os.Exit(1)
	}
}

func run(bin string, sessions, size, workers int, extraEnv string) error {
	dir, err := os.MkdirTemp("", "memcheck")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return err
	}
	keyFile := filepath.Join(dir, "key.pem")
	der, _ := x509.MarshalPKCS8PrivateKey(key)
	if err := os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), 0o600); err != nil {
		return err
	}
	port, err := freePort()
	if err != nil {
		return err
	}
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "PORT="+strconv.Itoa(port), "LOCAL_DESCOPE_KEY_FILE="+keyFile, "LOG_LEVEL=error", "DESCOPE_PROJECT_ID=")
	for _, kv := range strings.Split(extraEnv, ",") {
		if kv != "" {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Stdout, cmd.Stderr = io.Discard, os.Stderr
	if err := cmd.Start(); err != nil {
		return err
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	base := "http://127.0.0.1:" + strconv.Itoa(port)
	if err := waitReady(base); err != nil {
		return err
	}
	before, _ := rssKB(cmd.Process.Pid)

	kid, err := keyID(base)
	if err != nil {
		return err
	}
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: workers}}
	var next, failed atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1))
				if i > sessions {
					return
				}
				token := sign(key, kid, claims(i, size))
				req, _ := http.NewRequest(http.MethodGet, base+"/profile", nil)
				req.AddCookie(&http.Cookie{Name: "DS", Value: token})
				resp, err := client.Do(req)
				if err != nil {
					failed.Add(1)
					continue
				}
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), fmt.Sprintf("user%d@example.com", i)) {
					failed.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	after, err := rssKB(cmd.Process.Pid)
	if err != nil {
		return err
	}
	fmt.Printf("sessions=%d token_bytes~%d failed=%d elapsed=%s rss_before=%.1fMB rss_after=%.1fMB\n",
		sessions, len(sign(key, kid, claims(1, size))), failed.Load(), elapsed.Round(time.Millisecond), float64(before)/1024, float64(after)/1024)
	if failed.Load() > 0 {
		return fmt.Errorf("%d requests did not get their own profile", failed.Load())
	}
	return nil
}

// claims is a demo-project session for user i, padded to about size bytes
// with tenants, as large B2B tokens are.
func claims(i, size int) map[string]any {
	now := time.Now().Unix()
	c := map[string]any{
		"sub": fmt.Sprintf("U%027d", i), "iss": localdescope.DemoProjectID, "iat": now, "exp": now + 3600,
		"drn": "DS", "amr": []string{"email"}, "email": fmt.Sprintf("user%d@example.com", i), "name": fmt.Sprintf("User %d", i),
		"roles": []string{"viewer"}, "permissions": []string{},
	}
	tenants := map[string]any{}
	// Each tenant is about 90 bytes of JSON, ~120 once signed and encoded.
	for t := 0; t*120 < size-600; t++ {
		tenants[fmt.Sprintf("T%08d-%04d", i, t)] = map[string]any{"roles": []string{"viewer", "editor"}, "permissions": []string{"read", "write"}}
	}
	c["tenants"] = tenants
	return c
}

func sign(key *rsa.PrivateKey, kid string, claims map[string]any) string {
	enc := func(v any) string { b, _ := json.Marshal(v); return base64.RawURLEncoding.EncodeToString(b) }
	signing := enc(map[string]string{"alg": "RS256", "kid": kid, "typ": "JWT"}) + "." + enc(claims)
	sum := sha256.Sum256([]byte(signing))
	sig, _ := rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA256, sum[:])
	return signing + "." + base64.RawURLEncoding.EncodeToString(sig)
}

func keyID(base string) (string, error) {
	resp, err := http.Get(base + "/local-descope/v2/keys/" + localdescope.DemoProjectID)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var set struct {
		Keys []struct {
			Kid string `json:"kid"`
		} `json:"keys"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&set); err != nil || len(set.Keys) == 0 {
		return "", fmt.Errorf("no key set: %v", err)
	}
	return set.Keys[0].Kid, nil
}

func waitReady(base string) error {
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if resp, err := http.Get(base + "/readyz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
	}
	return fmt.Errorf("the app did not become ready")
}

func rssKB(pid int) (int, error) {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			return strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
		}
	}
	return 0, fmt.Errorf("no VmRSS for pid %d", pid)
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}
