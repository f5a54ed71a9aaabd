package state

import (
	"database/sql"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// Marks are the marks of the articles of one folder, by the article's path
// relative to the folder, with '/' ("2025/01/a.txt"). Read and Bookmarked
// answer from memory; SetRead and SetBookmarked write to disk first. It is
// safe for concurrent use.
type Marks struct {
	s      *State
	folder int64 // the folders row; 0 when nothing is on disk

	mu        sync.Mutex
	read      map[string]bool
	bookmarks map[string]bool
	history   []string // the search history, oldest first; nil until read (history.go)
}

// Folder opens the marks of the folder dir. The folder is known by its
// absolute path and, where the system has them, by its device and inode:
//
//   - a path seen before is that folder, even if what is there now is a
//     new folder (re-created, restored, cloned again): it is the folder the
//     user names so;
//   - a path not seen before, whose device and inode are those of a known
//     folder, is that folder renamed or moved on the same filesystem (or
//     reached through a link): its marks follow, and its path is recorded
//     anew when the old path no longer leads to it;
//   - anything else, a copy included, is a new folder with no marks.
//
// Marks an older kiosk kept by bare file name go to the first folder that
// holds an article of that name at its top (and, through Adopt, below).
func (s *State) Folder(dir string) (*Marks, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	m := &Marks{s: s, read: map[string]bool{}, bookmarks: map[string]bool{}}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	dev, ino, _ := fileID(abs)
	switch {
	case s.db != nil:
		m.folder, err = resolve(s.db, abs, dev, ino)
	case s.rdb != nil:
		m.folder, err = lookup(s.rdb, abs, dev, ino)
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read the marks of %s: %w", abs, err)
	}
	if db := s.reader(); db != nil && m.folder != 0 {
		if err := m.load(db); err != nil {
			return nil, fmt.Errorf("cannot read the marks of %s: %w", abs, err)
		}
	}
	if err := m.adoptLocked(topLevelNames(abs, s.legacyNames())); err != nil {
		return nil, err
	}
	return m, nil
}

// resolve finds the folder's row, or makes one, as Folder says.
func resolve(db *sql.DB, abs string, dev, ino uint64) (int64, error) {
	tx, err := db.Begin()
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	id, moved, err := find(tx, abs, dev, ino)
	switch {
	case err != nil:
		return 0, err
	case id == 0:
		var res sql.Result
		if res, err = tx.Exec("INSERT INTO folders(path, dev, ino) VALUES(?, ?, ?)", abs, int64(dev), int64(ino)); err == nil {
			id, err = res.LastInsertId()
		}
	case moved:
		_, err = tx.Exec("UPDATE folders SET path=?, dev=?, ino=? WHERE id=?", abs, int64(dev), int64(ino), id)
	case ino != 0:
		_, err = tx.Exec("UPDATE folders SET dev=?, ino=? WHERE id=?", int64(dev), int64(ino), id)
	}
	if err != nil {
		return 0, err
	}
	return id, tx.Commit()
}

// lookup finds the folder's row in a database that cannot be written.
func lookup(db *sql.DB, abs string, dev, ino uint64) (int64, error) {
	tx, err := db.Begin()
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	id, _, err := find(tx, abs, dev, ino)
	return id, err
}

// find is the folder's row: by path, else by device and inode. moved says
// the row's path should become abs: the old one no longer leads there.
func find(tx *sql.Tx, abs string, dev, ino uint64) (id int64, moved bool, err error) {
	err = tx.QueryRow("SELECT id FROM folders WHERE path=?", abs).Scan(&id)
	if err != sql.ErrNoRows || ino == 0 {
		return id, false, err
	}
	rows, err := tx.Query("SELECT id, path FROM folders WHERE ino=? AND dev=? ORDER BY id", int64(ino), int64(dev))
	if err != nil {
		return 0, false, err
	}
	defer rows.Close()
	if rows.Next() { // the oldest row of that identity
		var old string
		if err := rows.Scan(&id, &old); err != nil {
			return 0, false, err
		}
		d, i, ok := fileID(old)
		return id, !ok || d != dev || i != ino, nil
	}
	return 0, false, rows.Err()
}

func (m *Marks) load(db *sql.DB) error {
	rows, err := db.Query("SELECT rel, read, bookmark FROM marks WHERE folder=?", m.folder)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var rel string
		var f flags
		if err := rows.Scan(&rel, &f.read, &f.bookmark); err != nil {
			return err
		}
		m.apply(rel, f)
	}
	return rows.Err()
}

// apply sets the marks of rel in memory; the caller holds m.mu or owns m.
func (m *Marks) apply(rel string, f flags) {
	set(m.read, rel, f.read)
	set(m.bookmarks, rel, f.bookmark)
}

func set(m map[string]bool, key string, on bool) {
	if on {
		m[key] = true
	} else {
		delete(m, key)
	}
}

// Read reports whether the article at rel is marked read.
func (m *Marks) Read(rel string) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.read[rel]
}

// Bookmarked reports whether the article at rel is bookmarked.
func (m *Marks) Bookmarked(rel string) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.bookmarks[rel]
}

// SetRead marks the article read or unread, durably, before returning; on
// an error the mark stays as it was.
func (m *Marks) SetRead(rel string, read bool) error {
	return m.set(rel, "read", read)
}

// SetBookmarked adds or removes the article's bookmark, durably; on an
// error the bookmark stays as it was.
func (m *Marks) SetBookmarked(rel string, on bool) error {
	return m.set(rel, "bookmark", on)
}

func (m *Marks) set(rel, column string, on bool) error {
	m.s.wmu.Lock()
	defer m.s.wmu.Unlock()
	if m.s.db != nil && m.folder != 0 {
		// column is one of two constants, never input.
		_, err := m.s.db.Exec(`INSERT INTO marks(folder, rel, `+column+`, changed) VALUES(?, ?, ?, ?)
			ON CONFLICT(folder, rel) DO UPDATE SET `+column+`=excluded.`+column+`, changed=excluded.changed`,
			m.folder, rel, on, time.Now().Unix())
		if err == nil && !on {
			_, err = m.s.db.Exec("DELETE FROM marks WHERE folder=? AND rel=? AND NOT read AND NOT bookmark", m.folder, rel)
		}
		if err != nil {
			return fmt.Errorf("cannot save the %s mark: %w", column, err)
		}
	}
	m.mu.Lock()
	if column == "read" {
		set(m.read, rel, on)
	} else {
		set(m.bookmarks, rel, on)
	}
	m.mu.Unlock()
	return nil
}

// ReadSet is a copy of the paths marked read.
func (m *Marks) ReadSet() map[string]bool { return m.copyOf(m.read) }

// Bookmarks is a copy of the bookmarked paths.
func (m *Marks) Bookmarks() map[string]bool { return m.copyOf(m.bookmarks) }

func (m *Marks) copyOf(set map[string]bool) map[string]bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make(map[string]bool, len(set))
	for k := range set {
		out[k] = true
	}
	return out
}

// InMemory reports that these marks will not outlive this process.
func (m *Marks) InMemory() bool { return m.s.db == nil || m.folder == 0 }

// legacyName is how version 1 keyed an article: its base name without .txt.
func legacyName(rel string) string {
	base := path.Base(rel)
	if len(base) > 4 && strings.EqualFold(base[len(base)-4:], ".txt") {
		base = base[:len(base)-4]
	}
	return base
}

func (s *State) legacyNames() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	names := make([]string, 0, len(s.legacy))
	for n := range s.legacy {
		names = append(names, n)
	}
	return names
}

// topLevelNames is the articles at the top of folder abs that bear a
// legacy name: one stat a name, and legacy marks are few and only shrink.
func topLevelNames(abs string, names []string) []string {
	var rels []string
	for _, n := range names {
		if strings.ContainsAny(n, `/\`) || n == "." || n == ".." {
			continue
		}
		for _, ext := range []string{".txt", ".TXT"} {
			if fi, err := os.Stat(filepath.Join(abs, n+ext)); err == nil && fi.Mode().IsRegular() {
				rels = append(rels, n+ext)
				break
			}
		}
	}
	return rels
}

// Adopt gives the marks an older kiosk kept by bare file name to the
// articles of this folder, among rels, that bear the name, and forgets them
// as bare names: the first folder listed that holds the name takes the
// mark, as that kiosk showed it on every such article. It says how many
// articles gained a mark.
func (m *Marks) Adopt(rels []string) (int, error) {
	m.s.wmu.Lock()
	defer m.s.wmu.Unlock()
	before := len(m.ReadSet()) + len(m.Bookmarks())
	err := m.adoptLocked(rels)
	return len(m.ReadSet()) + len(m.Bookmarks()) - before, err
}

// adoptLocked is Adopt with s.wmu held.
func (m *Marks) adoptLocked(rels []string) error {
	s := m.s
	s.mu.Lock()
	claims := map[string][]string{}
	for _, rel := range rels {
		if _, ok := s.legacy[legacyName(rel)]; ok {
			claims[legacyName(rel)] = append(claims[legacyName(rel)], rel)
		}
	}
	legacy := make(map[string]flags, len(claims))
	for name := range claims {
		legacy[name] = s.legacy[name]
	}
	s.mu.Unlock()
	if len(claims) == 0 {
		return nil
	}
	if s.db != nil && m.folder != 0 {
		if err := m.adoptOnDisk(claims); err != nil {
			return fmt.Errorf("cannot adopt the marks of an older kiosk: %w", err)
		}
	}
	m.mu.Lock()
	for name, rs := range claims {
		for _, rel := range rs {
			m.apply(rel, flags{m.read[rel] || legacy[name].read, m.bookmarks[rel] || legacy[name].bookmark})
		}
	}
	m.mu.Unlock()
	s.mu.Lock()
	for name := range claims {
		delete(s.legacy, name)
	}
	s.mu.Unlock()
	return nil
}

func (m *Marks) adoptOnDisk(claims map[string][]string) error {
	tx, err := m.s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for name, rels := range claims {
		for _, rel := range rels {
			_, err := tx.Exec(`INSERT INTO marks(folder, rel, read, bookmark, changed)
				SELECT ?, ?, read, bookmark, changed FROM legacy WHERE name=?
				ON CONFLICT(folder, rel) DO UPDATE SET read = read OR excluded.read, bookmark = bookmark OR excluded.bookmark`,
				m.folder, rel, name)
			if err != nil {
				return err
			}
		}
		if _, err := tx.Exec("DELETE FROM legacy WHERE name=?", name); err != nil {
			return err
		}
	}
	return tx.Commit()
}
