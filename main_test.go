package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/descope-htmx/descope-htmx/config"
	"github.com/descope-htmx/descope-htmx/internal/testproc"
)

func TestRefusesDemoModeInProduction(t *testing.T) {
	err := run(context.Background(), func(k string) string { return map[string]string{"APP_ENV": "production"}[k] })
	if err == nil || !strings.Contains(err.Error(), "DESCOPE_PROJECT_ID") {
		t.Fatalf("err = %v", err)
	}
}

func TestDefaultDescopeAPI(t *testing.T) {
	for pid, want := range map[string]string{
		"P2abc":                            "https://api.descope.com",
		"Puse1ABCDEFGHIJKLMNOPQRSTUVWXYZ1": "https://api.use1.descope.com",
	} {
		if got := defaultDescopeAPI(pid); got != want {
			t.Errorf("defaultDescopeAPI(%q) = %q, want %q", pid, got, want)
		}
	}
}

func TestDescopeCSP(t *testing.T) {
	tests := []struct {
		name string
		cfg  config.Config
		// want: directive -> sources it must list; refuse: sources none may list
		want   map[string][]string
		refuse []string
	}{
		{
			name: "Descope's hosts and their fallbacks",
			want: map[string][]string{
				"connect": {"https://auth.example.com", descopeStatic, descopeStatic2},
				"script":  {descopeCDN, descopeStatic, jsDelivrDescope},
				"font":    {descopeCDN, jsDelivrDescope},
			},
			refuse: []string{"https://cdn.jsdelivr.net"},
		},
		{
			name: "self-hosted static files and UI library",
			cfg:  config.Config{StaticBaseURL: "https://static.example.com/descope/pages", CDNBaseURL: "https://cdn.example.com"},
			want: map[string][]string{
				"connect": {"https://auth.example.com", "https://static.example.com"},
				"script":  {"https://cdn.example.com"},
				"font":    {"https://cdn.example.com"},
			},
			refuse: []string{descopeCDN, descopeStatic, descopeStatic2, jsDelivrDescope},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			csp := descopeCSP(tt.cfg, "https://auth.example.com/some/prefix")
			lists := map[string][]string{"connect": csp.Connect, "script": csp.Script, "style": csp.Style, "img": csp.Img, "font": csp.Font}
			for directive, sources := range tt.want {
				for _, src := range sources {
					if !slices.Contains(lists[directive], src) {
						t.Errorf("%s-src = %v, lacks %s", directive, lists[directive], src)
					}
				}
			}
			for directive, list := range lists {
				for _, src := range list {
					if !strings.HasPrefix(src, "https://") || strings.Contains(src, "*") || slices.Contains(tt.refuse, src) {
						t.Errorf("%s-src has unexpected source %q", directive, src)
					}
				}
			}
		})
	}
}

func TestFlowConfigURL(t *testing.T) {
	for _, tt := range []struct {
		cfg  config.Config
		want string
	}{
		{config.Config{ProjectID: "P1"}, "https://static.descope.com/pages/P1/v2-beta/config.json"},
		{config.Config{ProjectID: "P1", BaseURI: "https://auth.example.com"}, "https://auth.example.com/pages/P1/v2-beta/config.json"},
		{config.Config{ProjectID: "P1", BaseURI: "https://auth.example.com", StaticBaseURL: "https://s.example.com/p"}, "https://s.example.com/p/P1/v2-beta/config.json"},
	} {
		if got := flowConfigURL(tt.cfg); got != tt.want {
			t.Errorf("flowConfigURL(%+v) = %q, want %q", tt.cfg, got, tt.want)
		}
	}
}

func TestCheckFlowConfig(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ok":
			fmt.Fprint(w, `{"componentsVersion":"3.14.1","flows":{"sign-up-or-in":{"version":1}}}`)
		case "/other-flow":
			fmt.Fprint(w, `{"componentsVersion":"3.14.1","flows":{"sign-in":{"version":1}}}`)
		case "/flaky":
			w.WriteHeader(http.StatusBadGateway)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	for _, tt := range []struct {
		path      string
		wantIn    string
		wantRetry bool
	}{
		{"/ok", "", false},
		{"/other-flow", "DESCOPE_FLOW_ID", false},
		{"/missing", "DESCOPE_PROJECT_ID", false},
		{"/flaky", "status 502", true},
	} {
		problem, retry := checkFlowConfig(context.Background(), srv.Client(), srv.URL+tt.path, "sign-up-or-in")
		if (tt.wantIn == "") != (problem == "") || !strings.Contains(problem, tt.wantIn) || retry != tt.wantRetry {
			t.Errorf("%s: problem %q retry %v; want %q retry %v", tt.path, problem, retry, tt.wantIn, tt.wantRetry)
		}
	}
	if problem, retry := checkFlowConfig(context.Background(), srv.Client(), "http://127.0.0.1:1/x", "f"); !strings.Contains(problem, "unreachable") || !retry {
		t.Errorf("unreachable: %q %v", problem, retry)
	}
}

func TestHealthcheckFailsWithoutServer(t *testing.T) {
	if code := healthcheck("", "1"); code == 0 {
		t.Fatal("healthcheck passed with nothing listening")
	}
}

// The kernel's view of the socket: demo mode on loopback only, production on
// every interface, HOST overriding both.
func TestListenAddress(t *testing.T) {
	cases := []struct {
		name string
		env  map[string]string
		want func(netip.Addr) bool
	}{
		{"demo", map[string]string{}, func(a netip.Addr) bool { return a == netip.MustParseAddr("127.0.0.1") }},
		{"demo with HOST", map[string]string{"HOST": "0.0.0.0"}, netip.Addr.IsUnspecified},
		{"production", map[string]string{"APP_ENV": "production", "DESCOPE_PROJECT_ID": "P1"}, netip.Addr.IsUnspecified},
		{"production with HOST", map[string]string{"APP_ENV": "production", "DESCOPE_PROJECT_ID": "P1", "HOST": "127.0.0.1"}, netip.Addr.IsLoopback},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tc.env["PORT"] = "1" // replaced below: only the host is under test
			cfg, err := config.Load(func(k string) string { return tc.env[k] })
			if err != nil {
				t.Fatal(err)
			}
			cfg.Port = testproc.FreePort(t)
			ln, err := listen(cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer ln.Close()
			addr := netip.MustParseAddrPort(ln.Addr().String())
			if !tc.want(addr.Addr().Unmap()) || int(addr.Port()) != cfg.Port {
				t.Fatalf("listening on %s", addr)
			}
		})
	}
}

// recordingClient stands in for the SDK's HTTP client behind the wrapper.
type recordingClient struct{ paths []string }

func (r *recordingClient) Do(req *http.Request) (*http.Response, error) {
	r.paths = append(r.paths, req.URL.Path)
	return &http.Response{StatusCode: http.StatusOK, Body: http.NoBody}, nil
}

// In demo mode the SDK's start-up license call never reaches the network
// (the local Descope does not listen yet); every other call does.
func TestNoLicenseHandshake(t *testing.T) {
	for _, tt := range []struct {
		path    string
		forward bool
	}{
		{"/local-descope/v1/mgmt/license", false},
		{"/local-descope/v1/mgmt/user/search", true},
		{"/local-descope/v2/keys/Plocal", true},
	} {
		next := &recordingClient{}
		req := httptest.NewRequest(http.MethodGet, "http://127.0.0.1:3000"+tt.path, nil)
		resp, err := noLicenseHandshake{next}.Do(req)
		if tt.forward != (len(next.paths) == 1) || tt.forward != (err == nil) {
			t.Errorf("%s: forwarded %v, err %v; want forwarded %v", tt.path, next.paths, err, tt.forward)
		}
		if resp != nil {
			resp.Body.Close()
		}
	}
}

// Browsers open spare connections they may never use. fasthttp counts one
// as busy from the moment it is accepted, so without drain.Listener a
// shutdown waited out its 10 s read timeout and overran the drain limit.
func TestShutdownDoesNotWaitForUnusedConnections(t *testing.T) {
	base, stop := demoServer(t)
	spare, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer spare.Close()
	// The server accepts in order: once a later connection is answered, the
	// spare one has been accepted too.
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	resp, err := client.Get(base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()

	stopped := make(chan error, 1)
	go func() { stopped <- stop() }()
	select {
	case err := <-stopped:
		if err != nil {
			t.Fatalf("shutdown: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the shutdown was still waiting for the unused connection after 5 s")
	}
	spare.SetReadDeadline(time.Now().Add(2 * time.Second))
	if n, err := spare.Read(make([]byte, 1)); n != 0 || err != io.EOF {
		t.Fatalf("the unused connection read %d bytes, %v; want it closed (EOF)", n, err)
	}
}
