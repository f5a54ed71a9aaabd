package index

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"testing"
)

// smallChunks makes a build of a few hundred articles parse many chunks
// and prune many times, as a large one does.
func smallChunks(t *testing.T) {
	b, tx := batch, txRows
	batch, txRows = 16, 64
	t.Cleanup(func() { batch, txRows = b, tx })
}

// dumpTop is every row of the top lists' tables, in order.
func dumpTop(t *testing.T, ix *Index) string {
	t.Helper()
	var b strings.Builder
	for _, q := range []string{
		"SELECT tid || ' ' || term FROM topterms ORDER BY tid",
		"SELECT tid || ' ' || f || ' ' || blen || ' ' || bid FROM toplevels ORDER BY tid, f",
		"SELECT tid || ' ' || f || ' ' || len || ' ' || id FROM topk ORDER BY tid, f, len, id",
		"SELECT value FROM meta WHERE key='topn'",
	} {
		rows, err := ix.db.QueryContext(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var s string
			rows.Scan(&s)
			fmt.Fprintln(&b, s)
		}
		rows.Close()
	}
	return b.String()
}

// The lists a cold build makes with their work beside the writer (the
// pipe) are those writeRow makes itself (plainBuild), row for row.
func TestTopPipeSameLists(t *testing.T) {
	smallTop(t)
	smallChunks(t)
	dir := t.TempDir()
	writeSynth(t, dir, 0, 300, 1)
	build := func(serial bool) string {
		plainBuild = serial
		defer func() { plainBuild = false }()
		ix, err := Open(dir, t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		defer ix.Close()
		if _, err := ix.Rebuild(context.Background(), nil); err != nil {
			t.Fatal(err)
		}
		checkTop(t, ix, fmt.Sprintf("after a cold build (serial %v)", serial))
		return dumpTop(t, ix)
	}
	want, got := build(true), build(false)
	if strings.Count(want, "\n") < 50 {
		t.Fatalf("the reference build keeps only %d rows of lists: too few to compare", strings.Count(want, "\n"))
	}
	if got != want {
		t.Errorf("lists with the pipe differ from writeRow's:\n%s\nwant:\n%s", got, want)
	}
}

// ftsState is FTS5's merge settings and its number of segments.
func ftsState(t *testing.T, ix *Index) (automerge, crisis, segments int) {
	t.Helper()
	ctx := context.Background()
	get := func(k string, def int) int {
		var v sql.NullInt64
		err := ix.db.QueryRowContext(ctx, "SELECT v FROM fts_config WHERE k=?", k).Scan(&v)
		if err == sql.ErrNoRows || err == nil && !v.Valid {
			return def
		}
		if err != nil {
			t.Fatal(err)
		}
		return int(v.Int64)
	}
	if err := ix.db.QueryRowContext(ctx, "SELECT count(DISTINCT segid) FROM fts_idx").Scan(&segments); err != nil {
		t.Fatal(err)
	}
	return get("automerge", defaultAutomerge), get("crisismerge", defaultCrisis), segments
}

// The first refresh of an empty index (a first build) makes the lists
// and the answers of the refresh before it (plainBuild), and leaves FTS5
// as a cold build does: its defaults back, one segment.
func TestFirstBuildSameAsPlain(t *testing.T) {
	smallTop(t)
	smallChunks(t)
	dir := t.TempDir()
	writeSynth(t, dir, 0, 300, 1)
	build := func(plain bool) string {
		plainBuild = plain
		defer func() { plainBuild = false }()
		ix, err := Open(dir, t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		defer ix.Close()
		if _, err := ix.Refresh(context.Background(), false, nil); err != nil {
			t.Fatal(err)
		}
		checkTop(t, ix, fmt.Sprintf("after a first build (plain %v)", plain))
		automerge, crisis, segs := ftsState(t, ix)
		if automerge != defaultAutomerge || crisis != defaultCrisis {
			t.Errorf("plain %v: automerge %d, crisismerge %d after a first build", plain, automerge, crisis)
		}
		if !plain && segs != 1 {
			t.Errorf("a first build leaves %d segments, want 1", segs)
		}
		return dumpTop(t, ix)
	}
	want, got := build(true), build(false)
	if got != want {
		t.Errorf("lists of a first build differ from a plain refresh's:\n%s\nwant:\n%s", got, want)
	}
}

// A first build stopped half-way leaves what it committed, with FTS5 not
// merging; the next refresh reads the rest and ends it as a whole first
// build would have.
func TestFirstBuildStoppedThenFinished(t *testing.T) {
	smallTop(t)
	smallChunks(t)
	dir := t.TempDir()
	writeSynth(t, dir, 0, 300, 1)
	ix, err := Open(dir, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx, cancel := context.WithCancel(context.Background())
	stop := func(done, total int) {
		if done >= 100 {
			cancel()
		}
	}
	if _, err := ix.Refresh(ctx, false, stop); err == nil {
		t.Fatal("a cancelled first build reported no error")
	}
	n, err := ix.Len(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if automerge, _, _ := ftsState(t, ix); n == 0 || n >= 300 || automerge != 0 {
		t.Fatalf("stopped first build: %d rows, automerge %d; want some rows, automerge 0", n, automerge)
	}
	if _, err := ix.Refresh(context.Background(), false, nil); err != nil {
		t.Fatal(err)
	}
	if n, _ := ix.Len(context.Background()); n != 300 {
		t.Errorf("after the next refresh %d rows, want 300", n)
	}
	if automerge, crisis, segs := ftsState(t, ix); automerge != defaultAutomerge || crisis != defaultCrisis || segs != 1 {
		t.Errorf("after the next refresh automerge %d, crisismerge %d, %d segments", automerge, crisis, segs)
	}
	checkTop(t, ix, "after a stopped first build, finished")
}
