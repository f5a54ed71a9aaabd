package state

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/kioskreader/kiosk/store/sanitize"
)

// View is how the UI last left a folder: the article selected, the list's
// order and its filter, each as the UI names it. It is kept per folder (the
// folders row, so it follows the folder as its marks do), and it is read
// back as the user's file, not kiosk's memory: cleaned and bounded.
type View struct {
	Selected string // the article's id
	Sort     string // "name", "comments", …
	Filter   string // "", "unread", "bookmarks"
}

// viewsSince is the schema version that added the views table.
const viewsSince = historySince + 1

const viewsTable = `CREATE TABLE views(
	folder INTEGER PRIMARY KEY REFERENCES folders(id),
	selected TEXT NOT NULL,
	sort TEXT NOT NULL,
	filter TEXT NOT NULL,
	changed INTEGER NOT NULL
);`

var viewsColumns = []string{"folder", "selected", "sort", "filter", "changed"}

// addViews brings a database of an older schema to viewsSince, in the
// caller's transaction (check's).
func addViews(tx *sql.Tx) error {
	_, err := tx.Exec(viewsTable + fmt.Sprintf("PRAGMA user_version=%d;", viewsSince))
	return err
}

// without is a schema's tables less one, for the versions before that one
// was added.
func without(tables map[string][]string, name string) map[string][]string {
	out := map[string][]string{}
	for n, cols := range tables {
		if n != name {
			out[n] = cols
		}
	}
	return out
}

// maxViewField bounds each field kept: an id is a path in the folder.
const maxViewField = 4096

// cleanView keeps a view's fields one line each, without control bytes,
// bounded; a field too long is dropped rather than cut (a cut id names no
// article).
func cleanView(v View) View {
	clean := func(s string) string {
		s = strings.TrimSpace(sanitize.Line(s))
		if len(s) > maxViewField {
			return ""
		}
		return s
	}
	return View{Selected: clean(v.Selected), Sort: clean(v.Sort), Filter: clean(v.Filter)}
}

// View is the folder's view as last saved; the zero View when none was.
func (m *Marks) View() (View, error) {
	db := m.s.reader()
	if db == nil || m.folder == 0 {
		m.mu.Lock()
		defer m.mu.Unlock()
		return m.view, nil
	}
	var v View
	err := db.QueryRow("SELECT selected, sort, filter FROM views WHERE folder=?", m.folder).Scan(&v.Selected, &v.Sort, &v.Filter)
	if errors.Is(err, sql.ErrNoRows) {
		return View{}, nil
	}
	if err != nil {
		return View{}, fmt.Errorf("cannot read how the folder was left: %w", err)
	}
	return cleanView(v), nil
}

// SaveView keeps the folder's view, durably, before returning; in memory
// only when the marks are.
func (m *Marks) SaveView(v View) error {
	v = cleanView(v)
	m.s.wmu.Lock()
	defer m.s.wmu.Unlock()
	if m.s.db != nil && m.folder != 0 {
		_, err := m.s.db.Exec(`INSERT INTO views(folder, selected, sort, filter, changed) VALUES(?, ?, ?, ?, ?)
			ON CONFLICT(folder) DO UPDATE SET selected=excluded.selected, sort=excluded.sort,
			filter=excluded.filter, changed=excluded.changed`,
			m.folder, v.Selected, v.Sort, v.Filter, time.Now().Unix())
		if err != nil {
			return fmt.Errorf("cannot save how the folder was left: %w", err)
		}
	}
	m.mu.Lock()
	m.view = v
	m.mu.Unlock()
	return nil
}
