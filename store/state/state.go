// Package state keeps the reader's own marks (read, bookmarked) in an SQLite
// database of its own under $XDG_STATE_HOME/kiosk. Every change is
// committed, durably (WAL, synchronous=FULL), before the call that makes it
// returns, or returns the error and changes nothing.
//
// A mark belongs to an article of one folder: it is kept under the folder's
// identity and the article's path relative to the folder (see Folder), so
// two folders holding the same file names never share marks, while marks
// survive reindexing, renaming the folder and moving it.
//
// The database is the user's own but is never trusted: a file of a foreign
// schema, a damaged one, or one that is not a regular file (a symbolic link
// planted in its place) is moved aside, never written through, and a new
// one started, with a one-line warning.
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

// State is the state database. It is safe for concurrent use.
type State struct {
	// wmu makes one write at a time, held from the database write to the
	// memory update, so memory always ends as the disk does; readers never
	// take it, so a write waiting on another process's lock blocks no
	// reader.
	wmu sync.Mutex
	db  *sql.DB // nil when the marks live in memory only
	rdb *sql.DB // a read-only look at a database that cannot be written; nil otherwise

	mu     sync.Mutex
	legacy map[string]flags // bare-name marks of schema 1 no folder has adopted yet
}

type flags struct{ read, bookmark bool }

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

// Open opens the state in directory dir. It always returns a usable State:
// when the directory cannot be written the marks are kept in memory, and a
// database that cannot be used is moved aside (never overwritten) and a new
// one started; warning then says so in one line for the user. The error is
// only for a State that could not be made at all.
func Open(dir string) (*State, string, error) {
	s := &State{legacy: map[string]flags{}}
	file := filepath.Join(dir, FileName)
	if err := probe(dir); err != nil {
		s.openReadOnly(file)
		return s, fmt.Sprintf("kiosk: cannot write the state folder %s (%v); read marks and bookmarks last until kiosk exits",
			dir, errors.Unwrap(err)), nil
	}
	db, err := s.openDB(file)
	warning := ""
	if err != nil && !transient(err) {
		aside := file + ".broken-" + time.Now().UTC().Format("20060102T150405.000000000Z")
		if rerr := moveAside(file, aside); rerr != nil {
			return s, fmt.Sprintf("kiosk: the state file %s cannot be used (%v) nor moved aside (%v); marks last until kiosk exits", file, err, rerr), nil
		}
		warning = fmt.Sprintf("kiosk: the state file %s could not be used (%v); moved it to %s and started a new one", file, err, aside)
		db, err = s.openDB(file)
	}
	if err != nil {
		return s, fmt.Sprintf("kiosk: cannot open the state file %s (%v); marks last until kiosk exits", file, err), nil
	}
	s.db = db
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

// sidecars are the files SQLite keeps beside a database.
var sidecars = []string{"-wal", "-shm", "-journal"}

// moveAside renames the database and its WAL files, keeping them whole. A
// symbolic link is renamed itself: what it points to is left alone.
func moveAside(file, aside string) error {
	if err := os.Rename(file, aside); err != nil && !os.IsNotExist(err) {
		return err
	}
	for _, suffix := range sidecars {
		os.Rename(file+suffix, aside+suffix)
	}
	return nil
}

var errNotRegular = errors.New("not a regular file (a link or a special file in its place)")

// regularOrAbsent refuses a state file, or one of its sidecars, that is
// anything but a regular file: SQLite would follow a symbolic link and
// write kiosk's tables into whatever file it names. (SQLite cannot be told
// not to follow links from Go; the folder is the user's own, mode 0700, so
// only the user could swap a link in between this look and the open.)
func regularOrAbsent(file string) error {
	for _, suffix := range append([]string{""}, sidecars...) {
		fi, err := os.Lstat(file + suffix)
		if err == nil && !fi.Mode().IsRegular() {
			return fmt.Errorf("%s: %w", filepath.Base(file+suffix), errNotRegular)
		}
	}
	return nil
}

func uri(file string) string {
	return "file:" + strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(file)
}

func dsn(file string) string {
	return uri(file) + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_txlock=immediate"
}

// openDB opens the database and checks it: a regular file, SQLite's quick
// check (which a damaged file fails), then the schema, migrated from an
// older one. It reads the legacy marks into s.
func (s *State) openDB(file string) (*sql.DB, error) {
	if err := regularOrAbsent(file); err != nil {
		return nil, err
	}
	if err := precheck(file); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite", dsn(file))
	if err != nil {
		return nil, err
	}
	if err = check(db); err == nil {
		err = regularOrAbsent(file)
	}
	if err == nil {
		err = s.loadLegacy(db, legacyQuery)
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
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

// openReadOnly keeps a read-only look at an existing database that cannot
// be written, so a read-only state folder still shows its marks.
func (s *State) openReadOnly(file string) {
	if regularOrAbsent(file) != nil {
		return
	}
	if fi, err := os.Lstat(file); err != nil || !fi.Mode().IsRegular() {
		return
	}
	// mode=ro reads a WAL left behind when its -shm can be used; immutable
	// reads the main file alone when nothing else can be.
	for _, mode := range []string{"?mode=ro", "?mode=ro&immutable=1"} {
		db, err := sql.Open("sqlite", uri(file)+mode)
		if err != nil {
			continue
		}
		// Version 1 cannot be migrated here: its marks are all legacy ones.
		v, err := inspect(db)
		query := legacyQuery
		if v == 1 {
			query = "SELECT id, read, bookmark FROM marks"
		}
		if err == nil {
			err = s.loadLegacy(db, query)
		}
		if err != nil || v < 2 { // 2 has the marks of 3, not the history
			db.Close() // nothing more to read from it
			if err != nil {
				continue
			}
			return
		}
		s.rdb = db
		return
	}
}

const legacyQuery = "SELECT name, read, bookmark FROM legacy"

func (s *State) loadLegacy(db *sql.DB, query string) error {
	rows, err := db.Query(query)
	if err != nil {
		return err
	}
	defer rows.Close()
	legacy := map[string]flags{}
	for rows.Next() {
		var name string
		var f flags
		if err := rows.Scan(&name, &f.read, &f.bookmark); err != nil {
			return err
		}
		legacy[name] = f
	}
	if err := rows.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	s.legacy = legacy
	s.mu.Unlock()
	return nil
}

// InMemory reports that marks will not outlive this process.
func (s *State) InMemory() bool { return s.db == nil }

// Close closes the database.
func (s *State) Close() error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	var err error
	for _, db := range []*sql.DB{s.db, s.rdb} {
		if db != nil {
			if e := db.Close(); err == nil {
				err = e
			}
		}
	}
	return err
}

// reader is the database marks are read from, if any.
func (s *State) reader() *sql.DB {
	if s.db != nil {
		return s.db
	}
	return s.rdb
}
