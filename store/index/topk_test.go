package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/kioskreader/kiosk/store/synth"
)

// smallTop makes the top lists short and chosen early, so that a few
// hundred articles fill levels, leave articles out and move bounds.
func smallTop(t *testing.T) {
	keep, rows, share, rank := topKeep, topMinRows, topShare, previewRank
	topKeep, topMinRows, topShare, previewRank = 4, 40, 10, 30
	t.Cleanup(func() { topKeep, topMinRows, topShare, previewRank = keep, rows, share, rank })
}

// topQueries are what the lists must answer as a full BM25 does: single
// words (in most articles, some, few), several words, fields, exclusions,
// dates, word forms and phrases. Only some take the lists' path; the rest
// must fall back.
var topQueries = []string{"mekong", "Mekong", `"mekong"`, "the", "и", "de", "le", "in", "zanthoria",
	"mekong -zanthoria", "mekong -the", "the -mekong", "mekong river", "title:mekong", "mekong OR the",
	"mekong date:2020..2030", "rivers", "river", `"the mekong"`, "mek*", "nothingmatches", "the mek*", "mekong -mek*", "date:2000..2040"}

// checkTop compares, for every query and limit, the ranked answer with
// the first hits of a full BM25 over every match (limit 0, which never
// takes the lists), and returns how many answers came from the lists.
func checkTop(t *testing.T, ix *Index, when string) int {
	t.Helper()
	ctx := context.Background()
	fromLists := 0
	for _, s := range topQueries {
		q, err := ParseQuery(s)
		if err != nil {
			t.Fatal(err)
		}
		full, err := ix.Search(ctx, q, Ranked, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, limit := range []int{1, 3, topKeep} {
			if _, ok, err := ix.topSearch(ctx, q, limit); err != nil {
				t.Fatal(err)
			} else if ok {
				fromLists++
			}
			got, err := ix.Search(ctx, q, Ranked, limit)
			if err != nil {
				t.Fatal(err)
			}
			want := full[:min(limit, len(full))]
			if len(got) != len(want) {
				t.Errorf("%s: %q limit %d: %d hits, full BM25 %d", when, s, limit, len(got), len(want))
				continue
			}
			for i := range want {
				if got[i].Path != want[i].Path || got[i].Score != want[i].Score {
					t.Errorf("%s: %q limit %d, hit %d: %s %v, full BM25 %s %v", when, s, limit, i,
						got[i].File, got[i].Score, want[i].File, want[i].Score)
					break
				}
			}
			checkPreview(t, ix, q, limit, full, when+": "+s)
		}
	}
	return fromLists
}

// checkPreview checks Preview's page against a full BM25 (full) when it
// says it is ranked, else against the first matches in folder order; and
// that it says More when more match.
func checkPreview(t *testing.T, ix *Index, q Query, limit int, full []Hit, what string) {
	t.Helper()
	ctx := context.Background()
	p, err := ix.Preview(ctx, q, limit)
	if err != nil {
		t.Fatal(err)
	}
	want := full[:min(limit, len(full))]
	if !p.Ranked {
		if want, err = ix.Search(ctx, q, Quick, limit); err != nil {
			t.Fatal(err)
		}
	}
	if !sameHits(p.Hits, want) {
		t.Errorf("%s limit %d: preview (ranked %v) %d hits differ from %d", what, limit, p.Ranked, len(p.Hits), len(want))
	}
	if !p.More && len(full) > len(p.Hits) {
		t.Errorf("%s limit %d: preview of %d hits says no more, %d match", what, limit, len(p.Hits), len(full))
	}
}

// writeSynth writes articles [from, to) of the synthetic folder.
func writeSynth(t *testing.T, dir string, from, to int, seed int64) {
	for i := from; i < to; i++ {
		write(t, filepath.Join(dir, fmt.Sprintf("d%d", i%4), synth.Name(i, seed)), string(synth.Article(i, seed)))
	}
}

// The top lists give a full BM25's top (articles, order, scores, ties)
// after a cold build, after articles are added, deleted and rewritten, and
// after a rebuild; and they do answer, where they can.
func TestTopSameAsFullBM25(t *testing.T) {
	smallTop(t)
	dir := t.TempDir()
	writeSynth(t, dir, 0, 300, 1)
	ix := openFresh(t, dir)
	ctx := context.Background()
	n := checkTop(t, ix, "cold")
	t.Log("from lists", n)
	if n == 0 {
		t.Fatal("no answer came from the top lists")
	}
	// Adds, deletes, rewrites, in more than one refresh.
	writeSynth(t, dir, 300, 450, 1)
	var removed int
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && removed < 60 && removed%2 == 0 {
			os.Remove(p)
		}
		if err == nil && !d.IsDir() {
			removed++
		}
		return nil
	})
	later := time.Now().Add(time.Hour)
	for i := 300; i < 340; i++ {
		p := filepath.Join(dir, fmt.Sprintf("d%d", i%4), synth.Name(i, 1))
		write(t, p, string(synth.Article(i+1000, 1))) // another text, other length and counts
		os.Chtimes(p, later, later)
	}
	if _, err := ix.Refresh(ctx, true, nil); err != nil {
		t.Fatal(err)
	}
	if n := checkTop(t, ix, "changed"); n == 0 {
		t.Fatal("no answer came from the top lists after changes")
	}
	// The best articles of the lists gone: what was left out must be
	// ranked again, by the lists only where their bounds allow.
	for _, w := range []string{"mekong", "the", "de"} {
		q, _ := ParseQuery(w)
		hits, err := ix.Search(ctx, q, Ranked, topKeep-1)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hits {
			os.Remove(h.Path)
		}
	}
	if _, err := ix.Refresh(ctx, false, nil); err != nil {
		t.Fatal(err)
	}
	checkTop(t, ix, "best gone")
	if _, err := ix.Rebuild(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if n := checkTop(t, ix, "rebuilt"); n == 0 {
		t.Fatal("no answer came from the top lists after a rebuild")
	}
}

// A row's length as the lists count it is FTS5's own.
func TestTopLengthIsFTS5s(t *testing.T) {
	smallTop(t)
	dir := t.TempDir()
	writeSynth(t, dir, 0, 80, 3)
	ix := openFresh(t, dir)
	ctx := context.Background()
	rows, err := ix.db.QueryContext(ctx, "SELECT k.len, s.sz FROM topk k JOIN fts_docsize s ON s.id = k.id")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var length int64
		var sz []byte
		if err := rows.Scan(&length, &sz); err != nil {
			t.Fatal(err)
		}
		var want int64
		for _, v := range varints(sz) {
			want += v
		}
		if length != want {
			t.Errorf("length %d, FTS5 %d", length, want)
		}
		n++
	}
	if n == 0 {
		t.Fatal("no list")
	}
}
