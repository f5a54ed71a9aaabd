package render

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/sanitize"
)

// captionMark sets a caption apart from the paragraphs around it.
const captionMark = "  › "

// Plain renders the article as clean text wrapped at width display cells
// (CJK and emoji count double): the title, a blank line, the paragraphs and
// captions in order (captions indented behind a mark), then the source. It
// holds no escape sequence. A width below 1 means no wrapping.
func Plain(a article.Article, width int) string {
	var parts []string
	if t := flatten(a.Title); t != "" {
		parts = append(parts, wrap(t, width, "", ""))
	}
	for _, blk := range blocks(a) {
		t := flatten(blk.Text)
		if t == "" {
			continue
		}
		if blk.Kind == article.Caption {
			parts = append(parts, wrap(t, width, captionMark, strings.Repeat(" ", ansi.StringWidth(captionMark))))
			continue
		}
		parts = append(parts, wrap(t, width, "", ""))
	}
	if a.Source != nil {
		src := "Source: " + flatten(a.Source.Domain)
		if u := sanitize.Line(a.Source.URL); u != "" {
			src = wrap(src, width, "", "") + "\n" + hardwrap(u, width)
		} else {
			src = wrap(src, width, "", "")
		}
		parts = append(parts, src)
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, "\n\n") + "\n"
}

// wrap word-wraps one line of safe text, breaking words longer than the
// width, with first before the first line and rest before the others. The
// prefixes are dropped when the width cannot hold them and some text.
func wrap(s string, width int, first, rest string) string {
	if width < 1 {
		return first + s
	}
	pw := max(ansi.StringWidth(first), ansi.StringWidth(rest))
	if width-pw < 10 {
		first, rest, pw = "", "", 0
	}
	lines := strings.Split(ansi.Wrap(s, width-pw, ""), "\n")
	for i, l := range lines {
		l = strings.TrimRight(l, " ")
		if i == 0 {
			l = first + l
		} else {
			l = rest + l
		}
		lines[i] = fitLine(l, width)
	}
	return strings.Join(lines, "\n")
}

// hardwrap breaks a word (a URL) at the width, wherever it falls.
func hardwrap(s string, width int) string {
	if width < 1 {
		return s
	}
	lines := strings.Split(ansi.Hardwrap(s, width, true), "\n")
	for i, l := range lines {
		lines[i] = fitLine(l, width)
	}
	return strings.Join(lines, "\n")
}

// fitLine is the last guard: a 2-cell rune cannot fit a 1-cell width.
func fitLine(l string, width int) string {
	if ansi.StringWidth(l) > width {
		return ansi.Truncate(l, width, "")
	}
	return l
}
