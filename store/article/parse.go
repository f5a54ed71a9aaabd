package article

import (
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/sanitize"
)

// Parse reads one article file. path names it (the base name gives ID and
// File; a caller that knows the file's place in a subfolder sets ID to
// IDOf of that place); data is its content, untrusted and possibly invalid
// UTF-8. Parse never fails: the worst file gives an article with an empty
// body. Not knowing when the file was written, it dates the article only by
// what its URL and text state; ParseAt knows.
func Parse(path string, data []byte) Article {
	return ParseAt(path, data, time.Time{})
}

// ParseAt is Parse for a file written (scraped) at the given time, zero if
// unknown: a year-less date in the text takes its year from it, and an
// article that states no date is dated by it, marked "file".
func ParseAt(path string, data []byte, scraped time.Time) Article {
	a := parseContent(path, data)
	src := ""
	if a.Source != nil {
		src = a.Source.URL
	}
	a.Date = FindDate(DateInput{URL: src, Lang: a.Lang, Title: titleLine(a), Bylines: a.Bylines, Lines: blockTexts(a.Blocks), Scraped: scraped})
	left := actorText // see bounds.go
	a.Actors = actors.Extract(actors.Input{
		Lang:       a.Lang,
		Title:      titleLine(a),
		Paragraphs: prefix(a.Paragraphs, &left),
		Captions:   prefix(a.Captions, &left),
	})
	if a.Actors == nil {
		a.Actors = []actors.Actor{}
	}
	return a
}

// parseContent is Parse but for the actors, which store/actors extracts: kept
// apart so that the parser's own cost can be measured on its own.
func parseContent(path string, data []byte) Article {
	file := filepath.Base(path)
	a := Article{
		ID:   IDOf(file), // in a subfolder, the caller knows its place
		File: sanitize.Line(file),
		Path: sanitize.Line(path),
	}
	lines := a.takeFooter(sanitize.Bytes(data))
	lines = a.takeFurniture(lines)
	lines = a.takeTitleLine(lines)
	a.readBody(lines)
	if !a.HasTitle {
		a.Title = a.leadTitle()
	}
	if a.Paragraphs == nil {
		a.Paragraphs = []string{}
	}
	if a.Captions == nil {
		a.Captions = []string{}
	}
	a.Lang = DetectLang(a.Title, a.Paragraphs)
	a.Words = countWords(a)
	return a
}

// takeFooter finds the source lines and the comment footer, which hold
// metadata rather than text, records them and returns the other lines,
// trimmed, blank ones left out: at most maxLines of them, and the text past
// them joined as one last line (bounds.go). The last source line and the
// last footer win: scrapers append, so the last one is the article's own.
func (a *Article) takeFooter(text string) []string {
	var kept []string
	var rest strings.Builder
	for text != "" {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if src, text, ok := parseSourceLine(line); ok {
			a.Source = src
			if text != "" {
				kept = append(kept, text) // the article's own words, after the link
			}
			continue
		}
		if n, ok := parseFooter(line); ok {
			a.Comments = n
			continue
		}
		if len(kept) < maxLines {
			kept = append(kept, line)
			continue
		}
		if rest.Len() > 0 {
			rest.WriteByte(' ')
		} else {
			rest.Grow(len(line) + len(text)) // at most what is left: one allocation
		}
		rest.WriteString(line)
	}
	if rest.Len() > 0 {
		kept = append(kept, rest.String())
	}
	return kept
}

// readBody sorts the remaining lines into paragraphs and captions, dropping
// the page leftovers it can recognise.
func (a *Article) readBody(lines []string) {
	if len(lines) > 0 { // a block per line at most (maxLines+1): allocated once, not grown
		a.Blocks = make([]Block, 0, len(lines))
		a.Paragraphs = make([]string, 0, len(lines))
	}
	afterImage := false
	for _, line := range lines {
		if isImageLine(line) {
			afterImage = true
			continue
		}
		if isLeftover(line) {
			continue
		}
		if half := undouble(line); half != line && isCaption(half) {
			line = half // a caption printed twice on one line, as alt text and as legend
		}
		if text, ok := captionText(line, afterImage); ok {
			a.add(Caption, text)
		} else {
			a.add(Paragraph, line)
		}
		afterImage = false
	}
	if len(a.Blocks) == 0 {
		a.Blocks, a.Paragraphs = nil, nil // an empty body has none, as if never made
	}
}

// add appends a block, but not a caption repeating the block before it,
// or a block repeating the caption before it (the page printed the caption
// twice, as alt text and as legend): its text is there once already. Two
// equal paragraphs in a row are the writer's, and both stay.
func (a *Article) add(kind BlockKind, text string) {
	if text == "" {
		return
	}
	if n := len(a.Blocks); n > 0 && a.Blocks[n-1].Text == text && (kind == Caption || a.Blocks[n-1].Kind == Caption) {
		return
	}
	a.Blocks = append(a.Blocks, Block{Kind: kind, Text: text})
	if kind == Caption {
		a.Captions = append(a.Captions, text)
	} else {
		a.Paragraphs = append(a.Paragraphs, text)
	}
}

// blockTexts is the body in reading order, captions in their place: the
// aggregator marks some paragraphs as captions ("… |"), dates among them.
func blockTexts(blocks []Block) []string {
	out := make([]string, len(blocks))
	for i, b := range blocks {
		out[i] = b.Text
	}
	return out
}

// titleLine is the title as the extractor should read it: only a real title
// line is text of its own; a title cut from the lead repeats the lead.
func titleLine(a Article) string {
	if a.HasTitle {
		return a.Title
	}
	return ""
}

// runes counts the characters of s, for length rules on text in any script.
func runes(s string) int { return utf8.RuneCountInString(s) }

// atMostRunes is runes(s) <= n, without counting when the length in bytes
// decides: a rune takes one to four bytes.
func atMostRunes(s string, n int) bool {
	if len(s) <= n {
		return true
	}
	return len(s) <= n*utf8.UTFMax && runes(s) <= n
}
