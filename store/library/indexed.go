package library

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime/debug"
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
//
// It keeps nothing per article: the rows it sends are the UI's (Rows), an
// article's place in the folder is its id's (article.RelOf), and what the
// index holds is asked of the index.
type Indexed struct {
	ix   *index.Index
	temp string // the temporary cache Close removes; "" for the user's cache

	refresh sync.Mutex // one refresh at a time
	mu      sync.Mutex
	ready   chan struct{} // closed once List has sent the first rows
	readyOn sync.Once
	interim map[string]bool // ids of the file names sent before the index's rows that it does not hold
	marks   *folderMarks    // nil until Marks is called
	people  tallyState      // see people.go
}

// NewIndexed wraps an open index. The caller closes the index after the UI.
func NewIndexed(ix *index.Index) *Indexed {
	ix.CloseIdle(idleConn)
	return &Indexed{ix: ix, ready: make(chan struct{})}
}

// idleConn is how long a connection to the index stays open unused, its
// pages cached: the length of a pause in typing, not of a reading.
const idleConn = 10 * time.Second

// pollEvery is how often a first run sends the rows indexed so far.
const pollEvery = 2 * time.Second

// windowRows is how many rows are sent before the whole list: more than
// the tallest terminal shows.
const windowRows = 300

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

// List sends every row as Summaries: ListRows for a caller that does not
// take Rows.
func (x *Indexed) List(ctx context.Context, emit func([]Summary), progress func(done, total int)) error {
	return x.ListRows(ctx, func(b Batch) {
		if b.Rows == nil {
			emit(b.Window)
			return
		}
		const chunk = 4096
		var out []Summary
		for _, i := range b.Rows.Order(ByName) {
			if out = append(out, b.Rows.Summary(int(i))); len(out) == chunk {
				emit(out)
				out = nil
			}
		}
		if len(out) > 0 {
			emit(out)
		}
	}, progress)
}

// ListRows sends the first screen of the list, then the whole list. An
// indexed folder's first rows come from the index in the order the list
// opens in (newest first when most articles state a date), the index is
// brought up to date, and the whole list is read into Rows. An empty index
// (the first run) sends the folder's file names, then what is indexed so
// far every pollEvery while it is built.
func (x *Indexed) ListRows(ctx context.Context, send func(Batch), progress func(done, total int)) error {
	defer x.readyOn.Do(func() { close(x.ready) })
	empty, err := x.ix.Empty(ctx)
	if err != nil {
		return err
	}
	var rows *Rows
	if !empty {
		rows, err = x.listIndexed(ctx, send, progress)
	} else {
		rows, err = x.firstRun(ctx, send, progress)
	}
	if err != nil {
		return err
	}
	x.adoptLegacyMarks(rows)
	send(Batch{Rows: rows})
	x.ix.ReleaseIdle()
	releaseMemory()
	return nil
}

// releaseMemory gives the operating system back what reading the list
// left: the first screen's rows, the orders' scratch, a refresh's maps.
// Go keeps freed memory a while, and the list of a million rows leaves
// as much again (issue 16: the UI within 300 MiB at 1M).
func releaseMemory() {
	debug.FreeOSMemory()
}

func (x *Indexed) listIndexed(ctx context.Context, send func(Batch), progress func(done, total int)) (*Rows, error) {
	exact, err := x.sendWindow(ctx, send)
	if err != nil {
		return nil, err
	}
	defer exact() // before the whole list is sent
	x.refresh.Lock()
	_, err = x.ix.Refresh(ctx, false, progress)
	x.refresh.Unlock()
	x.ix.ReleaseIdle() // the refresh's page cache, not needed to read the list
	if err != nil && ctx.Err() != nil {
		return nil, err
	}
	// A refresh that failed leaves the index as it was: listed as it is,
	// and the watch's refresh tries again.
	return x.load(ctx)
}

// sendWindow sends the first windowRows rows in the order the list will
// open in, and the share of articles that state a date that decides it.
// Each is read from an index of the database, in milliseconds, but the
// first by name in a folder of subfolders, which reads every path (half a
// second at 1M): then the first by path go at once, and the first by name
// after them, from a goroutine that wait waits for.
func (x *Indexed) sendWindow(ctx context.Context, send func(Batch)) (wait func(), err error) {
	wait = func() {}
	stated, of, err := x.ix.StatedShare(ctx)
	if err != nil {
		return wait, err
	}
	window := func(first []index.Summary) {
		b := Batch{Window: make([]Summary, len(first)), Stated: stated, Of: of}
		for i, s := range first {
			b.Window[i] = fromIndex(s)
		}
		send(b)
	}
	if DefaultOrder(stated, of) == ByDate {
		first, err := x.ix.Newest(ctx, windowRows)
		if err == nil {
			window(first)
		}
		return wait, err
	}
	first, err := x.ix.FirstByPath(ctx, windowRows)
	if err != nil {
		return wait, err
	}
	window(first) // the first by name too when the paths sort as the names
	if one, err := x.ix.OneFolder(ctx); err != nil || one {
		return wait, err
	}
	// The first by name may be elsewhere: they join the rows sent, and
	// being the first by name they are the top of the list.
	done := make(chan struct{})
	go func() {
		defer close(done)
		if first, err := x.ix.FirstByName(ctx, windowRows); err == nil {
			window(first)
		}
	}()
	return func() { <-done }, nil
}

// DefaultOrder is the order a list opens in: newest first when most of
// its articles state a date (the file's time, which every article has,
// does not count), else by name (issue 14).
func DefaultOrder(stated, of int) Order {
	if stated*2 > of {
		return ByDate
	}
	return ByName
}

// firstRun builds the index, sending the folder's file names at once and
// the rows indexed so far every pollEvery.
func (x *Indexed) firstRun(ctx context.Context, send func(Batch), progress func(done, total int)) (*Rows, error) {
	x.sendNames(send)
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
				return nil, err
			}
			return x.load(ctx)
		case <-t.C:
			rows, err := x.load(ctx)
			if err != nil {
				return nil, err
			}
			send(Batch{Rows: rows})
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// load reads the whole list from the index. Names sent before it that it
// holds are no longer interim.
func (x *Indexed) load(ctx context.Context) (*Rows, error) {
	x.mu.Lock()
	interim := x.interim
	x.mu.Unlock()
	rows := NewRows(x.ix.Dir())
	if n, err := x.ix.RowCount(ctx); err == nil {
		rows.recs = make([]rec, 0, n+n/64) // not twice what is needed, as growing by append would
	}
	var d article.Date
	err := x.ix.EachRow(ctx, func(rel, title, domain []byte, comments int, date, from []byte) error {
		d = article.Date{}
		if len(date) > 0 {
			d = dateOf(date, from)
		}
		if !rows.appendRel(rel, title, string(domain), comments, d) {
			return errTooMany
		}
		if len(interim) > 0 {
			x.mu.Lock()
			delete(x.interim, article.IDOf(string(rel)))
			x.mu.Unlock()
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	rows.sortAll()
	return rows, nil
}

var errTooMany = errors.New("too many articles to list: names and titles pass 4 GiB")

// dateOf is the index's date columns as an article.Date. The strings come
// from a few thousand distinct values, which the rows intern.
func dateOf(value, from []byte) article.Date {
	p := "day"
	switch len(value) {
	case 4:
		p = "year"
	case 7:
		p = "month"
	}
	return article.Date{Value: string(value), Precision: p, From: string(from)}
}

// sendNames sends a row per file name in the folder, titled by its name,
// so that the list is there to move in at once: building the index takes
// minutes. The index's rows replace them.
func (x *Indexed) sendNames(send func(Batch)) {
	entries, err := os.ReadDir(x.ix.Dir())
	if err != nil {
		return
	}
	rows := make([]Summary, 0, len(entries))
	x.mu.Lock()
	x.interim = make(map[string]bool, len(entries))
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || !isArticleName(name) {
			continue
		}
		id := article.IDOf(name) // as the index will list it
		rows = append(rows, Summary{ID: id, File: name, Path: filepath.Join(x.ix.Dir(), name), Comments: -1})
		x.interim[id] = true
	}
	x.mu.Unlock()
	if len(rows) > 0 {
		send(Batch{Window: rows, Of: len(rows)})
	}
}

// isArticleName is the index's rule: a .txt file that is not hidden.
func isArticleName(name string) bool {
	return len(name) > 4 && strings.EqualFold(name[len(name)-4:], ".txt") && !strings.HasPrefix(name, ".")
}

// Watch first brings the index up to date with what changed while the
// list was read, then follows the folder: each batch of changed files goes
// to the index, and the index's rows for them to the UI, so that a live
// row is the row a later List would give.
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
		c.Rows, err = x.load(ctx)
	}
	x.ix.ReleaseIdle()
	go releaseMemory() // what the refresh compared (its maps of every row), while the watch starts
	// Names sent before the index answered that the index does not hold
	// (files it skips, say) go now.
	x.mu.Lock()
	for id := range x.interim {
		c.Removed = append(c.Removed, id)
	}
	x.interim = nil
	x.mu.Unlock()
	if err == nil && (c.Rows != nil || len(c.Removed) > 0) {
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

// update indexes the changed paths and reads their rows back; a path the
// index does not hold (any more) is an article removed.
func (x *Indexed) update(ctx context.Context, paths []string) Change {
	x.refresh.Lock()
	_, err := x.ix.Update(ctx, paths)
	x.refresh.Unlock()
	if err != nil {
		return Change{}
	}
	var c Change
	for _, p := range paths {
		r, ok, err := x.ix.Get(ctx, p)
		switch {
		case err != nil:
			continue
		case ok:
			c.Added = append(c.Added, fromIndex(r))
		default:
			if rel, err := filepath.Rel(x.ix.Dir(), p); err == nil && isArticleName(filepath.Base(rel)) && !strings.HasPrefix(rel, "..") {
				c.Removed = append(c.Removed, article.IDOf(filepath.ToSlash(rel)))
			}
		}
	}
	return c
}

// pathOf is the file the id names in the folder.
func (x *Indexed) pathOf(id string) (string, bool) {
	rel, ok := article.RelOf(id)
	if !ok {
		return "", false
	}
	return filepath.Join(x.ix.Dir(), filepath.FromSlash(rel)), true
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
		p, ok := x.pathOf(id)
		if !ok {
			continue
		}
		sum, ok, err := x.ix.Get(ctx, p)
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
