package index

import (
	"context"
	"slices"
	"testing"
)

// A prefix replaced by the words it starts finds what FTS5's own prefix
// finds, in the same order and with the same scores, in every mode and
// column, in phrases and exclusions; and a prefix starting more words than
// maxExpand is left to FTS5.
func TestPrefixAsWordsSameAsFTS5(t *testing.T) {
	dir := t.TempDir()
	writeSynth(t, dir, 0, 200, 1)
	write(t, dir+"/x/a.txt", "Mekka and the Mekongs\n\nThe meknes road, the mekong river, Mekka again.")
	write(t, dir+"/x/b.txt", "Title\n\nmekongé mekong-delta Meknès")
	ix := openFresh(t, dir)
	ctx := context.Background()
	queries := []string{"mek*", "Mek*", `"the mek"*`, "title:mek*", "mekong -mekk*", "mek* river", "mek* OR zzz*",
		"zzzq*", "the mek*", "m*", "mekong date:2000..2040 mek*"}
	parses := []func(string) (Query, error){ParseQuery, ParseTyping}
	for _, s := range append(queries, "mek", "the mekon", "mekong rive") {
		for _, parse := range parses {
			q, err := parse(s)
			if err != nil {
				continue
			}
			for _, mode := range []Mode{Quick, Ranked} {
				for _, limit := range []int{0, 3, 50} {
					got, err := ix.Search(ctx, q, mode, limit)
					if err != nil {
						t.Fatal(s, err)
					}
					want := native(t, ix, func() ([]Hit, error) { return ix.Search(ctx, q, mode, limit) })
					if !sameHits(got, want) {
						t.Errorf("%q mode %d limit %d: %d hits as words, %d by FTS5's prefix", s, mode, limit, len(got), len(want))
					}
				}
			}
			n, err := ix.Count(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			var m int
			native(t, ix, func() ([]Hit, error) { m, err = ix.Count(ctx, q); return nil, err })
			if n != m {
				t.Errorf("%q: count %d as words, %d by FTS5's prefix", s, n, m)
			}
		}
	}
	// What is expanded, and what is not.
	for _, c := range []struct {
		s    string
		mode Mode
		ends int
	}{{"mek*", Quick, 5}, {"mek*", Ranked, 0}, {"mekongs*", Ranked, 1}, {"mekongs* -mek*", Ranked, 1}} {
		q, _ := ParseQuery(c.s)
		x, err := ix.expand(ctx, ix.db, q, c.mode)
		if err != nil || len(x.groups[0][0].ends) != c.ends {
			t.Errorf("%q mode %d: expanded to %v (%v), want %d words", c.s, c.mode, x.groups[0][0].ends, err, c.ends)
		}
		if len(x.neg) > 0 && len(x.neg[0].ends) != 5 {
			t.Errorf("%q: exclusion expanded to %v, want 5 words", c.s, x.neg[0].ends)
		}
	}
	ends, ok, err := wordsStarting(ctx, ix.db, "mek", maxExpand)
	if err != nil || !ok || !slices.Contains(ends, "mekong") || !slices.Contains(ends, "mekka") || !slices.Contains(ends, "mekongs") {
		t.Errorf("words starting mek: %v %v %v", ends, ok, err)
	}
	if _, ok, _ := wordsStarting(ctx, ix.db, "m", 3); ok {
		t.Error("m starts more than 3 words, but was expanded")
	}
	if ends, ok, _ := wordsStarting(ctx, ix.db, "zzzq", 3); !ok || len(ends) != 0 {
		t.Errorf("zzzq starts no word: %v %v", ends, ok)
	}
}

// native runs f with prefixes left to FTS5.
func native(t *testing.T, ix *Index, f func() ([]Hit, error)) []Hit {
	t.Helper()
	keep := maxExpand
	maxExpand = 0
	defer func() { maxExpand = keep }()
	hits, err := f()
	if err != nil {
		t.Fatal(err)
	}
	return hits
}

func sameHits(a, b []Hit) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Path != b[i].Path || a[i].Score != b[i].Score {
			return false
		}
	}
	return true
}

// A first page of a prefix that starts more words than maxExpand looks it
// up as maxExpand of them, the listed (common) ones first: its hits are
// matches of the prefix, in folder order, and it says more may match. An
// excluded prefix is not narrowed, so nothing it excludes shows.
func TestPreviewNarrowsABroadPrefix(t *testing.T) {
	dir := t.TempDir()
	writeSynth(t, dir, 0, 200, 1)
	write(t, dir+"/x/a.txt", "Mekka and the Mekongs\n\nThe meknes road, the mekong river, Mekka again.")
	write(t, dir+"/x/b.txt", "Title\n\nmekongé mekong-delta Meknès mekkano")
	defer func(n int64) { topMinRows = n }(topMinRows)
	topMinRows = 100 // lists in a small index: mekong, in most articles, has one
	ix := openFresh(t, dir)
	ctx := context.Background()
	defer func(n int) { maxExpand = n }(maxExpand)
	maxExpand = 2
	q, err := ParseTyping("mek")
	must(t, err)
	narrowed, ok, err := ix.narrow(ctx, q)
	must(t, err)
	if ends := narrowed.groups[0][0].ends; !ok || len(ends) != 2 || !slices.Contains(ends, "mekong") {
		t.Errorf("mek* narrowed to %q (narrowed: %v), want two words, mekong (listed) among them", ends, ok)
	}
	for _, s := range []string{"mek", "mek river", "mekong -mek*", "mekong -mekk*"} {
		q, err := ParseTyping(s)
		must(t, err)
		page, err := ix.Preview(ctx, q, 50)
		must(t, err)
		all, err := ix.Search(ctx, q, Quick, 0)
		must(t, err)
		in := map[string]bool{}
		for _, h := range all {
			in[h.Path] = true
		}
		for _, h := range page.Hits {
			if !in[h.Path] {
				t.Errorf("%q: the first page shows %s, which does not match", s, h.Path)
			}
		}
		if len(page.Hits) == 0 && len(all) > 0 {
			t.Errorf("%q: an empty first page, %d matches", s, len(all))
		}
		if _, broad, _ := ix.narrow(ctx, q); broad && (page.Ranked || !page.More) {
			t.Errorf("%q: a narrowed page says ranked %v, more %v", s, page.Ranked, page.More)
		}
	}
}
