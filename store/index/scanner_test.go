package index

import (
	"context"
	"testing"
)

// The list's reads go through the scan pool: a small page cache, read
// only, and after a reset the new database, not the deleted file still
// open under it.
func TestScannerReadsTheCurrentDatabase(t *testing.T) {
	ix := openFresh(t, folder(t, fixtures))
	ctx := context.Background()
	count := func() int {
		n := 0
		if err := ix.EachRow(ctx, func(_, _, _ []byte, _ int, _, _ []byte) error { n++; return nil }); err != nil {
			t.Fatal(err)
		}
		return n
	}
	want, err := ix.Len(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := count(); got != want || want == 0 {
		t.Fatalf("EachRow read %d rows, the index holds %d", got, want)
	}
	scan := ix.db.scanner()
	var pages, only int
	if err := scan.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if err := scan.QueryRowContext(ctx, "PRAGMA query_only").Scan(&only); err != nil {
		t.Fatal(err)
	}
	if pages != scanCachePages || only != 1 {
		t.Errorf("scan connection: cache_size %d, query_only %d; want %d and 1", pages, only, scanCachePages)
	}
	if _, err := scan.ExecContext(ctx, "DELETE FROM docs"); err == nil {
		t.Error("the scan pool wrote")
	}
	if err := ix.reset(); err != nil {
		t.Fatal(err)
	}
	if ix.db.scanner() == scan {
		t.Error("after a reset the scan pool is the one on the deleted file")
	}
	if got := count(); got != 0 {
		t.Errorf("after a reset EachRow read %d rows of the old database", got)
	}
	if _, err := ix.Refresh(ctx, false, nil); err != nil {
		t.Fatal(err)
	}
	if got := count(); got != want {
		t.Errorf("after the rebuild EachRow read %d rows, want %d", got, want)
	}
	stated, of, err := ix.StatedShare(ctx)
	if err != nil || of != want || stated > of {
		t.Errorf("StatedShare = %d of %d, %v; want of %d", stated, of, err, want)
	}
}
