// Package state keeps the reader's own marks (read, bookmarked) in an SQLite
// database of its own under $XDG_STATE_HOME/kiosk. Marks are keyed by
// article ID (the file name without .txt), so they survive reindexing and
// moving the folder. Every change is committed, durably (WAL,
// synchronous=FULL), before the call that makes it returns.
package state

import (
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// FileName is the state database inside the state directory.
const FileName = "state.db"

const version = 1

// State is the reader's marks. Reads come from memory; writes go to the
// database first. It is safe for concurrent use.
type State struct {
	mu        sync.Mutex
	db        *sql.DB // nil when the marks live in memory only
	read      map[string]bool
	bookmarks map[string]bool
}

// Dir is where kiosk keeps its state: $XDG_STATE_HOME/kiosk, else
// ~/.local/state/kiosk.
func Dir(getenv func(string) string) (string, error) {
	if x := getenv("XDG_STATE_HOME"); x != "" && filepath.IsAbs(x) {
		return filepath.Join(x, "kiosk"), nil
	}
	home := getenv("HOME")
	if home == "" {
		h, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("no home directory for the reader's state: %w", err)
		}
		home = h
	}
	return filepath.Join(home, ".local", "state", "kiosk"), nil
}

// Key is the key of an article given by ID, file name or path: its base
// name without the .txt extension.
func Key(article string) string {
	base := filepath.Base(article)
	if len(base) > 4 && strings.EqualFold(base[len(base)-4:], ".txt") {
		base = base[:len(base)-4]
	}
	return base
}

// Open opens the state in directory dir. It always returns a usable State:
// when the directory cannot be written the marks are kept in memory, and a
// database that will not open is moved aside (never overwritten) and a new
// one started; warning then says so in one line for the user. The error is
// only for a State that could not be made at all.
func Open(dir string) (*State, string, error) {
	s := &State{read: map[string]bool{}, bookmarks: map[string]bool{}}
	if err := probe(dir); err != nil {
		s.loadReadOnly(filepath.Join(dir, FileName))
		return s, fmt.Sprintf("kiosk: cannot write the state folder %s (%v); read marks and bookmarks last until kiosk exits",
			dir, errors.Unwrap(err)), nil
	}
	file := filepath.Join(dir, FileName)
	db, err := openDB(file)
	warning := ""
	if err != nil && !transient(err) {
		aside := file + ".broken-" + time.Now().UTC().Format("20060102T150405Z")
		if rerr := moveAside(file, aside); rerr != nil {
			return s, fmt.Sprintf("kiosk: the state file %s cannot be read (%v) nor moved aside (%v); marks last until kiosk exits", file, err, rerr), nil
		}
		warning = fmt.Sprintf("kiosk: the state file %s could not be read (%v); moved it to %s and started a new one", file, err, aside)
		db, err = openDB(file)
	}
	if err != nil {
		return s, fmt.Sprintf("kiosk: cannot open the state file %s (%v); marks last until kiosk exits", file, err), nil
	}
	s.db = db
	if err := s.load(); err != nil {
		db.Close()
		return nil, "", err
	}
	return s, warning, nil
}

// probe is writable; tests run as root replace it, since root writes
// through any permission bits.
var probe = writable

// writable makes dir and checks that a file can be created in it.
func writable(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, ".probe-*")
	if err != nil {
		return err
	}
	f.Close()
	return os.Remove(f.Name())
}

// moveAside renames the database and its WAL files, keeping them whole.
func moveAside(file, aside string) error {
	if err := os.Rename(file, aside); err != nil && !os.IsNotExist(err) {
		return err
	}
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		os.Rename(file+suffix, aside+suffix)
	}
	return nil
}

func dsn(file string, extra string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(file)
	return "file:" + esc + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_txlock=immediate" + extra
}

const schema = `CREATE TABLE IF NOT EXISTS marks(
	id TEXT PRIMARY KEY,
	read INTEGER NOT NULL DEFAULT 0,
	bookmark INTEGER NOT NULL DEFAULT 0,
	changed INTEGER NOT NULL
) WITHOUT ROWID`

var errNewer = errors.New("written by a newer kiosk")

// openDB opens the database and checks it: the schema, and SQLite's quick
// check, which a damaged file fails.
func openDB(file string) (*sql.DB, error) {
	db, err := sql.Open("sqlite", dsn(file, ""))
	if err != nil {
		return nil, err
	}
	err = check(db)
	if err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

func check(db *sql.DB) error {
	var ok string
	if err := db.QueryRow("PRAGMA quick_check").Scan(&ok); err != nil {
		return err
	}
	if ok != "ok" {
		return errors.New("damaged: " + ok)
	}
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	if v > version {
		return errNewer
	}
	if _, err := db.Exec(schema); err != nil {
		return err
	}
	_, err := db.Exec(fmt.Sprintf("PRAGMA user_version=%d", version))
	return err
}

// transient tells errors that are not the file's fault: moving it aside
// would not help (locked by another kiosk, no permission, disk full), or
// would lose what a newer kiosk wrote.
func transient(err error) bool {
	if errors.Is(err, errNewer) {
		return true
	}
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_PERM, sqlite3.SQLITE_READONLY,
		sqlite3.SQLITE_FULL, sqlite3.SQLITE_NOMEM, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR:
		return true
	}
	return false
}

func (s *State) load() error {
	rows, err := s.db.Query("SELECT id, read, bookmark FROM marks")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var read, mark bool
		if err := rows.Scan(&id, &read, &mark); err != nil {
			return err
		}
		if read {
			s.read[id] = true
		}
		if mark {
			s.bookmarks[id] = true
		}
	}
	return rows.Err()
}

// loadReadOnly reads the marks of an existing database that cannot be
// written, so a read-only state folder still shows them.
func (s *State) loadReadOnly(file string) {
	if _, err := os.Stat(file); err != nil {
		return
	}
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(file)
	// mode=ro reads a WAL left behind when its -shm can be used; immutable
	// reads the main file alone when nothing else can be.
	for _, mode := range []string{"?mode=ro", "?mode=ro&immutable=1"} {
		db, err := sql.Open("sqlite", "file:"+esc+mode)
		if err != nil {
			continue
		}
		s.db = db
		err = s.load()
		s.db = nil
		db.Close()
		if err == nil {
			return
		}
	}
}

// InMemory reports that marks will not outlive this process.
func (s *State) InMemory() bool { return s.db == nil }

// Close closes the database.
func (s *State) Close() error {
	if s.db == nil {
		return nil
	}
	return s.db.Close()
}

// Read reports whether the article (ID, file name or path) is marked read.
func (s *State) Read(article string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.read[Key(article)]
}

// Bookmarked reports whether the article is bookmarked.
func (s *State) Bookmarked(article string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.bookmarks[Key(article)]
}

// SetRead marks the article read or unread, durably, before returning.
func (s *State) SetRead(article string, read bool) error {
	return s.set(Key(article), s.read, read, "read")
}

// SetBookmarked adds or removes the article's bookmark, durably.
func (s *State) SetBookmarked(article string, on bool) error {
	return s.set(Key(article), s.bookmarks, on, "bookmark")
}

func (s *State) set(id string, m map[string]bool, on bool, column string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db != nil {
		// column is one of two constants, never input.
		_, err := s.db.Exec(`INSERT INTO marks(id, `+column+`, changed) VALUES(?, ?, ?)
			ON CONFLICT(id) DO UPDATE SET `+column+`=excluded.`+column+`, changed=excluded.changed`,
			id, on, time.Now().Unix())
		if err == nil && !on {
			_, err = s.db.Exec("DELETE FROM marks WHERE id=? AND NOT read AND NOT bookmark", id)
		}
		if err != nil {
			return fmt.Errorf("cannot save the %s mark: %w", column, err)
		}
	}
	if on {
		m[id] = true
	} else {
		delete(m, id)
	}
	return nil
}

// ReadSet is a copy of the IDs marked read.
func (s *State) ReadSet() map[string]bool { return s.copyOf(s.read) }

// Bookmarks is a copy of the bookmarked IDs.
func (s *State) Bookmarks() map[string]bool { return s.copyOf(s.bookmarks) }

func (s *State) copyOf(m map[string]bool) map[string]bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}
