package state

import (
	"database/sql"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
)

// version is the schema's. 1 kept marks by bare file name (table marks);
// 2 keeps them by folder and path, and the version-1 marks in legacy until
// a folder adopts them; 3 adds the search history (history.go).
const version = historySince

const schema = `
CREATE TABLE folders(
	id INTEGER PRIMARY KEY,
	path TEXT NOT NULL UNIQUE, -- absolute, as last opened
	dev INTEGER NOT NULL,      -- device and inode, to follow a rename or a move
	ino INTEGER NOT NULL       -- on the same filesystem; 0 where unknown
);
CREATE INDEX folders_ino ON folders(ino, dev);
CREATE TABLE marks(
	folder INTEGER NOT NULL REFERENCES folders(id),
	rel TEXT NOT NULL, -- the article's path relative to the folder, with '/'
	read INTEGER NOT NULL DEFAULT 0,
	bookmark INTEGER NOT NULL DEFAULT 0,
	changed INTEGER NOT NULL,
	PRIMARY KEY(folder, rel)
) WITHOUT ROWID;
`

const legacyTable = `CREATE TABLE legacy(
	name TEXT PRIMARY KEY,
	read INTEGER NOT NULL DEFAULT 0,
	bookmark INTEGER NOT NULL DEFAULT 0,
	changed INTEGER NOT NULL
) WITHOUT ROWID;`

// tables are the columns of every table of the current schema: a database
// holding anything else is not kiosk's.
var tables = map[string][]string{
	"folders": {"id", "path", "dev", "ino"},
	"marks":   {"folder", "rel", "read", "bookmark", "changed"},
	"legacy":  {"name", "read", "bookmark", "changed"},
	"history": historyColumns,
}

// v1Tables is the schema of version 1.
var v1Tables = map[string][]string{"marks": {"id", "read", "bookmark", "changed"}}

var (
	errNewer   = errors.New("written by a newer kiosk")
	errForeign = errors.New("not a kiosk state file (its tables are not kiosk's)")
)

// precheck looks at an existing file through a read-only connection
// before anything may write to it (opening it for writing sets its journal
// mode): a damaged file, or another program's, is set aside as it was.
func precheck(file string) error {
	if fi, err := os.Lstat(file); err != nil || fi.Size() == 0 {
		return nil // nothing there yet
	}
	db, err := sql.Open("sqlite", uri(file)+"?mode=ro&_pragma=busy_timeout(10000)")
	if err != nil {
		return err
	}
	defer db.Close()
	if err := quickCheck(db); err != nil {
		return err
	}
	_, err = inspect(db)
	return err
}

func quickCheck(db *sql.DB) error {
	var ok string
	if err := db.QueryRow("PRAGMA quick_check").Scan(&ok); err != nil {
		return err
	}
	if ok != "ok" {
		return errors.New("damaged: " + ok)
	}
	return nil
}

// inspect tells which schema the database holds: its version, once its
// tables are checked to be exactly that version's (none for 0).
func inspect(db querier) (int, error) {
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		return 0, err
	}
	switch v {
	case 0:
		return v, sameTables(db, nil)
	case 1:
		return v, sameTables(db, v1Tables)
	case 2:
		return v, sameTables(db, v2Tables())
	case version:
		return v, sameTables(db, tables)
	}
	if v > version {
		return v, errNewer
	}
	return v, errForeign
}

// check verifies the database and brings it to the current schema, in one
// immediate transaction, so two kiosks starting at once cannot both create
// or migrate it.
func check(db *sql.DB) error {
	if err := quickCheck(db); err != nil {
		return err
	}
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	v, err := inspect(tx)
	if err != nil {
		return err
	}
	switch v {
	case 0:
		_, err = tx.Exec(schema + legacyTable + fmt.Sprintf("PRAGMA user_version=%d;", version))
	case 1:
		err = migrate1(tx)
	}
	if err == nil && v < historySince {
		err = addHistory(tx)
	}
	if err != nil {
		return err
	}
	return tx.Commit()
}

// migrate1 keeps the bare-name marks of version 1 as legacy marks, for the
// first folder holding such a name to adopt (Marks.Adopt).
func migrate1(tx *sql.Tx) error {
	_, err := tx.Exec(`ALTER TABLE marks RENAME TO legacy_v1;` + legacyTable + `
		INSERT INTO legacy(name, read, bookmark, changed) SELECT id, read, bookmark, changed FROM legacy_v1;
		DROP TABLE legacy_v1;` + schema + fmt.Sprintf("PRAGMA user_version=%d;", version))
	return err
}

type querier interface {
	Query(query string, args ...any) (*sql.Rows, error)
	QueryRow(query string, args ...any) *sql.Row
}

// sameTables checks that the database holds exactly the tables want, with
// exactly their columns.
func sameTables(db querier, want map[string][]string) error {
	names, err := column(db, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
	if err != nil {
		return err
	}
	if len(names) != len(want) {
		return errForeign
	}
	for _, name := range names {
		cols, ok := want[name]
		if !ok {
			return errForeign
		}
		have, err := column(db, "SELECT name FROM pragma_table_info(?)", name)
		if err != nil {
			return err
		}
		slices.Sort(have)
		if !slices.Equal(have, sorted(cols)) {
			return errForeign
		}
	}
	return nil
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

func column(db querier, query string, args ...any) ([]string, error) {
	rows, err := db.Query(query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, strings.Clone(s))
	}
	return out, rows.Err()
}
