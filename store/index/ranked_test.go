package index

import (
	"context"
	"testing"
)

// A ranked search split over row ranges gives the same articles, in the
// same order with the same scores, as one query over the whole index.
func TestRankedSplitSameAsWhole(t *testing.T) {
	ix := openFresh(t, generate(t, 400))
	search := func(s string, limit int, split int64) []Hit {
		t.Helper()
		oldAt, oldInto := splitAt, splitInto
		splitAt, splitInto = split, 3
		defer func() { splitAt, splitInto = oldAt, oldInto }()
		q, err := ParseQuery(s)
		if err != nil {
			t.Fatal(err)
		}
		hits, err := ix.Search(context.Background(), q, Ranked, limit)
		if err != nil {
			t.Fatal(err)
		}
		return hits
	}
	for _, s := range []string{"ukraine", "typhon", "serguei lavrov", `"cessez le feu"`, "rubio -ukraine", "nég*", "nothingmatches"} {
		for _, limit := range []int{1, 10, 50, 1000} {
			whole, split := search(s, limit, 1<<62), search(s, limit, 1)
			if len(whole) != len(split) {
				t.Errorf("%q limit %d: %d hits whole, %d split", s, limit, len(whole), len(split))
				continue
			}
			for i := range whole {
				if whole[i].Path != split[i].Path || whole[i].Score != split[i].Score {
					t.Errorf("%q limit %d, hit %d: whole %s %.6f, split %s %.6f", s, limit, i, whole[i].File, whole[i].Score, split[i].File, split[i].Score)
					break
				}
			}
		}
	}
}
