// Package index keeps a full-text index of an article folder in SQLite
// (FTS5), one database per folder in the user's cache directory. The index is
// derived data: it holds no copy of the text (snippets are cut from the few
// files shown), and one that is corrupt or from another schema version is
// deleted and rebuilt.
package index

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"modernc.org/sqlite" // registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/kioskreader/kiosk/store/scan"
)

// schemaVersion changes whenever the tables or what is stored in them
// change (including the parser's output); an index of another version is
// rebuilt from the files.
const schemaVersion = 10

// Index is the open index of one article folder. Its methods are safe for
// concurrent use.
type Index struct {
	db      *handle
	dir     string // the folder as the caller named it; paths are joined to it
	abs     string // its absolute path, the key of the database
	file    string // the database file
	refresh sync.Mutex
	// MaxSize is the largest article file read (0: scan.DefaultMaxSize).
	MaxSize int64
	// NoTopLists ranks every search by scoring each match with bm25(),
	// never from the top lists (topk.go): the reference they are checked
	// and timed against.
	NoTopLists bool
	// Skipped, when set, hears of every file the index passes over while
	// it refreshes (Skips lists them all, new or not).
	Skipped func(path, reason string)
	skipMu  sync.Mutex
	noted   []scan.Skip // since the refresh began, paths relative
	walk    walkState   // see walk.go
	unsure  []string    // settling files passed over (settling.go)
	top     *topState   // the top lists as the open write sees them (topk.go); under refresh
	topTx   *sql.Tx     // that write
	dfs     dfCache     // rows per listed word (topq.go)
	topSeen wordCounter // the words an apply wrote, for choosing lists (topeval.go); under refresh
	rowLog  rowLog      // rows written, for the tally (rowlog.go)
	// restarted is why Open deleted the file it found ("": it did not).
	restarted  string
	phaseTrace func(step string) // see phases.go
}

// CacheDir is where kiosk keeps its indexes: $XDG_CACHE_HOME/kiosk, else the
// platform's cache directory (~/.cache/kiosk on Linux).
func CacheDir(getenv func(string) string) (string, error) {
	if x := getenv("XDG_CACHE_HOME"); x != "" && filepath.IsAbs(x) {
		return filepath.Join(x, "kiosk"), nil
	}
	if runtime.GOOS != "windows" && runtime.GOOS != "darwin" {
		if h := getenv("HOME"); h != "" {
			return filepath.Join(h, ".cache", "kiosk"), nil
		}
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no cache directory for the index: %w", err)
	}
	return filepath.Join(d, "kiosk"), nil
}

// File is the database file of folder abs inside cacheDir: the folder's
// name, for people looking at the cache, and a hash of its absolute path.
func File(cacheDir, abs string) string {
	sum := sha256.Sum256([]byte(abs))
	base := strings.Map(func(r rune) rune {
		if r < 0x80 && (r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return r
		}
		return '_'
	}, filepath.Base(abs))
	if len(base) > 40 {
		base = base[:40]
	}
	return filepath.Join(cacheDir, base+"-"+hex.EncodeToString(sum[:8])+".db")
}

// Open opens (or creates) the index of folder dir in cacheDir. It does not
// refresh it: call Refresh before trusting its answers. A file that SQLite
// finds damaged or not a database, or that is not an index of this schema
// and folder, is deleted and started afresh (Restarted says why). Any other
// error (busy, no permission, a full disk, a mistake of kiosk's own) is
// returned and the file left as it is: deleting a whole index, an hour's
// build at a million articles, for an error that is not the file's would
// not fix it.
func Open(dir, cacheDir string) (*Index, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(cacheDir, 0o700); err != nil {
		return nil, fmt.Errorf("cannot create the index directory: %w", err)
	}
	ix := &Index{dir: dir, abs: abs, file: File(cacheDir, abs)}
	db, err := openDB(ix.file, abs)
	if damaged(err) {
		removeDB(ix.file) // derived data: a new index is built from the files
		ix.restarted = restartWhy(err)
		db, err = openDB(ix.file, abs)
	}
	if err != nil {
		return nil, fmt.Errorf("cannot open the index %s: %w", ix.file, err)
	}
	ix.db = newHandle(db, ix.file)
	return ix, nil
}

// Restarted says why Open deleted the index it found and began a new one
// ("" when it did not): the next refresh reads the whole folder again,
// which the user should hear of.
func (ix *Index) Restarted() string { return ix.restarted }

// reset replaces a damaged database with an empty one. Searches running
// meanwhile end on the old one, closed under them, with an error.
func (ix *Index) reset() error {
	ix.db.Close()
	removeDB(ix.file)
	db, err := openDB(ix.file, ix.abs)
	if err != nil {
		return fmt.Errorf("cannot recreate the index %s: %w", ix.file, err)
	}
	ix.db.swap(db)
	return nil
}

// Close closes the database.
func (ix *Index) Close() error { return ix.db.Close() }

// oneShotCachePages is the page cache a one-shot reader keeps, in pages
// (64: 256 KiB in an index of 4 KiB pages, 1 MiB in one of 16).
const oneShotCachePages = 64

// ReadOnce is for a process that asks one question after its refresh and
// exits (kiosk search): the connection it reads on keeps a page cache of
// 64 pages instead of 32 MiB. Such a process reads each page about once,
// and a page cache that grows allocates every page it reads, which at the
// 1M benchmark's rare word (900 pages of column sizes for bm25) cost more
// than the reading: 58 ms of CPU against 12 with the pages reused. The
// answers are the same; only their speed differs. Any connection opened
// later (a ranked search split on two cores) keeps the usual cache.
func (ix *Index) ReadOnce() error {
	_, err := ix.db.Exec(fmt.Sprintf("PRAGMA cache_size=%d", oneShotCachePages))
	return err
}

// Dir is the folder the index covers, as given to Open.
func (ix *Index) Dir() string { return ix.dir }

// DBFile is the database file, for messages and size reports.
func (ix *Index) DBFile() string { return ix.file }

// dbSuffixes are the ends of the names of an index's files: the database,
// SQLite's own, the list file and the tally file.
var dbSuffixes = []string{"", "-wal", "-shm", "-journal", listSuffix, tallySuffix}

func removeDB(file string) {
	for _, suffix := range dbSuffixes {
		os.Remove(file + suffix)
	}
}

// dsn escapes a file path into an SQLite URI so that '?' or '#' in it stay
// part of the name.
func dsn(file string, pragmas ...string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(file)
	q := make([]string, len(pragmas))
	for i, p := range pragmas {
		q[i] = "_pragma=" + p
	}
	return "file:" + esc + "?" + strings.Join(q, "&")
}

// openDB opens file and checks that it is an index of this schema for
// folder abs, creating the tables in an empty file.
func openDB(file, abs string) (*sql.DB, error) {
	clearOdd(file)
	// journal_size_limit: a rebuild, one transaction, grows the WAL to the
	// size of the index; once checkpointed it is cut back to 64 MiB.
	// auto_vacuum (initFile): a rebuild, and FTS5's merging of its
	// segments, leave pages free; incremental auto-vacuum gives them back
	// (see reclaim) instead of keeping them in the file, a tenth of it
	// after a cold build.
	if fi, err := os.Stat(file); err != nil || fi.Size() == 0 {
		if err := initFile(file); err != nil {
			return nil, err
		}
	}
	pragmas := []string{"busy_timeout(10000)", "journal_mode(WAL)", "synchronous(NORMAL)", "cache_size(-32000)",
		"journal_size_limit(67108864)"}
	db, err := sql.Open("sqlite", dsn(file, pragmas...)+"&_txlock=immediate")
	if err != nil {
		return nil, err
	}
	if err := schemaCheck(db, abs); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// pageSize is the page size of a new index file: 16 KiB, not SQLite's 4.
// A cold build's one-core end (FTS5's optimize, then the commit's
// checkpoint of the WAL) took 107 s at 1M articles with 4 KiB pages and
// 51 s with 16 (7.0 and 4.5 s at 100k): fewer pages to split, spill and
// copy; the index is 2% smaller, a rare word's search as fast (SCALING.md,
// session 9). 32 KiB gained no more at 100k, and with FTS5's leaves that
// large its inserts cost more. An existing index keeps the size it was
// made with: SQLite fixes it when the file is first written.
const pageSize = 16384

// initFile readies a new, empty file: the page size and incremental
// auto-vacuum take only before the first write, and WAL mode is that
// write. The driver runs a DSN's pragmas in the order of their names
// (journal_mode before page_size), so they are asked here, once, and
// not at every open: on a file that has them, auto_vacuum is a write
// transaction, which cost every search a commit and fsyncs, and made an
// open wait (or fail) while another kiosk rebuilt the index. Two kiosks
// that create the file at once ask the same.
func initFile(file string) error {
	db, err := sql.Open("sqlite", dsn(file, "busy_timeout(10000)"))
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.Exec(fmt.Sprintf("PRAGMA page_size=%d; PRAGMA auto_vacuum=2; PRAGMA journal_mode=WAL", pageSize))
	return err
}

// schemaCheck is checkSchema; a test puts a failing one in its place, to
// see that an error of kiosk's own leaves the file alone.
var schemaCheck = checkSchema

var (
	errStale    = errors.New("index of another version or folder")
	errNotIndex = errors.New("a database that is not a kiosk index")
)

// damaged tells the errors of openDB that are the file's: SQLite finds it
// damaged or not a database, or the schema check finds it is not an index
// of this schema and folder. Only those are fixed by deleting it.
func damaged(err error) bool {
	return corrupt(err) || errors.Is(err, errStale) || errors.Is(err, errTables) || errors.Is(err, errNotIndex)
}

// restartWhy says in words why a damaged(err) file was started afresh.
func restartWhy(err error) string {
	switch {
	case errors.Is(err, errStale):
		return "the search index was made by another version of kiosk (or for another folder): it is built anew"
	case corrupt(err):
		return fmt.Sprintf("the search index was damaged (%v): it is built anew", err)
	}
	return fmt.Sprintf("the search index was not one kiosk can use (%v): it is built anew", err)
}

// transient tells errors that say nothing about the database file itself
// (locked by another process, no permission, disk full): deleting the index
// would not help and could hurt another kiosk using it.
func transient(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM,
		sqlite3.SQLITE_READONLY, sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_NOMEM:
		return true
	}
	return false
}

// Busy tells an error that says another connection, most likely another
// kiosk rebuilding the index, held it for writing longer than the wait:
// the index is whole as it is, only not brought up to date.
func Busy(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	c := se.Code() & 0xff
	return c == sqlite3.SQLITE_BUSY || c == sqlite3.SQLITE_LOCKED
}

// corrupt tells errors that mean the database file is damaged.
func corrupt(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	c := se.Code() & 0xff
	return c == sqlite3.SQLITE_CORRUPT || c == sqlite3.SQLITE_NOTADB
}

// checkSchema returns errStale, errNotIndex or errTables for a file that
// is not an index of this schema and folder, a corrupt(err) one where
// SQLite finds the file damaged, and any other error as it came. The tables
// are checked before meta is read: a file without meta is not kiosk's,
// where an error reading it would not say so.
func checkSchema(db *sql.DB, abs string) error {
	ctx := context.Background()
	var version int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	if version == 0 {
		if err := createSchema(db, abs); err != nil {
			return err
		}
	} else if version != schemaVersion {
		return errStale
	}
	if err := checkTablesQuick(ctx, db); err != nil {
		return err
	}
	var folder string
	if err := db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key='folder'").Scan(&folder); err != nil {
		return err
	}
	if folder != abs {
		return errStale
	}
	return nil
}

const schema = `
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE dirs(path TEXT PRIMARY KEY, mtime INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE docs(
	id INTEGER PRIMARY KEY,
	path TEXT NOT NULL UNIQUE, -- relative to the folder, with '/'
	dir TEXT NOT NULL,
	size INTEGER NOT NULL,
	mtime INTEGER NOT NULL,
	ino INTEGER NOT NULL, -- of the name, to see a file replaced by a rename
	settling INTEGER NOT NULL, -- written so recently that it may still be growing
	title TEXT NOT NULL,
	lang TEXT NOT NULL,
	url TEXT NOT NULL,
	domain TEXT NOT NULL,
	comments INTEGER,
	words INTEGER NOT NULL,
	-- the article's date (see article.Date): its value, where it was read,
	-- and its first and last day, for date: and sorting ('' when none)
	date TEXT NOT NULL, date_from TEXT NOT NULL, date_lo TEXT NOT NULL, date_hi TEXT NOT NULL
);
-- The rest of each article's list line after "path" (its actors too),
-- deflated; apart from docs, so that reading docs reads small rows.
CREATE TABLE tails(id INTEGER PRIMARY KEY, tail BLOB NOT NULL);
-- Files passed over, reported by every list as a scan would.
CREATE TABLE skipped(path TEXT PRIMARY KEY, dir TEXT NOT NULL, reason TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX skipped_dir ON skipped(dir);
CREATE INDEX docs_dir ON docs(dir);
CREATE INDEX docs_date ON docs(date_lo);
CREATE INDEX docs_settling ON docs(settling) WHERE settling;
-- Words are cut and folded before they reach FTS5 (see token.go), one
-- space apart: see ftsTokenizer. stems holds the word forms (see stem.go).
CREATE VIRTUAL TABLE fts USING fts5(title, body, actors, source, lang, stems,
	content='', contentless_delete=1, ` + ftsTokenizer + `);
-- FTS5 writes a segment each time its in-memory terms reach hashsize (1 MiB
-- by default), and merges segments as they pile up: 16 MiB makes a cold
-- build write and merge far fewer of them (12% less writer CPU at 10k).
INSERT INTO fts(fts, rank) VALUES('hashsize', 16777216);
` + topSchema

// ftsTokenizer is how FTS5 cuts what it is given, the words kiosk cut and
// folded, one space apart, in the articles and in every query: ascii ends
// a word at a space and keeps every other byte of a kiosk word, so it
// gives the same terms as unicode61Tokenizer, which indexes before
// session 8 were made with (TestUnicode61KeepsKioskWords, every rune kiosk
// keeps in a word), for 18% less of FTS5's insert (SCALING.md, session 7).
// An index of either answers the same, so both are accepted (tables.go):
// no index is rebuilt for it.
const (
	ftsTokenizer       = `tokenize='ascii'`
	unicode61Tokenizer = `tokenize='unicode61 remove_diacritics 2 categories ''L* N* Co M*'''`
)

func createSchema(db *sql.DB, abs string) error {
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// Another process may have created it since we looked: the transaction
	// is immediate, so this second look is final.
	var version int
	if err := tx.QueryRow("PRAGMA user_version").Scan(&version); err != nil || version != 0 {
		return err
	}
	// Version 0 with tables in it is some other program's database.
	var tables int
	if err := tx.QueryRow("SELECT count(*) FROM sqlite_master").Scan(&tables); err != nil {
		return err
	}
	if tables > 0 {
		return errNotIndex
	}
	if _, err := tx.Exec(schema); err != nil {
		return err
	}
	id := make([]byte, 8)
	rand.Read(id)
	if _, err := tx.Exec("INSERT INTO meta VALUES('folder', ?), ('gen', '0'), ('id', ?)", abs, hex.EncodeToString(id)); err != nil {
		return err
	}
	if _, err := tx.Exec(fmt.Sprintf("PRAGMA user_version=%d", schemaVersion)); err != nil {
		return err
	}
	return tx.Commit()
}
