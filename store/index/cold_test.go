package index

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// A cold build leaves FTS5's merge settings as a new index has them, for
// the writes that follow, and its segments merged into one.
func TestColdBuildRestoresMerging(t *testing.T) {
	smallTop(t)
	dir := t.TempDir()
	writeSynth(t, dir, 0, 120, 1)
	ix, err := Open(dir, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	if _, err := ix.Rebuild(ctx, nil); err != nil {
		t.Fatal(err)
	}
	cfg := map[string]int{}
	rows, err := ix.db.QueryContext(ctx, "SELECT k, v FROM fts_config")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var k string
		var v sql.NullInt64
		rows.Scan(&k, &v)
		cfg[k] = int(v.Int64)
	}
	rows.Close()
	if cfg["automerge"] != defaultAutomerge || cfg["crisismerge"] != defaultCrisis {
		t.Errorf("after a rebuild fts_config = %v, want automerge %d, crisismerge %d", cfg, defaultAutomerge, defaultCrisis)
	}
	var nsegs int
	if err := ix.db.QueryRowContext(ctx, "SELECT count(DISTINCT segid) FROM fts_idx").Scan(&nsegs); err != nil {
		t.Fatal(err)
	}
	if nsegs != 1 {
		t.Errorf("after a rebuild FTS5 holds %d segments, want 1 (optimize)", nsegs)
	}
	var free int
	if err := ix.db.QueryRowContext(ctx, "PRAGMA freelist_count").Scan(&free); err != nil {
		t.Fatal(err)
	}
	if free != 0 {
		t.Errorf("after a rebuild the file keeps %d free pages, want 0", free)
	}
	// Writes after it still work and answer as a full BM25 does.
	writeSynth(t, dir, 120, 200, 1)
	if _, err := ix.Refresh(ctx, false, nil); err != nil {
		t.Fatal(err)
	}
	checkTop(t, ix, "added after a rebuild")
}

// Without the index of which levels hold an article (a cold build's), a
// removal still takes it out of every level, as with it.
func TestTopRemoveWithoutByID(t *testing.T) {
	fill := func(st *topState) {
		for id := int64(1); id <= 40; id++ {
			for tid := int64(1); tid <= 3; tid++ {
				k := levelKey{tid, float64(1 + (id+tid)%3)}
				if err := st.put(context.Background(), nil, k, lenID{len: 100 - id%7, id: id}); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	newState := func() *topState {
		return &topState{terms: map[string]int64{}, levels: map[levelKey]*level{}, touched: map[levelKey]bool{},
			dirty: map[int64]bool{}, byID: map[int64][]levelKey{}}
	}
	with, without := newState(), newState()
	without.noRemovals()
	fill(with)
	fill(without)
	for _, id := range []int64{3, 17, 40, 39, 1} {
		if err := with.remove(context.Background(), nil, id); err != nil {
			t.Fatal(err)
		}
		if err := without.remove(context.Background(), nil, id); err != nil {
			t.Fatal(err)
		}
	}
	if !maps.EqualFunc(with.levels, without.levels, func(a, b *level) bool {
		return slices.Equal(a.docs, b.docs) && (a.bound == nil) == (b.bound == nil) && (a.bound == nil || *a.bound == *b.bound)
	}) {
		t.Error("levels differ after removals without byID")
	}
	for _, l := range without.levels {
		for _, d := range l.docs {
			if slices.Contains([]int64{3, 17, 40, 39, 1}, d.id) {
				t.Errorf("article %d still in a level", d.id)
			}
		}
	}
}

// floorOf's length is one from which every longer article is beaten by
// topKeep kept ones, and the shortest such.
func TestFloorOf(t *testing.T) {
	beaten := func(own []lenID, higher []int64, n int64) int {
		c := 0
		for _, d := range own {
			if d.len < n {
				c++
			}
		}
		for _, h := range higher {
			if h <= n {
				c++
			}
		}
		return c
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var own []lenID
		var higher []int64
		for i := range r.IntN(2 * topKeep) {
			own = append(own, lenID{len: 1 + r.Int64N(50), id: int64(i)})
		}
		for range r.IntN(2 * topKeep) {
			higher = append(higher, 1+r.Int64N(50))
		}
		slices.SortFunc(own, func(a, b lenID) int { return cmp.Compare(a.len, b.len) })
		slices.Sort(higher)
		f := floorOf(own, higher)
		if f == 0 {
			if beaten(own, higher, 1000) >= topKeep {
				t.Fatalf("floorOf(%v, %v) = 0, but length 1000 is beaten", own, higher)
			}
			continue
		}
		for n := f; n < 60; n++ {
			if beaten(own, higher, n) < topKeep {
				t.Fatalf("floorOf(%v, %v) = %d, but length %d is beaten by %d", own, higher, f, n, beaten(own, higher, n))
			}
		}
		if f > 1 && beaten(own, higher, f-1) >= topKeep {
			t.Fatalf("floorOf(%v, %v) = %d, not the shortest", own, higher, f)
		}
	}
}

// coldEnd leaves no free page behind its merge.
func TestColdEndFreesPages(t *testing.T) {
	ix, err := Open(t.TempDir(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	tx, err := ix.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if err := ix.coldStart(ctx, tx); err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("word ", 2000)
	for seg := range 8 { // eight segments, each a flush
		for i := range 50 {
			if _, err := tx.ExecContext(ctx, insertFTS, seg*50+i+1, "title", fmt.Sprint(text, seg, i), "", "", "", ""); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO fts(fts) VALUES('flush')"); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.coldEnd(ctx, tx); err != nil {
		t.Fatal(err)
	}
	var free int
	if err := tx.QueryRowContext(ctx, "PRAGMA freelist_count").Scan(&free); err != nil {
		t.Fatal(err)
	}
	if free != 0 {
		t.Errorf("coldEnd left %d free pages", free)
	}
}
