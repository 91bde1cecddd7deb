package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/valyala/fasthttp"
)

// bareEnv, when set, turns this binary into the baseline server: it serves
// the response saved at that path.
const bareEnv = "LOADTEST_BARE_RESPONSE"

// response is one captured HTTP answer: what the bare server replays.
type response struct {
	Status  int
	Headers [][2]string // in the order the app sent them
	Body    []byte
}

// perConnection are the headers fasthttp writes itself, in both servers.
var perConnection = map[string]bool{"Date": true, "Content-Length": true, "Connection": true}

// capture fetches one signed-in answer from url.
func capture(ctx context.Context, url, token string) (response, error) {
	req, resp := fasthttp.AcquireRequest(), fasthttp.AcquireResponse()
	defer fasthttp.ReleaseRequest(req)
	defer fasthttp.ReleaseResponse(resp)
	req.SetRequestURI(url)
	req.Header.Set("HX-Request", "true")
	req.Header.SetCookie("DS", token)
	if err := fasthttp.DoTimeout(req, resp, 5*time.Second); err != nil {
		return response{}, err
	}
	r := response{Status: resp.StatusCode(), Body: bytes.Clone(resp.Body())}
	if r.Status != 200 || !bytes.Contains(r.Body, authMarker) {
		return r, fmt.Errorf("capture %s: status %d, body %.120q", url, r.Status, r.Body)
	}
	resp.Header.VisitAll(func(k, v []byte) {
		if !perConnection[string(k)] {
			r.Headers = append(r.Headers, [2]string{string(k), string(v)})
		}
	})
	return r, ctx.Err()
}

func (r response) save(path string) error {
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o600)
}

// serveBare is the baseline: a Fiber app at its defaults whose one handler
// sets the captured headers and sends the captured body. Anything the app
// costs beyond this is the app's own work.
func serveBare(path, port string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var r response
	if err := json.Unmarshal(b, &r); err != nil {
		return err
	}
	app := fiber.New(fiber.Config{DisableStartupMessage: true})
	app.Get("/*", func(c *fiber.Ctx) error {
		for _, h := range r.Headers {
			c.Set(h[0], h[1])
		}
		c.Status(r.Status)
		return c.Send(r.Body)
	})
	return app.Listen("127.0.0.1:" + port)
}
