package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/descope-htmx/descope-htmx/localdescope"
)

// The seeded admin, so /admin can be measured too (admin in Acme).
const loginID = localdescope.AdminLoginID

// signIn does the demo sign-in over HTTP, as the browser would: email OTP
// through the local Descope, code read from its outbox. It returns the
// session JWT (the DS cookie). One sign-in per instance: the OTP endpoints
// are rate limited per IP.
func signIn(ctx context.Context, base string) (string, error) {
	api := base + "/local-descope"
	var cfg struct{ ProjectID string }
	if err := callJSON(ctx, http.MethodGet, api+"/emulator/config", "", nil, &cfg); err != nil {
		return "", err
	}
	if err := callJSON(ctx, http.MethodPost, api+"/v1/auth/otp/signup-in/email", cfg.ProjectID,
		map[string]string{"loginId": loginID}, nil); err != nil {
		return "", err
	}
	var outbox struct {
		Messages []struct{ LoginID, Code string }
	}
	if err := callJSON(ctx, http.MethodGet, api+"/emulator/outbox", "", nil, &outbox); err != nil {
		return "", err
	}
	code := ""
	for _, m := range outbox.Messages { // newest last
		if m.LoginID == loginID {
			code = m.Code
		}
	}
	if code == "" {
		return "", fmt.Errorf("no code for %s in the outbox", loginID)
	}
	var verified struct{ SessionJwt string }
	if err := callJSON(ctx, http.MethodPost, api+"/v1/auth/otp/verify/email", cfg.ProjectID,
		map[string]string{"loginId": loginID, "code": code}, &verified); err != nil {
		return "", err
	}
	if verified.SessionJwt == "" {
		return "", fmt.Errorf("verify returned no sessionJwt")
	}
	return verified.SessionJwt, nil
}

// callJSON sends in (if any) as JSON and decodes a 200 answer into out (if any).
func callJSON(ctx context.Context, method, url, bearer string, in, out any) error {
	var body []byte
	if in != nil {
		var err error
		if body, err = json.Marshal(in); err != nil {
			return err
		}
	}
	status, resp, err := call(ctx, method, url, bearer, body)
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, url, err)
	}
	if status != http.StatusOK {
		return fmt.Errorf("%s %s: status %d: %.200s", method, url, status, resp)
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(resp, out)
}
