package localdescope

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"
)

const (
	maxBodyBytes     = 64 << 10
	keysPathPrefix   = "/v2/keys/"
	sessionCookie    = "DS"
	refreshCookie    = "DSR"
	corsAllowMethods = "GET, POST, PUT, PATCH, DELETE, OPTIONS"
	// Used when a preflight's Access-Control-Request-Headers is absent or odd.
	corsDefaultHeaders = "authorization, content-type, x-descope-project-id, x-descope-sdk-name, " +
		"x-descope-sdk-version, x-descope-sdk-session-id, x-descope-refresh-cookie-name, " +
		"x-descope-trusted-device-token, x-descope-known-device-token, x-descope-flow-nonce"
	corsExposeHeaders = "x-descope-flow-nonce, retry-after"
)

// Which Authorization the route wants. Every /v1 route checks the project.
type authKind int

const (
	authNone    authKind = iota // emulator helpers and keys
	authProject                 // Bearer <pid>[:<anything>]
)

type route struct {
	method string
	auth   authKind
	handle func(*call) (any, *apiError)
}

// call carries one request into a handler.
type call struct {
	w http.ResponseWriter
	r *http.Request
	// token is the part of "Bearer <pid>:<token>" after the first ':'.
	token string
}

// decode reads a JSON object body into v. An empty body counts as {}.
func (c *call) decode(v any) *apiError {
	body, err := io.ReadAll(http.MaxBytesReader(c.w, c.r.Body, maxBodyBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return errTooLarge
		}
		return errBadRequest("could not read request body")
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil
	}
	if err := json.Unmarshal(body, v); err != nil {
		return errBadRequest("request body is not valid JSON for this endpoint")
	}
	return nil
}

// refreshToken returns the refresh JWT from the bearer, else the DSR cookie.
func (c *call) refreshToken() string {
	if c.token != "" {
		return c.token
	}
	if ck, err := c.r.Cookie(refreshCookie); err == nil {
		return ck.Value
	}
	return ""
}

func (s *Server) buildRoutes() map[string]route {
	post := func(h func(*call) (any, *apiError)) route { return route{http.MethodPost, authProject, h} }
	get := func(h func(*call) (any, *apiError)) route { return route{http.MethodGet, authProject, h} }
	return map[string]route{
		"/v1/auth/otp/signup-in/email":     post(s.otpSend(otpSignUpOrIn)),
		"/v1/auth/otp/signin/email":        post(s.otpSend(otpSignIn)),
		"/v1/auth/otp/signup/email":        post(s.otpSend(otpSignUp)),
		"/v1/auth/otp/verify/email":        post(s.handleOTPVerify),
		"/v1/auth/password/signup":         post(s.handlePasswordSignUp),
		"/v1/auth/password/signin":         post(s.handlePasswordSignIn),
		"/v1/auth/refresh":                 post(s.handleRefresh),
		"/v1/auth/try-refresh":             post(s.handleTryRefresh),
		"/v1/auth/logout":                  post(s.handleLogout),
		"/v1/auth/logoutall":               post(s.handleLogoutAll),
		"/v1/auth/me":                      get(s.handleMe),
		"/v1/auth/me/tenants":              post(s.handleMeTenants),
		"/v1/auth/tenant/select":           post(s.handleSelectTenant),
		flowStartPath:                      post(s.handleFlowStart),
		flowNextPath:                       post(s.handleFlowNext),
		"/v1/mgmt/user":                    get(s.handleMgmtUserLoad),
		"/v2/mgmt/user/search":             post(s.handleMgmtUserSearch),
		"/v2/mgmt/user/update/role/add":    post(s.handleMgmtRoles(true)),
		"/v1/mgmt/user/update/role/remove": post(s.handleMgmtRoles(false)),
		"/v1/mgmt/tenant":                  get(s.handleMgmtTenantLoad),
		"/v1/mgmt/tenant/all":              get(s.handleMgmtTenantLoadAll),
		"/v1/mgmt/license":                 get(s.handleMgmtLicense),
		"/emulator/outbox":                 {http.MethodGet, authNone, s.handleOutbox},
		"/emulator/outbox.css":             {http.MethodGet, authNone, inboxFile("/emulator/outbox.css")},
		"/emulator/outbox.js":              {http.MethodGet, authNone, inboxFile("/emulator/outbox.js")},
		"/emulator/htmx.js":                {http.MethodGet, authNone, inboxFile("/emulator/htmx.js")},
		"/emulator/config":                 {http.MethodGet, authNone, s.handleConfig},
	}
}

// ServeHTTP answers requests whose path has no /local-descope prefix.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		// A bug must not take the app down with it, nor leak details.
		if v := recover(); v != nil {
			s.log.Error("localdescope: handler panic", "path", sanitizeLog(r.URL.Path), "panic", sanitizeLog(fmt.Sprint(v)))
			writeError(w, &apiError{status: http.StatusInternalServerError, code: codeBadRequest, description: "Internal emulator error"})
		}
	}()
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	corsAllowed := s.applyCORS(w, r)

	if r.Method == http.MethodOptions {
		s.preflight(w, r, corsAllowed)
		return
	}
	path := routePath(r)
	if s.injectFault(w, r, path) {
		return
	}
	rt, ok := s.routes[path]
	switch {
	case strings.HasPrefix(path, keysPathPrefix):
		s.faults.keyFetches.Add(1)
		rt, ok = route{http.MethodGet, authNone, s.keysHandler(strings.TrimPrefix(path, keysPathPrefix))}, true
	case strings.HasPrefix(path, pagesPathPrefix):
		rt, ok = route{http.MethodGet, authNone, s.flowPageHandler(strings.TrimPrefix(path, pagesPathPrefix))}, true
	case strings.HasPrefix(path, uiLibraryPathPrefix):
		rt, ok = route{http.MethodGet, authNone, s.uiLibraryHandler(strings.TrimPrefix(path, uiLibraryPathPrefix))}, true
	}
	if !ok {
		writeError(w, &apiError{status: http.StatusNotFound, code: codeBadRequest, description: "Unknown endpoint"})
		return
	}
	if r.Method != rt.method {
		h.Set("Allow", rt.method+", OPTIONS")
		writeError(w, &apiError{status: http.StatusMethodNotAllowed, code: codeBadRequest, description: "Method not allowed"})
		return
	}
	c := &call{w: w, r: r}
	if rt.auth == authProject {
		token, apiErr := s.checkBearer(r)
		if apiErr != nil {
			writeError(w, apiErr)
			return
		}
		c.token = token
	}
	result, apiErr := rt.handle(c)
	if apiErr != nil {
		writeError(w, apiErr)
		return
	}
	result = s.deliverTokens(c, result)
	if f, isFile := result.(*staticFile); isFile {
		f.write(w, r)
		return
	}
	writeJSON(w, http.StatusOK, result)
}

// canonicalPath is the one spelling of a route: "//v1/x/", "/v1/./x" and
// "/v1/x" are the same endpoint, and so count against the same limit.
func canonicalPath(p string) string {
	return path.Clean("/" + p)
}

// checkBearer verifies "Authorization: Bearer <pid>[:<token>]" names this
// project and returns <token> (possibly empty).
func (s *Server) checkBearer(r *http.Request) (string, *apiError) {
	pid, token, apiErr := parseBearer(r.Header.Get("Authorization"))
	if apiErr != nil {
		return "", apiErr
	}
	if pid != s.projectID {
		return "", errUnknownProject
	}
	return token, nil
}

// parseBearer splits "Bearer <pid>:<token>" at the first ':'. The token part
// may be empty; the project ID may not.
func parseBearer(header string) (pid, token string, apiErr *apiError) {
	if header == "" {
		return "", "", &apiError{status: http.StatusUnauthorized, code: codeMissingArguments, description: "Missing Authorization header"}
	}
	scheme, rest, found := strings.Cut(strings.TrimSpace(header), " ")
	if !found || !strings.EqualFold(scheme, "Bearer") {
		return "", "", errBadAuthorization
	}
	pid, token, _ = strings.Cut(strings.TrimSpace(rest), ":")
	if pid == "" {
		return "", "", errBadAuthorization
	}
	return pid, token, nil
}

// applyCORS adds the C.4 headers when Origin is allowed, on every response
// (errors included), and reports whether it did.
func (s *Server) applyCORS(w http.ResponseWriter, r *http.Request) bool {
	if len(s.allowedOrigins) == 0 {
		return false
	}
	h := w.Header()
	h.Add("Vary", "Origin") // the answer depends on Origin, so caches must key on it
	origin := r.Header.Get("Origin")
	if !s.allowedOrigins[origin] {
		return false
	}
	h.Set("Access-Control-Allow-Origin", origin)
	h.Set("Access-Control-Allow-Credentials", "true")
	h.Set("Access-Control-Expose-Headers", corsExposeHeaders)
	return true
}

// preflight answers OPTIONS. CORS headers come only for allowed origins.
func (s *Server) preflight(w http.ResponseWriter, r *http.Request, corsAllowed bool) {
	h := w.Header()
	h.Set("Allow", corsAllowMethods)
	if corsAllowed {
		h.Set("Access-Control-Allow-Methods", corsAllowMethods)
		h.Set("Access-Control-Allow-Headers", preflightHeaders(r.Header.Get("Access-Control-Request-Headers")))
		h.Set("Access-Control-Max-Age", "600")
	}
	writeJSON(w, http.StatusOK, struct{}{})
}

// preflightHeaders echoes the requested header names when they are a plain
// comma-separated list of tokens, so custom SDK baseHeaders keep working.
func preflightHeaders(requested string) string {
	if requested == "" || len(requested) > 1024 {
		return corsDefaultHeaders
	}
	for _, r := range requested {
		ok := r == ',' || r == ' ' || r == '-' || r == '_' || r == '.' ||
			(r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9')
		if !ok {
			return corsDefaultHeaders
		}
	}
	return requested
}

// writeJSON is the one place responses are encoded.
func writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		status, body = http.StatusInternalServerError, []byte(`{"errorCode":"E011001","errorDescription":"Could not encode response"}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// writeError writes the Descope error envelope.
func writeError(w http.ResponseWriter, e *apiError) {
	if e.retryAfter > 0 {
		secs := int64((e.retryAfter + time.Second - 1) / time.Second)
		w.Header().Set("Retry-After", strconv.FormatInt(secs, 10))
	}
	writeJSON(w, e.status, errorBody{Code: e.code, Description: e.description, Message: e.message})
}

type errorBody struct {
	Code        string `json:"errorCode"`
	Description string `json:"errorDescription"`
	Message     string `json:"errorMessage,omitempty"`
}

// sanitizeLog keeps log values on one line.
func sanitizeLog(s string) string {
	return strings.NewReplacer("\r", `\r`, "\n", `\n`).Replace(s)
}
