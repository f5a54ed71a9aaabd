// Package ui is kiosk's terminal interface: a Bubble Tea program with one
// model per pane (list, reader, panels, search prompt, help, status bar)
// under a root model that routes messages and lays the panes out.
//
// The panes read the folder through the Library interface, so the same UI
// runs on a plain folder scan (Folder) or on the search index.
package ui

import (
	"context"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
)

// Summary is one row of the article list: what the list shows and sorts by.
// Every string is terminal-safe (it comes from article.Parse or the index).
type Summary struct {
	ID       string
	File     string
	Path     string
	Title    string
	Domain   string // "" when the article has no checked source
	Comments int    // -1 when the file has no comment footer
}

// Results answers a search: the matching IDs in rank order and how many
// matched in all (Total may exceed len(IDs) when the library caps them).
type Results struct {
	IDs   []string
	Total int
}

// Change is what a live update brings: new or rewritten articles, and the
// IDs of those that went.
type Change struct {
	Added   []Summary
	Removed []string
}

// Library is what the UI needs of an article folder. Methods are called from
// tea.Cmd goroutines, never from Update, so they may block; they must be safe
// for concurrent use.
type Library interface {
	// List sends every article, in batches, to emit, and how far it got to
	// progress (total is 0 while unknown). It returns when all are sent.
	List(ctx context.Context, emit func([]Summary), progress func(done, total int)) error
	// Article reads and parses one article.
	Article(ctx context.Context, s Summary) (article.Article, error)
	// Search returns the articles matching query, best first.
	Search(ctx context.Context, query string) (Results, error)
	// Actor returns the articles that name the actor.
	Actor(ctx context.Context, name string, kind actors.Kind) (Results, error)
}

// Watcher is a Library that reports changes to the folder while kiosk runs.
type Watcher interface {
	// Watch calls changed for each batch of changes until ctx ends.
	Watch(ctx context.Context, changed func(Change)) error
}

// State keeps the reader's marks. Calls come from Update, so they must be
// quick (an in-memory set, written through in the background).
type State interface {
	Read(id string) bool
	SetRead(id string, read bool) error
	Bookmarked(id string) bool
	SetBookmarked(id string, on bool) error
}

// summarize makes a list row from a parsed article.
func summarize(a article.Article) Summary {
	s := Summary{ID: a.ID, File: a.File, Path: a.Path, Title: a.Title, Comments: -1}
	if a.Source != nil {
		s.Domain = a.Source.Domain
	}
	if a.Comments != nil {
		s.Comments = *a.Comments
	}
	return s
}
