//go:build unix

package main

import (
	"context"
	"fmt"
	"math"

	"github.com/kioskreader/kiosk/store/index"
)

// topK is how many ranked answers the check compares: the top 50 that
// `kiosk search` prints.
const topK = 50

// sameTop checks that the fast ranked path (a limit of topK, which may split
// the work or read only the best postings) answers exactly what a full BM25
// over every match does (limit 0: one query that scores them all): the same
// articles in the same order, with the same scores. It returns how many of
// the top positions differ, and the number of matches.
func sameTop(ctx context.Context, ix *index.Index, query string) (differ, matches int, err error) {
	q, err := index.ParseQuery(query)
	if err != nil {
		return 0, 0, err
	}
	fast, err := ix.Search(ctx, q, index.Ranked, topK)
	if err != nil {
		return 0, 0, err
	}
	full, err := ix.Search(ctx, q, index.Ranked, 0)
	if err != nil {
		return 0, 0, err
	}
	want := full[:min(topK, len(full))]
	differ = max(len(want), len(fast)) - min(len(want), len(fast))
	for i := range min(len(want), len(fast)) {
		if fast[i].Path != want[i].Path || !nearEqual(fast[i].Score, want[i].Score) {
			differ++
		}
	}
	return differ, len(full), nil
}

// nearEqual compares two BM25 scores summed in different orders.
func nearEqual(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// checkTop adds a row per query to t: whether the fast top equals the full one.
func checkTop(ctx context.Context, t *table, n int, ix *index.Index, queries []string) error {
	for _, s := range queries {
		differ, matches, err := sameTop(ctx, ix, s)
		if err != nil {
			return fmt.Errorf("%q: %w", s, err)
		}
		verdict := "equal"
		if differ > 0 {
			verdict = fmt.Sprintf("%d of %d differ", differ, topK)
		}
		t.row(fmt.Sprint(n), s, fmt.Sprint(matches), verdict)
	}
	return nil
}
