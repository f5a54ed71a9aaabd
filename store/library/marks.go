package library

import (
	"context"
	"errors"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/state"
)

// folderMarks is the State of an Indexed library: the UI names articles by
// Summary.ID, the state keeps marks by the article's path in its folder
// (store/state says why), and the library knows which path each ID it sent
// stands for.
type folderMarks struct {
	x *Indexed
	m *state.Marks
}

// errGone is a mark asked for an article the library no longer lists.
var errGone = errors.New("the article is no longer in the folder")

// Marks binds the marks of this library's folder, as state.(*State).Folder
// opened them, to the IDs of the rows it sends.
func (x *Indexed) Marks(m *state.Marks) State {
	fm := &folderMarks{x: x, m: m}
	x.mu.Lock()
	x.marks = fm
	x.mu.Unlock()
	return fm
}

// rel is the article's path relative to the folder, with '/'.
func (x *Indexed) rel(id string) (string, bool) { return article.RelOf(id) }

// held is rel for an article the index holds: a mark is not written for
// one that went.
func (x *Indexed) held(id string) (string, bool) {
	p, ok := x.pathOf(id)
	if !ok {
		return "", false
	}
	if _, ok, err := x.ix.Get(context.Background(), p); err != nil || !ok {
		return "", false
	}
	return x.rel(id)
}

func (f *folderMarks) Read(id string) bool {
	rel, ok := f.x.rel(id)
	return ok && f.m.Read(rel)
}

func (f *folderMarks) Bookmarked(id string) bool {
	rel, ok := f.x.rel(id)
	return ok && f.m.Bookmarked(rel)
}

func (f *folderMarks) SetRead(id string, on bool) error {
	rel, ok := f.x.held(id)
	if !ok {
		return errGone
	}
	return f.m.SetRead(rel, on)
}

func (f *folderMarks) SetBookmarked(id string, on bool) error {
	rel, ok := f.x.held(id)
	if !ok {
		return errGone
	}
	return f.m.SetBookmarked(rel, on)
}

// adoptLegacyMarks gives the marks an older kiosk kept by bare file name
// to the articles of this folder that bear the name, once the index has
// listed them all (see state.Marks.Adopt).
func (x *Indexed) adoptLegacyMarks(rows *Rows) {
	x.mu.Lock()
	fm := x.marks
	x.mu.Unlock()
	if fm == nil || rows == nil {
		return
	}
	rels := make([]string, 0, rows.Len())
	for _, i := range rows.Order(ByName) {
		rels = append(rels, rows.get(rows.recs[i].rel)) // shares the rows' bytes
	}
	// A failure leaves the legacy marks where they are, for the next run.
	_, _ = fm.m.Adopt(rels)
}

// Queries is the folder's search history, oldest first (see state.Marks).
func (f *folderMarks) Queries() ([]string, error) { return f.m.Queries() }

// AddQuery keeps q last in the folder's search history, durably.
func (f *folderMarks) AddQuery(q string) error { return f.m.AddQuery(q) }
