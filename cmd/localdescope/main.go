// Command localdescope serves the local Descope on its own: the API the Go
// SDK and the browser SDKs use, the flow API and static files <descope-wc>
// loads, and the UI library at Descope's CDN path. Point any app at it:
//
//	go run ./cmd/localdescope -addr 127.0.0.1:4000 -allow-origin http://localhost:3000
//	DESCOPE_PROJECT_ID=Plocaldemo0000000000000000 DESCOPE_BASE_URI=http://127.0.0.1:4000 go run .
//
// Codes "sent" by email are logged and listed at /emulator/outbox. It keeps
// everything in memory and accepts any management key: never expose it.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/descope-htmx/descope-htmx/localdescope"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "localdescope: "+err.Error())
		os.Exit(2)
	}
}

func run(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("localdescope", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:4000", "address to listen on")
	projectID := fs.String("project-id", localdescope.DemoProjectID, "project ID to answer for")
	origins := fs.String("allow-origin", "", "comma-separated browser origins allowed to call with credentials (CORS), e.g. http://localhost:3000")
	sessionTTL := fs.Duration("session-ttl", 5*time.Minute, "session token lifetime")
	refreshTTL := fs.Duration("refresh-ttl", 30*24*time.Hour, "refresh token lifetime")
	keyFile := fs.String("key-file", "", "PEM RSA key to sign with, created if missing (tokens then survive restarts)")
	seed := fs.Bool("seed-users", true, "create the demo users admin@example.com and viewer@example.com")
	tokenResponse := fs.String("token-response", string(localdescope.TokenResponseJSON),
		"json: tokens in the response body (Descope's default); cookies: HttpOnly DS and DSR cookies, no tokens in the body "+
			"(Descope's cookie mode; the browser keeps them only for pages on the emulator's own site)")
	secureCookies := fs.Bool("secure-cookies", false, "mark the cookie mode's cookies Secure on plain http too")
	if err := fs.Parse(args); err != nil {
		return err
	}
	mode, err := localdescope.ParseTokenResponse(*tokenResponse)
	if err != nil {
		return fmt.Errorf("-token-response: %w", err)
	}
	var allowed []string
	for _, o := range strings.Split(*origins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			allowed = append(allowed, o)
		}
	}
	logger := slog.New(slog.NewTextHandler(out, nil))
	server, err := localdescope.New(localdescope.Options{
		ProjectID:      *projectID,
		SessionTTL:     *sessionTTL,
		RefreshTTL:     *refreshTTL,
		KeyFile:        *keyFile,
		AllowedOrigins: allowed,
		Logger:         logger,
		LogCodes:       true, // an emulator: the log is where its "emails" arrive
		SeedUsers:      *seed,
		TokenResponse:  mode,
		SecureCookies:  *secureCookies,
	})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	base := "http://" + ln.Addr().String()
	logger.Info("local Descope listening; not for production",
		"DESCOPE_PROJECT_ID", server.ProjectID(), "DESCOPE_BASE_URI", base, "outbox", base+"/emulator/outbox")

	// The sub-app, not the bare handler: its per-IP limits and error envelope
	// are part of what an app pointed at this emulator talks to.
	app := server.App(localdescope.AppOptions{})
	served := make(chan error, 1)
	go func() { served <- app.Listener(ln) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	if err := app.ShutdownWithTimeout(5 * time.Second); err != nil {
		return err
	}
	return nil
}
