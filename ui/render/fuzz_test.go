package render

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/sanitize"
)

// FuzzGlamour makes an article of arbitrary bytes and renders it: glamour
// must show the words literally, emit nothing but SGR, and fit the width;
// Plain must hold no escape at all and fit too.
func FuzzGlamour(f *testing.F) {
	for _, h := range hostile {
		f.Add([]byte("Title\n\n"+h+"\n"), 40)
	}
	f.Add([]byte("\x1b]52;c;aGk=\x07 \x9b31m \u202e &#27;[2J\n\n> > > > x\n\nSource: https://a.vn/x\n"), 12)
	f.Fuzz(func(t *testing.T, data []byte, width int) {
		width = 1 + abs(width)%160
		a := fuzzArticle(data)
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		out, err := Glamour(ctx, a, width, NoTTY)
		if err != nil {
			t.Fatalf("glamour: %v", err)
		}
		assertOnlySGR(t, out)
		assertWidth(t, out, width)
		p := Plain(a, width)
		for _, r := range p {
			if (r < 0x20 && r != '\n') || (r >= 0x7f && r <= 0x9f) {
				t.Fatalf("control %U in plain text %q", r, p)
			}
		}
		assertWidth(t, p, width)
		if width >= 20 {
			got := strings.Join(strings.Fields(ansi.Strip(out)), "")
			for _, blk := range a.Blocks {
				want := strings.Join(strings.Fields(blk.Text), "")
				if !strings.Contains(got, want) {
					t.Fatalf("block %q not shown literally in %q", blk.Text, got)
				}
			}
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// fuzzArticle builds an article from bytes the way the parser's output
// looks (sanitized lines), without the parser, so that the fuzzer explores
// this package: the first line is the title, then paragraphs and captions
// alternate, and the last line is the source URL when it parses as one.
func fuzzArticle(data []byte) article.Article {
	lines := strings.Split(sanitize.Bytes(data), "\n")
	a := article.Article{Title: sanitize.Line(lines[0])}
	for i, l := range lines[1:] {
		kind := article.Paragraph
		if i%2 == 1 {
			kind = article.Caption
		}
		a.Blocks = append(a.Blocks, article.Block{Kind: kind, Text: l})
	}
	if last := lines[len(lines)-1]; strings.HasPrefix(last, "https://") {
		a.Source = &article.Source{URL: last, Domain: strings.SplitN(last[8:], "/", 2)[0]}
	}
	return a
}
