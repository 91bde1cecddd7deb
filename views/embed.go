// Package views holds the html/template views, embedded in the binary:
// layouts/ (the page shell), pages/ (one per route) and partials/ (fragments
// that htmx swaps into #container, plus the session script).
package views

import "embed"

//go:embed layouts pages partials
var Files embed.FS
