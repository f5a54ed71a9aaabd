package library

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/index"
	"github.com/kioskreader/kiosk/store/scan"
)

// Indexed is a Library over the folder's search index: the list comes from
// the index, a refresh at start brings in what changed while kiosk was not
// running, and fsnotify what changes while it runs.
type Indexed struct {
	ix   *index.Index
	temp string // the temporary cache Close removes; "" for the user's cache

	refresh sync.Mutex // one refresh at a time
	mu      sync.Mutex
	known   map[string]Summary // what the UI was sent, by ID
	ready   chan struct{}      // closed once List has sent the first rows
	readyOn sync.Once
	interim map[string]string // file names by ID, sent before the index's rows
	marks   *folderMarks      // nil until Marks is called
	people  tallyState        // see people.go
}

// NewIndexed wraps an open index. The caller closes the index after the UI.
func NewIndexed(ix *index.Index) *Indexed {
	return &Indexed{ix: ix, known: map[string]Summary{}, ready: make(chan struct{})}
}

// pollEvery is how often a first run sends the rows indexed so far.
const pollEvery = 2 * time.Second

// resultLimit caps the ranked results a search shows: scoring and listing
// all of a word found in most of 100k articles would take too long to type.
const resultLimit = 2000

func fromIndex(s index.Summary) Summary {
	out := Summary{ID: s.ID, File: s.File, Path: s.Path, Title: s.Title, Domain: s.Domain, Comments: -1}
	if s.Date != nil {
		out.Date = *s.Date
	}
	if s.Comments != nil {
		out.Comments = *s.Comments
	}
	return out
}

// List sends the folder's file names at once, then what the index holds.
// An empty index (the first run) is built while the rows it has so far are
// sent every pollEvery.
func (x *Indexed) List(ctx context.Context, emit func([]Summary), progress func(done, total int)) error {
	defer x.readyOn.Do(func() { close(x.ready) })
	x.mu.Lock()
	x.known = map[string]Summary{} // every row again, as the UI starts afresh
	x.mu.Unlock()
	err := x.list(ctx, emit, progress)
	if err == nil {
		x.adoptLegacyMarks()
	}
	return err
}

func (x *Indexed) list(ctx context.Context, emit func([]Summary), progress func(done, total int)) error {
	n, err := x.ix.Len(ctx)
	if err != nil {
		return err
	}
	x.sendNames(emit)
	if n > 0 { // no progress to show: reading the rows is one query
		return x.sync(ctx, emit, nil)
	}
	done := make(chan error, 1)
	go func() {
		x.refresh.Lock()
		defer x.refresh.Unlock()
		_, err := x.ix.Refresh(ctx, false, progress)
		done <- err
	}()
	t := time.NewTicker(pollEvery)
	defer t.Stop()
	for {
		select {
		case err := <-done:
			if err != nil {
				return err
			}
			return x.sync(ctx, emit, nil)
		case <-t.C:
			if err := x.sync(ctx, emit, nil); err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// sendNames sends a row per file name in the folder, titled by its name,
// so that the list is there to move in at once: reading 100k rows from the
// index takes most of a second, building it minutes. The index's rows
// replace them.
func (x *Indexed) sendNames(emit func([]Summary)) {
	entries, err := os.ReadDir(x.ix.Dir())
	if err != nil {
		return
	}
	rows := make([]Summary, 0, len(entries))
	x.mu.Lock()
	x.interim = make(map[string]string, len(entries))
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || !isArticleName(name) {
			continue
		}
		id := article.IDOf(name) // as the index will list it
		rows = append(rows, Summary{ID: id, File: name, Path: filepath.Join(x.ix.Dir(), name), Comments: -1})
		x.interim[id] = name
	}
	x.mu.Unlock()
	if len(rows) > 0 {
		emit(rows)
	}
}

// isArticleName is the index's rule: a .txt file that is not hidden.
func isArticleName(name string) bool {
	return len(name) > 4 && strings.EqualFold(name[len(name)-4:], ".txt") && !strings.HasPrefix(name, ".")
}

// sync lists the index and sends what differs from what was sent before.
func (x *Indexed) sync(ctx context.Context, emit func([]Summary), removed func([]string)) error {
	rows, err := x.ix.List(ctx)
	if err != nil {
		return err
	}
	x.mu.Lock()
	var added []Summary
	seen := make(map[string]bool, len(rows))
	for _, r := range rows {
		s := fromIndex(r)
		seen[s.ID] = true
		if old, ok := x.known[s.ID]; !ok || old != s {
			added = append(added, s)
			x.known[s.ID] = s
		}
	}
	var gone []string
	for id := range x.known {
		if !seen[id] {
			gone = append(gone, id)
			delete(x.known, id)
		}
	}
	x.mu.Unlock()
	if len(added) > 0 {
		emit(added)
	}
	if len(gone) > 0 && removed != nil {
		removed(gone)
	}
	return nil
}

// Watch first brings the index up to date with what changed since it was
// last used, then follows the folder: each batch of changed files goes to
// the index, and the index's rows for them to the UI, so a live row is the
// row a later List would give.
func (x *Indexed) Watch(ctx context.Context, changed func(Change)) error {
	select {
	case <-x.ready:
	case <-ctx.Done():
		return nil
	}
	x.refresh.Lock()
	st, err := x.ix.Refresh(ctx, false, nil)
	x.refresh.Unlock()
	var c Change
	if err == nil && st.Added+st.Changed+st.Removed > 0 {
		err = x.sync(ctx, func(s []Summary) { c.Added = s }, func(ids []string) { c.Removed = ids })
	}
	// Names sent before the index answered that the index does not hold
	// (files it skips, say) go now.
	x.mu.Lock()
	for id := range x.interim {
		if _, ok := x.known[id]; !ok {
			c.Removed = append(c.Removed, id)
		}
	}
	x.interim = nil
	x.mu.Unlock()
	if err == nil && len(c.Added)+len(c.Removed) > 0 {
		changed(c)
	}
	return watchDir(ctx, x.ix.Dir(), func(paths []string, gone, back bool) {
		c := x.update(ctx, paths)
		c.Gone, c.Back = gone, back
		if len(c.Added)+len(c.Removed) > 0 || gone || back {
			changed(c)
		}
	})
}

// update indexes the changed paths and reads their rows back.
func (x *Indexed) update(ctx context.Context, paths []string) Change {
	x.refresh.Lock()
	_, err := x.ix.Update(ctx, paths)
	x.refresh.Unlock()
	if err != nil {
		return Change{}
	}
	byPath := x.idsByPath()
	var c Change
	for _, p := range paths {
		r, ok, err := x.ix.Get(ctx, p)
		switch {
		case err != nil:
			continue
		case ok:
			c.Added = append(c.Added, fromIndex(r))
		case byPath[p] != "":
			c.Removed = append(c.Removed, byPath[p])
		}
	}
	x.mu.Lock()
	for _, id := range c.Removed {
		delete(x.known, id)
	}
	for _, s := range c.Added {
		x.known[s.ID] = s
	}
	x.mu.Unlock()
	return c
}

func (x *Indexed) idsByPath() map[string]string {
	x.mu.Lock()
	defer x.mu.Unlock()
	m := make(map[string]string, len(x.known))
	for id, s := range x.known {
		m[s.Path] = id
	}
	return m
}

// Article reads and parses the file.
func (x *Indexed) Article(ctx context.Context, s Summary) (article.Article, error) {
	data, err := scan.ReadFile(s.Path, x.ix.MaxSize)
	if err != nil {
		return article.Article{}, err
	}
	var mtime time.Time // when it was scraped: dated as the list dates it
	if fi, err := os.Stat(s.Path); err == nil {
		mtime = fi.ModTime()
	}
	a := article.ParseAt(s.Path, data, mtime)
	a.ID = s.ID // the parser knows only the file's name, the index its place
	return a, nil
}

// Search ranks the matches with BM25. Typing a query, one with nothing to
// look for (only "-", say) matches nothing rather than failing; read Whole,
// it is the error kiosk search gives.
func (x *Indexed) Search(ctx context.Context, query string, mode QueryMode) (Results, error) {
	q, err := ParseQuery(query, mode)
	if err != nil || q == nil {
		return Results{}, err
	}
	hits, err := x.ix.Search(ctx, *q, index.Ranked, resultLimit)
	if err != nil {
		return Results{}, err
	}
	r := Results{IDs: make([]string, len(hits)), Total: len(hits)}
	for i, h := range hits {
		r.IDs[i] = h.ID
	}
	if len(hits) == resultLimit {
		if n, err := x.ix.Count(ctx, *q); err == nil {
			r.Total = n
		}
	}
	return r, nil
}

// ParseQuery reads query as mode says; a nil query (and no error) is one
// being typed that has nothing to look for yet.
func ParseQuery(query string, mode QueryMode) (*index.Query, error) {
	if mode == Whole {
		if err := index.CheckQuery(query); err != nil {
			return nil, err
		}
		q, err := index.ParseQuery(query)
		return &q, err
	}
	q, err := index.ParseTyping(query)
	if errors.Is(err, index.ErrEmptyQuery) || errors.Is(err, index.ErrOnlyExcluded) {
		return nil, nil
	}
	return &q, err
}

// Snippets cuts the snippets of the articles ids as kiosk search does
// (index.Snippets), from the index's summary of each (its language).
func (x *Indexed) Snippets(ctx context.Context, query string, mode QueryMode, ids []string) (map[string]Snippet, error) {
	q, err := ParseQuery(query, mode)
	if err != nil || q == nil {
		return nil, err
	}
	var hits []index.Hit
	for _, id := range ids {
		x.mu.Lock()
		s, ok := x.known[id]
		x.mu.Unlock()
		if !ok {
			continue
		}
		sum, ok, err := x.ix.Get(ctx, s.Path)
		if err != nil {
			return nil, err
		}
		if ok {
			sum.ID = id
			hits = append(hits, index.Hit{Summary: sum})
		}
	}
	out := make(map[string]Snippet, len(hits))
	for i, sn := range x.ix.Snippets(hits, *q) {
		out[hits[i].ID] = sn
	}
	return out, nil
}

// Actor lists the articles naming the actor, by name or alias.
func (x *Indexed) Actor(ctx context.Context, name string, kind actors.Kind) (Results, error) {
	rows, err := x.ix.WithActor(ctx, name)
	if err != nil {
		return Results{}, err
	}
	r := Results{IDs: make([]string, len(rows)), Total: len(rows)}
	for i, s := range rows {
		r.IDs[i] = s.ID
	}
	return r, nil
}
