package people

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/trend"
)

// cast is names that must meet or stay apart: a country in three
// languages, a name in two cases and with and without accents, one name
// of two kinds, and kind other, which is never counted.
var cast = []actors.Actor{
	{Name: "Russie", Kind: actors.Place}, {Name: "Russia", Kind: actors.Place}, {Name: "Россия", Kind: actors.Place},
	{Name: "Hélène Dufresne", Kind: actors.Person}, {Name: "HELENE DUFRESNE", Kind: actors.Person},
	{Name: "Paris", Kind: actors.Place}, {Name: "Paris", Kind: actors.Person},
	{Name: "Mekong River Commission", Kind: actors.Organization},
	{Name: "Đà Nẵng", Kind: actors.Place}, {Name: "Da Nang", Kind: actors.Place},
	{Name: "Marco Rubio", Kind: actors.Person}, {Name: "Lyon", Kind: actors.Place},
	{Name: "Tour de France", Kind: actors.Other}, {Name: "", Kind: actors.Person},
}

// randomItems makes n articles naming a few of the cast (some twice), with
// dates of every precision and origin, or none.
func randomItems(n int, seed uint64) []Item {
	r := rand.New(rand.NewPCG(seed, 1))
	base := time.Date(2024, 12, 20, 0, 0, 0, 0, time.UTC)
	items := make([]Item, n)
	for i := range items {
		var it Item
		for range r.IntN(6) {
			a := cast[r.IntN(len(cast))]
			a.Mentions = 1 + r.IntN(4)
			it.Actors = append(it.Actors, a)
		}
		day := base.AddDate(0, 0, r.IntN(120)).Format(time.DateOnly)
		from := []string{article.FromURL, article.FromText, article.FromFile}[r.IntN(3)]
		switch r.IntN(6) {
		case 0:
		case 1:
			it.Date = &article.Date{Value: day[:7], Precision: "month", From: from}
		case 2:
			it.Date = &article.Date{Value: day[:4], Precision: "year", From: from}
		default:
			it.Date = &article.Date{Value: day, Precision: "day", From: from}
		}
		if r.IntN(4) > 0 {
			it.Domain = fmt.Sprintf("news%d.example", r.IntN(5))
		}
		items[i] = it
	}
	return items
}

func build(items []Item) *Folder {
	b := NewBuilder()
	for _, it := range items {
		b.Add(it)
	}
	return b.Folder()
}

// sampleItems reads the project's sample folder, real prose with real
// actors, as the parser sees it.
func sampleItems(t *testing.T) []Item {
	files, _ := filepath.Glob("../../articles/*.txt")
	if len(files) == 0 {
		t.Skip("no sample folder")
	}
	var items []Item
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a := article.Parse(p, data)
		it := Item{Date: a.Date, Actors: a.Actors}
		if a.Source != nil {
			it.Domain = a.Source.Domain
		}
		items = append(items, it)
	}
	return items
}

func folders(t *testing.T) map[string][]Item {
	return map[string][]Item{"random": randomItems(3000, 7), "sample": sampleItems(t)}
}

// The ranking is actors.Tally's, which kiosk actors printed before this
// package, and each actor's articles add up to its count there.
func TestRankingIsTheTally(t *testing.T) {
	for name, items := range folders(t) {
		var tally actors.Tally
		for _, it := range items {
			tally.Add(it.Actors)
		}
		f := build(items)
		if !reflect.DeepEqual(f.Ranked, tally.Ranked()) {
			t.Fatalf("%s: ranking differs from actors.Tally", name)
		}
		for r, e := range f.Ranked {
			if f.Articles(r) != e.Articles {
				t.Errorf("%s: %s has %d articles, the ranking says %d", name, e.Name, f.Articles(r), e.Articles)
			}
		}
		if len(f.Ranked) < 5 {
			t.Fatalf("%s: only %d actors", name, len(f.Ranked))
		}
	}
}

// names tells whether an article names the actor of rank r, straight from
// its actors: what the folder's lists must agree with.
func names(f *Folder, it Item, r int) bool {
	for _, a := range it.Actors {
		if a.Kind != actors.Other && a.Name != "" && actors.Key(a) == f.keys[r] {
			return true
		}
	}
	return false
}

// Every sparkline's counts are the timeline's (trend.Counter, which kiosk
// timeline prints) on the folder's axis, and the timeline's are the
// articles that name the actor counted by hand.
func TestSeriesIsTheTimeline(t *testing.T) {
	for name, items := range folders(t) {
		f := build(items)
		for _, by := range []trend.Period{trend.Day, trend.Week, trend.Month} {
			ax := f.Axis(by)
			if ax.N == 0 {
				t.Fatalf("%s: no %s axis", name, by)
			}
			for r := range f.Ranked {
				c := f.Counter(by, r)
				want := trend.Counts(c.Between(ax.Label(0), ax.Label(ax.N-1)))
				if got := f.Series(r, ax); !slices.Equal(got, want) {
					t.Fatalf("%s %s %s: series %v, timeline %v", name, by, f.Ranked[r].Name, got, want)
				}
				hand := trend.NewCounter(by)
				for _, it := range items {
					if names(f, it, r) {
						hand.Add(it.Date)
					}
				}
				if !reflect.DeepEqual(c.Points(), hand.Points()) || c.Coarser != hand.Coarser {
					t.Fatalf("%s %s %s: counter differs from a count by hand", name, by, f.Ranked[r].Name)
				}
			}
		}
	}
}

func TestAxisLabelsAreTrendKeys(t *testing.T) {
	for _, by := range []trend.Period{trend.Day, trend.Week, trend.Month} {
		for _, v := range []string{"1969-12-29", "1970-01-01", "2024-02-29", "2025-03-16", "2025-03-17", "2025-12-31"} {
			f := build([]Item{{Date: &article.Date{Value: v, Precision: "day"}, Actors: cast[:1]}})
			ax := f.Axis(by)
			want, _ := trend.Key(v, by)
			if ax.N != 1 || ax.Label(0) != want {
				t.Errorf("%s %s: axis %+v labelled %q, trend says %q", v, by, ax, ax.Label(0), want)
			}
		}
	}
}

// Lookup finds an actor as kiosk timeline names it: any case, accents or
// language (for a country), one rank per kind unless a kind is asked.
func TestLookup(t *testing.T) {
	f := build(randomItems(500, 3))
	rankOf := func(name string, kind actors.Kind) int {
		for r, e := range f.Ranked {
			if e.Kind == kind && actors.Key(actors.Actor{Name: e.Name, Kind: kind}) == actors.Key(actors.Actor{Name: name, Kind: kind}) {
				return r
			}
		}
		return -1
	}
	cases := []struct {
		name string
		kind actors.Kind
		want []int
	}{
		{"RUSSIE", actors.Place, []int{rankOf("Russia", actors.Place)}},
		{"helene dufresne", "", []int{rankOf("Hélène Dufresne", actors.Person)}},
		{"Paris", actors.Person, []int{rankOf("Paris", actors.Person)}},
		{"Tour de France", "", nil},
	}
	for _, c := range cases {
		if got := f.Lookup(c.name, c.kind); !slices.Equal(got, c.want) {
			t.Errorf("Lookup(%q, %q) = %v, want %v", c.name, c.kind, got, c.want)
		}
	}
	both := f.Lookup("paris", "")
	if len(both) != 2 {
		t.Errorf("paris of any kind: %v, want the person and the place", both)
	}
}

// Together and Sources count what a pass over the articles counts.
func TestTogetherAndSources(t *testing.T) {
	for name, items := range folders(t) {
		f := build(items)
		for r := range f.Ranked {
			with := map[int]int{}
			src := map[string]int{}
			for _, it := range items {
				if !names(f, it, r) {
					continue
				}
				if it.Domain != "" {
					src[it.Domain]++
				}
				for o := range f.Ranked {
					if o != r && names(f, it, o) {
						with[o]++
					}
				}
			}
			got := f.Together(r, 1<<30)
			if len(got) != len(with) {
				t.Fatalf("%s %s: %d actors together, want %d", name, f.Ranked[r].Name, len(got), len(with))
			}
			for k, c := range got {
				if with[c.Rank] != c.Articles {
					t.Fatalf("%s %s with %s: %d, want %d", name, f.Ranked[r].Name, f.Ranked[c.Rank].Name, c.Articles, with[c.Rank])
				}
				if k > 0 && (got[k-1].Articles < c.Articles || got[k-1].Articles == c.Articles && got[k-1].Rank > c.Rank) {
					t.Fatalf("%s: together not in order: %v", name, got)
				}
			}
			gs := f.Sources(r, 1<<30)
			if len(gs) != len(src) {
				t.Fatalf("%s %s: %d sources, want %d", name, f.Ranked[r].Name, len(gs), len(src))
			}
			for _, c := range gs {
				if src[c.Domain] != c.Articles {
					t.Fatalf("%s %s in %s: %d, want %d", name, f.Ranked[r].Name, c.Domain, c.Articles, src[c.Domain])
				}
			}
			if !sort.SliceIsSorted(gs, func(a, b int) bool { return gs[a].Articles > gs[b].Articles }) {
				t.Fatalf("%s: sources not in order: %v", name, gs)
			}
			for _, n := range []int{1, 3, 8} { // the pass that keeps n, against the sort
				if few := f.Together(r, n); !slices.Equal(few, got[:min(n, len(got))]) {
					t.Fatalf("%s: the first %d together %v, sorted %v", name, n, few, got)
				}
				if few := f.Sources(r, n); !slices.Equal(few, gs[:min(n, len(gs))]) {
					t.Fatalf("%s: the first %d sources %v, sorted %v", name, n, few, gs)
				}
			}
		}
	}
}

func TestFilter(t *testing.T) {
	f := build(randomItems(500, 5))
	all := f.OfKind("")
	if len(all) != len(f.Ranked) || !slices.IsSorted(all) {
		t.Fatalf("every kind: %d of %d", len(all), len(f.Ranked))
	}
	if got := f.Filter(all, ""); !slices.Equal(got, all) {
		t.Fatalf("an empty filter keeps %d of %d", len(got), len(all))
	}
	got := f.Filter(f.OfKind(actors.Person), "helene")
	if len(got) != 1 || f.Ranked[got[0]].Kind != actors.Person {
		t.Fatalf("helene among people: %v", got)
	}
	if got := f.Filter(all, "DA NANG"); len(got) != 1 {
		t.Fatalf("DA NANG finds Đà Nẵng: %v", got)
	}
	// narrowing within an earlier answer gives what a full pass gives
	for _, q := range []string{"a", "an", "ang"} {
		if !slices.Equal(f.Filter(f.Filter(all, q[:1]), q), f.Filter(all, q)) {
			t.Fatalf("narrowed %q differs", q)
		}
	}
	if got := f.Filter(f.OfKind(actors.Organization), "zzz"); len(got) != 0 {
		t.Fatalf("zzz: %v", got)
	}
	if got := f.Filter(nil, ""); len(got) != 0 {
		t.Fatalf("within none: %v", got)
	}
}

func TestNewest(t *testing.T) {
	day := func(v string) *article.Date { return &article.Date{Value: v, Precision: "day"} }
	f := build([]Item{
		{ID: "a", Date: day("2025-03-01")}, {ID: "b"}, {ID: "c", Date: day("2025-03-16")},
		{ID: "d", Date: &article.Date{Value: "2025-03", Precision: "month"}}, {ID: "e", Date: day("2025-03-16")},
	})
	got := f.Newest([]string{"x", "a", "b", "c", "d", "e"})
	want := []string{"c", "e", "a", "d", "b", "x"}
	if !slices.Equal(got, want) {
		t.Fatalf("newest first: %v, want %v", got, want)
	}
}
