package library

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/kioskreader/kiosk/store/article"
)

// naiveLess is each order as the UI sorted a []Summary before Rows.
func naiveLess(o Order, x, y Summary) int {
	name := func() int {
		if c := strings.Compare(x.File, y.File); c != 0 {
			return c
		}
		return strings.Compare(x.ID, y.ID)
	}
	switch o {
	case ByComments:
		if x.Comments != y.Comments {
			return y.Comments - x.Comments
		}
	case BySource:
		if x.Domain != y.Domain {
			if x.Domain == "" {
				return 1
			}
			if y.Domain == "" {
				return -1
			}
			return strings.Compare(x.Domain, y.Domain)
		}
	case ByDate:
		if (x.Date.Value == "") != (y.Date.Value == "") {
			if x.Date.Value == "" {
				return 1
			}
			return -1
		}
		if x.Date.Value != y.Date.Value {
			return strings.Compare(y.Date.Value, x.Date.Value)
		}
	}
	return name()
}

func randomSummary(r *rand.Rand, dir string) Summary {
	sub := []string{"", "2024/", "zz/", "a/b/"}[r.IntN(4)]
	file := fmt.Sprintf("%03d_%c.txt", r.IntN(60), 'a'+rune(r.IntN(3)))
	if r.IntN(20) == 0 {
		file = fmt.Sprintf("%02d.TXT", r.IntN(10)) // an id that is not its path
	}
	rel := sub + file
	s := Summary{ID: article.IDOf(rel), File: file, Path: dir + "/" + rel,
		Title: strings.Repeat("t", r.IntN(5)), Comments: r.IntN(4) - 1,
		Domain: []string{"", "a.vn", "b.jp"}[r.IntN(3)]}
	if v := r.IntN(5); v > 0 {
		s.Date = article.Date{Value: []string{"", "2025", "2025-03", "2025-03-01", "2025-02-28"}[v], From: []string{"url", "file"}[r.IntN(2)]}
	}
	return s
}

// TestRowsKeepOrders: after any sequence of puts (new or replacing) and
// removes, each order of the rows is the naive sort of what they hold,
// every id is found, and each row reads back as it was put.
func TestRowsKeepOrders(t *testing.T) {
	const dir = "/news"
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 30 {
		want := map[string]Summary{}
		var start []Summary
		for range r.IntN(40) {
			s := randomSummary(r, dir)
			if _, ok := want[s.ID]; !ok {
				want[s.ID] = s
				start = append(start, s)
			}
		}
		rows := RowsOf(dir, start)
		for step := range 60 {
			s := randomSummary(r, dir)
			if r.IntN(3) == 0 {
				if got := rows.Remove(s.ID); got != (want[s.ID].ID != "") {
					t.Fatalf("round %d step %d: Remove(%s) = %v", round, step, s.ID, got)
				}
				delete(want, s.ID)
			} else {
				rows.Put(s)
				want[s.ID] = s
			}
			checkRows(t, rows, want)
		}
	}
}

func checkRows(t *testing.T, rows *Rows, want map[string]Summary) {
	t.Helper()
	if rows.Len() != len(want) {
		t.Fatalf("Len %d, want %d", rows.Len(), len(want))
	}
	stated := 0
	for id, s := range want {
		i, ok := rows.Find(id)
		if !ok || rows.Summary(i) != s {
			t.Fatalf("Find(%s) = %v: %+v, want %+v", id, ok, rows.Summary(i), s)
		}
		if s.Date.Value != "" && s.Date.From != article.FromFile {
			stated++
		}
	}
	if rows.Stated() != stated {
		t.Fatalf("Stated %d, want %d", rows.Stated(), stated)
	}
	for o := range numOrders {
		var got, naive []Summary
		for _, i := range rows.Order(o) {
			got = append(got, rows.Summary(int(i)))
		}
		for _, s := range want {
			naive = append(naive, s)
		}
		slices.SortFunc(naive, func(x, y Summary) int { return naiveLess(o, x, y) })
		if !slices.Equal(got, naive) {
			t.Fatalf("order %d:\n got %v\nwant %v", o, got, naive)
		}
	}
}

// TestRowsFromIndexOrder: rows appended as the index gives them and sorted
// at once are the rows put one by one.
func TestRowsSortAllIsPut(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var list []Summary
	want := map[string]Summary{}
	for range 300 {
		s := randomSummary(r, "/news")
		if _, ok := want[s.ID]; !ok {
			want[s.ID] = s
			list = append(list, s)
		}
	}
	checkRows(t, RowsOf("/news", list), want)
	one := NewRows("/news")
	for _, s := range list {
		one.Put(s)
	}
	checkRows(t, one, want)
	all := NewRows("/news")
	all.PutAll(list[:10])
	all.PutAll(list) // the first ten again: replaced, not doubled
	checkRows(t, all, want)
}
