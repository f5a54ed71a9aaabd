package render

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"charm.land/glamour/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/kioskreader/kiosk/store/article"
)

// kiosk's own names for glamour's styles: glamour v2 has no automatic
// style, so the caller picks one from the terminal's background (or
// --style). Glamour takes these, glamour's other styles (see IsStyle) and
// the JSON styles LoadStyle read.
const (
	Dark  = "dark"
	Light = "light"
	NoTTY = "notty"
)

// ErrTimeout is returned when glamour does not finish within the context's
// deadline; the caller shows Plain instead.
var ErrTimeout = errors.New("render: glamour took too long")

// slot lets one glamour render run at a time in the process. A render
// that timed out goes on in the background (glamour cannot be stopped) and
// keeps the slot until it ends, so a resize storm queues at most one
// render beside the one running, instead of one goroutine and its memory
// per resize.
var slot = make(chan struct{}, 1)

// Glamour renders the article with glamour at the given width in style (a
// name IsStyle accepts). It returns ErrTimeout when ctx ends first,
// whether waiting for the slot or rendering (the render then goes on in the
// background and its result is dropped), and an error instead of a panic
// from inside glamour. Every output line fits in width cells and holds no
// escape sequence but SGR.
func Glamour(ctx context.Context, a article.Article, width int, style string) (string, error) {
	if !IsStyle(style) {
		return "", fmt.Errorf("render: unknown style %q", style)
	}
	if ctx.Err() != nil {
		return "", ErrTimeout
	}
	if width < 1 {
		return "", nil
	}
	md := Markdown(a)
	type result struct {
		out string
		err error
	}
	select {
	case slot <- struct{}{}:
	case <-ctx.Done():
		return "", ErrTimeout
	}
	if ctx.Err() != nil { // both were ready: select chose at random
		<-slot
		return "", ErrTimeout
	}
	done := make(chan result, 1) // buffered: an abandoned render must not block
	go func() {
		defer func() { <-slot }()
		out, err := renderMarkdown(md, width, style)
		done <- result{out, err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			return "", r.err
		}
		return fit(r.out, width), nil
	case <-ctx.Done():
		return "", ErrTimeout
	}
}

// renderers keeps built renderers per (width, style). A TermRenderer is not
// safe for concurrent use, so each key has a pool rather than one renderer.
var renderers sync.Map // key -> *sync.Pool

type key struct {
	width int
	style string
}

func renderMarkdown(md string, width int, style string) (out string, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("render: glamour panicked: %v", p)
		}
	}()
	k := key{width, style}
	pool, _ := renderers.LoadOrStore(k, &sync.Pool{})
	r, _ := pool.(*sync.Pool).Get().(*glamour.TermRenderer)
	if r == nil {
		opt, err := rendererOption(style)
		if err != nil {
			return "", err
		}
		r, err = glamour.NewTermRenderer(opt, glamour.WithWordWrap(width))
		if err != nil {
			return "", err
		}
	}
	out, err = r.Render(md)
	// Back to the pool only after a clean render: a panic may leave it broken.
	pool.(*sync.Pool).Put(r)
	return out, err
}

// fit cuts glamour's output to width: glamour wraps words but lets a long
// unbreakable one (a URL) run past the margin.
func fit(s string, width int) string {
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines)) // not lines[:0]: a wrapped line adds lines
	for _, l := range lines {
		if ansi.StringWidth(l) <= width {
			out = append(out, l)
			continue
		}
		for _, w := range strings.Split(ansi.Hardwrap(l, width, true), "\n") {
			if ansi.StringWidth(w) > width { // a wide rune in a 1-cell width
				w = ansi.Truncate(w, width, "")
			}
			out = append(out, w)
		}
	}
	return strings.Join(out, "\n")
}
