package index

import (
	"database/sql"
	"errors"
	"strings"
	"sync"
)

// An index whose version and folder are right may still have lost a table
// or an index, or hold one of another shape (damaged, or written by hand):
// it is compared with what SQLite records of a database made from schema,
// and one that differs is stale, so rebuilt.

// masterSQL reads a database's description of itself: every table, index
// and trigger with the statement that made it, in a fixed order.
const masterSQL = `SELECT ifnull(group_concat(type || ' ' || name || ' ' || tbl_name || ' ' || ifnull(sql, ''), char(10)), '')
	FROM (SELECT * FROM sqlite_master ORDER BY type, name)`

// wantTables is masterSQL's answer for a new index, made once in memory;
// wantTablesUnicode61 for an index made before session 8, whose FTS5 table
// cut words with unicode61, which gives the same terms (ftsTokenizer).
var (
	wantTables          = sync.OnceValues(func() (string, error) { return tablesOf(schema) })
	wantTablesUnicode61 = sync.OnceValues(func() (string, error) {
		return tablesOf(strings.Replace(schema, ftsTokenizer, unicode61Tokenizer, 1))
	})
)

// tablesOf is masterSQL's answer for a database made from schema.
func tablesOf(schema string) (string, error) {
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		return "", err
	}
	defer db.Close()
	db.SetMaxOpenConns(1) // one in-memory database, not one per connection
	if _, err := db.Exec(schema); err != nil {
		return "", err
	}
	var want string
	err = db.QueryRow(masterSQL).Scan(&want)
	return want, err
}

var errTables = errors.New("index tables damaged")
