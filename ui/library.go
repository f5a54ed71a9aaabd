// Package ui is kiosk's terminal interface: a Bubble Tea program with one
// model per pane (list, reader, panels, search prompt, help, status bar)
// under a root model that routes messages and lays the panes out. It holds
// only what draws and reacts: it reads the folder through a Library
// (store/library, over the search index) and keeps marks through a State.
package ui

import (
	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/library"
)

// The UI's names for what store/library serves it.
type (
	Summary     = library.Summary
	Results     = library.Results
	Change      = library.Change
	Library     = library.Library
	Watcher     = library.Watcher
	State       = library.State
	MemoryState = library.MemoryState
)

// NewMemoryState returns marks kept in memory for this run.
func NewMemoryState() *MemoryState { return library.NewMemoryState() }

// summarize makes a list row from a parsed article.
func summarize(a article.Article) Summary { return library.Summarize(a) }
