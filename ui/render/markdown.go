// Package render turns an article into text for a terminal: Markdown for
// glamour, glamour's styled output under a time budget, and plain wrapped text
// that never holds an escape sequence.
package render

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/sanitize"
)

// Markdown writes the article as Markdown in which no content byte can build
// structure: the articles are plain text, and glamour both decodes entities
// (so "&#27;" would become a real ESC) and takes seconds on nested quotes.
// The title is a heading, paragraphs and captions (in italics) keep their
// order, and the source comes last as plain text, never as a link (glamour
// would turn a link into an OSC 8 sequence).
func Markdown(a article.Article) string {
	var b strings.Builder
	if t := escapeLine(sanitize.Line(a.Title)); t != "" {
		b.WriteString("# ")
		b.WriteString(t)
		b.WriteString("\n\n")
	}
	for _, blk := range blocks(a) {
		t := escapeLine(flatten(blk.Text))
		if t == "" {
			continue
		}
		if blk.Kind == article.Caption {
			b.WriteString("*" + t + "*\n\n")
			continue
		}
		b.WriteString(t)
		b.WriteString("\n\n")
	}
	if a.Source != nil {
		b.WriteString("**Source:** ")
		b.WriteString(escapeLine(sanitize.Line(a.Source.Domain)))
		b.WriteString("\n\n") // glamour drops hard line breaks
		b.WriteString(escapeLine(sanitize.Line(a.Source.URL)))
		b.WriteString("\n")
	}
	return b.String()
}

// blocks returns the body in reading order: Blocks when the parser filled
// them, else the paragraphs followed by the captions.
func blocks(a article.Article) []article.Block {
	if len(a.Blocks) > 0 {
		return a.Blocks
	}
	out := make([]article.Block, 0, len(a.Paragraphs)+len(a.Captions))
	for _, p := range a.Paragraphs {
		out = append(out, article.Block{Kind: article.Paragraph, Text: p})
	}
	for _, c := range a.Captions {
		out = append(out, article.Block{Kind: article.Caption, Text: c})
	}
	return out
}

// flatten makes one safe line of a block: a line break inside a paragraph
// would let the next line start a structure of its own.
// No-break spaces are kept: French puts one before : ; ? ! so that a line
// never starts with them.
func flatten(s string) string {
	return strings.Join(strings.FieldsFunc(sanitize.Line(s), breakingSpace), " ")
}

func breakingSpace(r rune) bool {
	return unicode.IsSpace(r) && r != '\u00a0' && r != '\u202f' && r != '\u2007'
}

// special holds every ASCII character that can start or close Markdown
// structure in goldmark with the GFM and definition-list extensions glamour
// enables: emphasis, code, links, images, autolinks and linkify (":" "@"
// "."), HTML, entities, headings, quotes, lists ("1." "1)" "-" "+"),
// thematic breaks and setext underlines ("=" "_"), fences, tables,
// strikethrough, definition lists (":") and backslash escapes.
const special = "\\`*_{}[]()#+-.!<>&|~:@="

// escapeLine writes each special character as a numeric character
// reference. A backslash escape would not do: glamour prints the backslash
// of escapes that goldmark leaves in text ("\:" shows as "\:"), while
// CommonMark decodes a reference to its literal character and never reads
// it as structure. A backslash is written twice: after decoding, glamour
// reads "\*" as an escape and prints "*", but prints "\\" as one
// backslash. Leading and trailing spaces go too: four leading spaces make a
// code block, two trailing ones a hard break.
func escapeLine(s string) string {
	s = strings.TrimSpace(s)
	if !strings.ContainsAny(s, special) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for _, r := range s {
		if r == '\\' {
			b.WriteString("&#92;&#92;")
			continue
		}
		if r < 0x80 && strings.IndexByte(special, byte(r)) >= 0 {
			b.WriteString("&#")
			b.WriteString(strconv.Itoa(int(r)))
			b.WriteByte(';')
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
