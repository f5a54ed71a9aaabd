package index

import (
	"context"
	"reflect"
	"testing"
)

// ReadOnce cuts the page cache of the connection the next question is asked
// on, and the answers stay the same, in the same order with the same scores.
func TestReadOnceSameAnswers(t *testing.T) {
	ix := openFresh(t, folder(t, fixtures))
	ctx := context.Background()
	var before [][]Hit
	queries := []string{"ukraine", "russie", "ukraine OR russie", "title:ukraine", "ukraine -russie"}
	for _, s := range queries {
		before = append(before, ranked(t, ix, s))
	}
	if err := ix.ReadOnce(); err != nil {
		t.Fatal(err)
	}
	var pages int
	if err := ix.db.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if pages != oneShotCachePages {
		t.Errorf("cache_size after ReadOnce = %d, want %d", pages, oneShotCachePages)
	}
	for i, s := range queries {
		if got := ranked(t, ix, s); !reflect.DeepEqual(got, before[i]) {
			t.Errorf("%q after ReadOnce: %v, before %v", s, got, before[i])
		}
	}
}

func ranked(t *testing.T, ix *Index, s string) []Hit {
	t.Helper()
	q, err := ParseQuery(s)
	if err != nil {
		t.Fatal(err)
	}
	hits, err := ix.Search(context.Background(), q, Ranked, 50)
	if err != nil {
		t.Fatal(err)
	}
	return hits
}
