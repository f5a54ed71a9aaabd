package index

import (
	"context"
	"database/sql"
	"testing"
)

// The top lists' idf is FTS5's to the last bit. With five rows and the
// word in one, idf is ln(3), where Go's math.Log and the C library's log()
// that bm25() calls differ in the last bit; a row of one token in a table
// whose rows are all one token long scores exactly idf, so bm25() shows
// the idf FTS5 used.
func TestIdfIsFTS5s(t *testing.T) {
	ctx := context.Background()
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range []string{"CREATE VIRTUAL TABLE f USING fts5(body)",
		"INSERT INTO f(body) VALUES ('x'), ('y'), ('y'), ('y'), ('y')"} {
		if _, err := db.Exec(s); err != nil {
			t.Fatal(err)
		}
	}
	var want float64
	if err := db.QueryRow("SELECT -bm25(f) FROM f WHERE f MATCH 'x'").Scan(&want); err != nil {
		t.Fatal(err)
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	idf, err := idfOf(ctx, tx, 5, 1)
	if err != nil {
		t.Fatal(err)
	}
	if got := bm25(idf, 1, 1, 1); got != want {
		t.Errorf("score %v (idf %v), FTS5's bm25() %v", got, idf, want)
	}
}
