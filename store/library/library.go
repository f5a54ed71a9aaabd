// Package library is what the terminal UI reads an article folder through:
// the rows of the list, one parsed article, search and actor answers, and
// live changes, all served by the folder's search index (store/index), and
// the reader's marks (store/state) keyed to the rows it serves.
//
// There is one data path: when the user's cache cannot be written, Open
// builds the same index into a temporary database that Close removes, so a
// read-only cache answers exactly as a writable one.
//
// The methods are called from tea.Cmd goroutines, never from Update, so they
// may block; they are safe for concurrent use.
package library

import (
	"context"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/index"
	"github.com/kioskreader/kiosk/store/sanitize"
)

// Summary is one row of the article list: what the list shows and sorts by.
// The fields are raw, for sorting and keys; the screen shows only what the
// methods Label, FileName and Source return, which are sanitize.Safe (the
// UI's panes take nothing else).
type Summary struct {
	ID       string
	File     string
	Path     string // the folder as given to Open, joined with the file's place in it
	Title    string
	Domain   string       // "" when the article has no checked source
	Comments int          // -1 when the file has no comment footer
	Date     article.Date // Value "" when the article has none
}

// Label is what names the article on screen: its title, or its file name
// when it has none.
func (s Summary) Label() sanitize.Safe {
	if s.Title == "" {
		return s.FileName()
	}
	return sanitize.SafeLine(s.Title)
}

// FileName is the file's name as shown: it comes raw from the disk.
func (s Summary) FileName() sanitize.Safe { return sanitize.SafeLine(s.File) }

// Source is the source domain as shown; empty when there is none.
func (s Summary) Source() sanitize.Safe { return sanitize.SafeLine(s.Domain) }

// Results answers a search: the matching IDs in rank order and how many
// matched in all (Total may exceed len(IDs) when the library caps them).
type Results struct {
	IDs   []string
	Total int
}

// Change is what a live update brings: new or rewritten articles, and the
// IDs of those that went. Gone says the folder itself went (its articles
// are Removed) and live updates stopped; Back says a folder of its name is
// there again and followed (what it holds is Added).
type Change struct {
	Added      []Summary
	Removed    []string
	Gone, Back bool
	Rows       *Rows // when not nil, the whole list anew (many files changed), before Added and Removed
}

// Batch is what ListRows sends: a Window of the first rows, in the order
// the list will open in, before the whole list is read, with the share of
// articles that state a date, which decides that order (DefaultOrder);
// then Rows, the whole list, which replaces what came before.
type Batch struct {
	Window     []Summary
	Stated, Of int
	Rows       *Rows
}

// Lister is a Library that sends its list as Rows, compactly and with
// its orders sorted, rather than a Summary per article.
type Lister interface {
	ListRows(ctx context.Context, send func(Batch), progress func(done, total int)) error
}

// Library is what the UI needs of an article folder.
type Library interface {
	// List sends every article, in batches, to emit, and how far it got to
	// progress (total is 0 while unknown). It returns when all are sent.
	List(ctx context.Context, emit func([]Summary), progress func(done, total int)) error
	// Article reads and parses one article.
	Article(ctx context.Context, s Summary) (article.Article, error)
	// Search returns the articles matching query, best first, the query
	// read as mode says.
	Search(ctx context.Context, query string, mode QueryMode) (Results, error)
	// Snippets cuts, for each article of ids, a passage around the matches
	// of query (read as mode says), the matches marked; an article that
	// cannot be read has none.
	Snippets(ctx context.Context, query string, mode QueryMode, ids []string) (map[string]Snippet, error)
	// Actor returns the articles that name the actor.
	Actor(ctx context.Context, name string, kind actors.Kind) (Results, error)
}

// QueryMode says how a query is read.
type QueryMode int

const (
	// Typing reads a query being typed: a last word of three letters or
	// more that no space ends is a prefix (index.ParseTyping), and a query
	// with nothing to look for yet matches nothing.
	Typing QueryMode = iota
	// Whole reads a query as kiosk search does (index.CheckQuery, then
	// index.ParseQuery): a word is a word, and a query that cannot mean
	// anything is an error that says why.
	Whole
)

// Snippet is a passage of an article around a query's matches, each marked
// by its byte range (index.Snippet): the index's matcher marked them.
type Snippet = index.Snippet

// Watcher is a Library that reports changes to the folder while kiosk runs.
type Watcher interface {
	// Watch calls changed for each batch of changes until ctx ends.
	Watch(ctx context.Context, changed func(Change)) error
}

// State keeps the reader's marks of the articles of one folder, by the
// Summary.ID the library gave them. Read and Bookmarked answer from memory
// (View may call them); SetRead and SetBookmarked write to disk before they
// return, so the UI calls them from a tea.Cmd, and they return the error
// rather than drop it, leaving the mark as it was.
type State interface {
	Read(id string) bool
	SetRead(id string, read bool) error
	Bookmarked(id string) bool
	SetBookmarked(id string, on bool) error
}

// Summarize makes a list row from a parsed article.
func Summarize(a article.Article) Summary {
	s := Summary{ID: a.ID, File: a.File, Path: a.Path, Title: a.Title, Comments: -1}
	if a.Date != nil {
		s.Date = *a.Date
	}
	if a.Source != nil {
		s.Domain = a.Source.Domain
	}
	if a.Comments != nil {
		s.Comments = *a.Comments
	}
	return s
}
