package state

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/kioskreader/kiosk/store/sanitize"
)

// The search history: the queries searched in a folder, newest last, kept
// with the folder's marks (the same folders row, so it follows the folder
// as its marks do). It is bounded, holds each query once, and holds no
// control byte: a query is cleaned before it is kept and again when read,
// as the database is the user's file, not kiosk's memory.

// MaxHistory is how many queries a folder keeps.
const MaxHistory = 200

// maxQueryBytes bounds one query kept; the prompt takes 200 characters.
const maxQueryBytes = 1024

// historySince is the schema version that added the history table.
const historySince = 3

const historyTable = `CREATE TABLE history(
	folder INTEGER NOT NULL REFERENCES folders(id),
	query TEXT NOT NULL,
	used INTEGER NOT NULL, -- a counter per folder: the newest use is the largest
	PRIMARY KEY(folder, query)
) WITHOUT ROWID;`

var historyColumns = []string{"folder", "query", "used"}

// addHistory brings a database of an older schema to historySince, in the
// caller's transaction (check's): two kiosks starting at once cannot both
// add it.
func addHistory(tx *sql.Tx) error {
	_, err := tx.Exec(historyTable + fmt.Sprintf("PRAGMA user_version=%d;", historySince))
	return err
}

// v2Tables is the schema of version 2: version 3's less the history.
func v2Tables() map[string][]string {
	out := map[string][]string{}
	for name, cols := range tables {
		if name != "history" {
			out[name] = cols
		}
	}
	return out
}

// cleanQuery is a query as it may be kept and shown: one line, no control
// byte, no space around it, bounded; "" when nothing is left.
func cleanQuery(q string) string {
	q = strings.TrimSpace(sanitize.Line(q))
	if len(q) > maxQueryBytes {
		n := maxQueryBytes
		for n > 0 && !utf8.RuneStart(q[n]) {
			n--
		}
		q = strings.TrimSpace(q[:n])
	}
	return q
}

// Queries is the folder's history, oldest first, each query once.
func (m *Marks) Queries() ([]string, error) {
	m.mu.Lock()
	if m.history != nil || m.folder == 0 || m.s.reader() == nil {
		out := append([]string(nil), m.history...)
		m.mu.Unlock()
		return out, nil
	}
	m.mu.Unlock()
	rows, err := m.s.reader().Query("SELECT query FROM history WHERE folder=? ORDER BY used DESC LIMIT ?", m.folder, MaxHistory)
	if err != nil {
		if m.s.db == nil { // a read-only database of schema 2 has no history
			return nil, nil
		}
		return nil, fmt.Errorf("cannot read the search history: %w", err)
	}
	defer rows.Close()
	var newest []string
	seen := map[string]bool{}
	for rows.Next() {
		var q string
		if err := rows.Scan(&q); err != nil {
			return nil, fmt.Errorf("cannot read the search history: %w", err)
		}
		if q = cleanQuery(q); q != "" && !seen[q] {
			seen[q] = true
			newest = append(newest, q)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("cannot read the search history: %w", err)
	}
	out := make([]string, len(newest))
	for i, q := range newest {
		out[len(newest)-1-i] = q
	}
	m.mu.Lock()
	if m.history == nil { // an AddQuery that came first knows better
		m.history = append([]string{}, out...)
	}
	out = append([]string(nil), m.history...)
	m.mu.Unlock()
	return out, nil
}

// errEmptyQuery is a query with nothing left to keep once cleaned.
var errEmptyQuery = errors.New("an empty query is not kept")

// AddQuery puts q last in the history, durably, before returning: once if
// it was there already, the oldest dropped past MaxHistory. On an error
// the history stays as it was.
func (m *Marks) AddQuery(q string) error {
	q = cleanQuery(q)
	if q == "" {
		return errEmptyQuery
	}
	if _, err := m.Queries(); err != nil { // the list to add to
		return err
	}
	m.s.wmu.Lock()
	defer m.s.wmu.Unlock()
	if m.s.db != nil && m.folder != 0 {
		if err := m.addOnDisk(q); err != nil {
			return fmt.Errorf("cannot save the search history: %w", err)
		}
	}
	m.mu.Lock()
	h := m.history[:0:0]
	for _, old := range m.history {
		if old != q {
			h = append(h, old)
		}
	}
	h = append(h, q)
	if len(h) > MaxHistory {
		h = h[len(h)-MaxHistory:]
	}
	m.history = h
	m.mu.Unlock()
	return nil
}

// addOnDisk writes q as the newest use, and drops what falls past
// MaxHistory, in one transaction.
func (m *Marks) addOnDisk(q string) error {
	tx, err := m.s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	_, err = tx.Exec(`INSERT INTO history(folder, query, used)
		VALUES(?1, ?2, (SELECT coalesce(max(used), 0) + 1 FROM history WHERE folder=?1))
		ON CONFLICT(folder, query) DO UPDATE SET used=excluded.used`, m.folder, q)
	if err != nil {
		return err
	}
	_, err = tx.Exec(`DELETE FROM history WHERE folder=?1 AND used <= (
		SELECT used FROM history WHERE folder=?1 ORDER BY used DESC LIMIT 1 OFFSET ?2)`, m.folder, MaxHistory)
	if err != nil {
		return err
	}
	return tx.Commit()
}
