package index

import (
	"context"
	"database/sql"
	"testing"
)

// A new index gives its free pages back (incremental auto-vacuum, set only
// when the file is made).
func TestNewIndexVacuumsIncrementally(t *testing.T) {
	ix := openFresh(t, generate(t, 3))
	var mode int
	must(t, ix.db.QueryRow("PRAGMA auto_vacuum").Scan(&mode))
	if mode != 2 {
		t.Errorf("auto_vacuum is %d in a new index, want 2 (incremental)", mode)
	}
}

// Opening an index that exists writes nothing: it opens, and answers, while
// another connection (another kiosk rebuilding) holds it for writing. (It
// used to ask for auto_vacuum at every open, a write that waited out the
// busy timeout and failed.)
func TestOpenWhileAnotherWrites(t *testing.T) {
	dir, cache := generate(t, 5), t.TempDir()
	ctx := context.Background()
	first, err := Open(dir, cache)
	must(t, err)
	defer first.Close()
	if _, err := first.Refresh(ctx, false, nil); err != nil {
		t.Fatal(err)
	}
	writer, err := sql.Open("sqlite", dsn(first.DBFile()))
	must(t, err)
	defer writer.Close()
	conn, err := writer.Conn(ctx)
	must(t, err)
	defer conn.Close()
	_, err = conn.ExecContext(ctx, "BEGIN IMMEDIATE")
	must(t, err)
	defer conn.ExecContext(ctx, "ROLLBACK")

	second, err := Open(dir, cache)
	if err != nil {
		t.Fatalf("open while another connection writes: %v", err)
	}
	defer second.Close()
	if n, err := second.Len(ctx); err != nil || n != 5 {
		t.Errorf("the index opened while written answers %d articles (%v), want 5", n, err)
	}
}
