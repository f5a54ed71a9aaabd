// Package article turns the bytes of one article file into an Article.
// Parsing is a pure function of the file name and its bytes: no disk, no clock.
// FORMAT.md, beside this file, says what an article file holds and how each
// line is read: the title, captions, leftovers, the source line and the
// comment footer.
package article

import "github.com/kioskreader/kiosk/store/actors"

// Source is the link an article was scraped from. It is only ever set for an
// http or https URL with a host.
type Source struct {
	URL    string `json:"url"`
	Domain string `json:"domain"` // host without "www." and without port
}

// BlockKind tells the renderer how to show one block of the body.
type BlockKind int

const (
	Paragraph BlockKind = iota
	Caption
)

// Block is one paragraph or caption in reading order, for rendering in place.
type Block struct {
	Kind BlockKind
	Text string
}

// Article is one parsed file. Every string in it is terminal-safe: valid
// UTF-8 with no control rune but '\n' (and no '\n' in one-line fields).
type Article struct {
	ID         string         `json:"id"`   // see IDOf: the file name without .txt, or its escaped path
	File       string         `json:"file"` // file name
	Path       string         `json:"path"` // path as given to the parser
	Title      string         `json:"title"`
	HasTitle   bool           `json:"-"` // the title is the file's first line, not cut from the lead
	Lang       string         `json:"lang"`
	Source     *Source        `json:"source"`
	Date       *Date          `json:"date"` // see FindDate; nil when unknown
	Comments   *int           `json:"comments"`
	Actors     []actors.Actor `json:"actors"`
	Words      int            `json:"words"`
	Paragraphs []string       `json:"paragraphs,omitempty"`
	Captions   []string       `json:"captions,omitempty"`
	Masthead   []string       `json:"masthead,omitempty"` // the site's name and slogan above the headline
	Bylines    []string       `json:"bylines,omitempty"`  // an outlet's or place's name with a date: "Báo X 07/10/2025 10:45"
	Images     []string       `json:"images,omitempty"`   // image file names and URLs the page left as text
	Blocks     []Block        `json:"-"`
}
