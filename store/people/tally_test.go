package people

import (
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"testing"

	"github.com/kioskreader/kiosk/store/article"
	"github.com/kioskreader/kiosk/store/trend"
)

// model is the folder a Tally is told about: row → its Doc and Item, what
// the reference (Builder, a recount in path order) counts from scratch.
type model map[int64]struct {
	doc Doc
	it  Item
}

// recount is the reference: every live article, in path order, through
// Builder, as the tally was made before it was kept up to date.
func (m model) recount(keep func(*article.Date) bool) *Folder {
	rows := make([]int64, 0, len(m))
	for r := range m {
		rows = append(rows, r)
	}
	sort.Slice(rows, func(a, b int) bool { return m[rows[a]].doc.Path < m[rows[b]].doc.Path })
	b := NewBuilder()
	for _, r := range rows {
		if keep == nil || keep(m[r].it.Date) {
			b.Add(m[r].it)
		}
	}
	return b.Folder()
}

// sameFolder fails unless two Folders answer every question alike.
func sameFolder(t *testing.T, step int, got, want *Folder) {
	t.Helper()
	fail := func(format string, args ...any) {
		t.Helper()
		t.Fatalf("step %d: "+format, append([]any{step}, args...)...)
	}
	if !reflect.DeepEqual(got.Ranked, want.Ranked) {
		fail("ranking\n got %v\nwant %v", got.Ranked, want.Ranked)
	}
	if got.Len() != want.Len() {
		fail("%d articles, want %d", got.Len(), want.Len())
	}
	gd, ga := got.Dates()
	wd, wa := want.Dates()
	if gd != wd || ga != wa {
		fail("dates %d/%d, want %d/%d", gd, ga, wd, wa)
	}
	for _, by := range []trend.Period{trend.Day, trend.Week, trend.Month} {
		if got.Axis(by) != want.Axis(by) {
			fail("%s axis %v, want %v", by, got.Axis(by), want.Axis(by))
		}
	}
	for r, e := range want.Ranked {
		if got.Articles(r) != want.Articles(r) {
			fail("%s: %d articles, want %d", e.Name, got.Articles(r), want.Articles(r))
		}
		ax := want.Axis(trend.Week)
		if !slices.Equal(got.Series(r, ax), want.Series(r, ax)) {
			fail("%s: series differ", e.Name)
		}
		if !slices.Equal(got.Together(r, 1<<20), want.Together(r, 1<<20)) || !slices.Equal(got.Together(r, 3), want.Together(r, 3)) {
			fail("%s: together %v, want %v", e.Name, got.Together(r, 1<<20), want.Together(r, 1<<20))
		}
		if !slices.Equal(got.Sources(r, 1<<20), want.Sources(r, 1<<20)) {
			fail("%s: sources differ", e.Name)
		}
		if !reflect.DeepEqual(got.Counter(trend.Day, r).Points(), want.Counter(trend.Day, r).Points()) {
			fail("%s: timeline differs", e.Name)
		}
		if !slices.Equal(got.Lookup(e.Name, ""), want.Lookup(e.Name, "")) {
			fail("%s: lookup differs", e.Name)
		}
	}
	for _, q := range []string{"", "a", "russ", "da nang"} {
		if !slices.Equal(got.Filter(got.OfKind(""), q), want.Filter(want.OfKind(""), q)) {
			fail("filter %q differs", q)
		}
	}
	ids := make([]string, 0, want.Len()+1)
	for _, it := range want.items {
		ids = append(ids, it.id)
	}
	ids = append(ids, "unknown")
	rand.Shuffle(len(ids), func(a, b int) { ids[a], ids[b] = ids[b], ids[a] })
	if !slices.Equal(got.Newest(ids), want.Newest(ids)) {
		fail("newest differs")
	}
}

// steps is how many changes each seed makes: a few hundred in CI, more by
// hand (KIOSK_TALLY_STEPS=100000).
func steps(t *testing.T) int {
	if n, err := strconv.Atoi(os.Getenv("KIOSK_TALLY_STEPS")); err == nil && n > 0 {
		return n
	}
	if testing.Short() {
		return 100
	}
	return 400
}

// A Tally told of random adds, removals, rewrites and rebuilds (every row
// read again under new row numbers, as kiosk index --rebuild does) ranks,
// counts and dates exactly as a recount of the folder as it then is, with
// and without a date range, whenever a Folder is asked between changes.
func TestTallyIsTheRecount(t *testing.T) {
	for seed := uint64(1); seed <= 6; seed++ {
		t.Run(fmt.Sprint(seed), func(t *testing.T) { walkTally(t, seed, steps(t)) })
	}
}

func walkTally(t *testing.T, seed uint64, n int) {
	r := rand.New(rand.NewPCG(seed, 99))
	pool := randomItems(200, seed) // the articles' contents, drawn from
	paths := make([]string, 60)    // few paths, so that they come back
	for i := range paths {
		paths[i] = fmt.Sprintf("d%d/%03d.txt", r.IntN(3), r.IntN(1000))
	}
	tl, m := NewTally(), model{}
	nextRow := int64(1)
	byPath := func(p string) (int64, bool) {
		for row, e := range m {
			if e.doc.Path == p {
				return row, true
			}
		}
		return 0, false
	}
	put := func(row int64, p string) {
		it := pool[r.IntN(len(pool))]
		it.ID = article.IDOf(p)
		d := Doc{Row: row, Path: p, Size: r.Int64N(1000), Mtime: r.Int64()}
		tl.Put(d, it)
		m[row] = struct {
			doc Doc
			it  Item
		}{d, it}
	}
	keep := func(d *article.Date) bool { return d != nil && d.Value >= "2025-02" }
	// A Folder made earlier must not change as the tally changes after
	// it: the view reads it while the next is made.
	var old, oldWant *Folder
	oldStep := 0
	for step := range n {
		switch op := r.IntN(20); {
		case op < 8: // a file added, or one written again
			p := paths[r.IntN(len(paths))]
			row, ok := byPath(p)
			if !ok {
				row = nextRow
				nextRow++
			}
			put(row, p)
		case op < 13: // a file removed
			if p := paths[r.IntN(len(paths))]; true {
				if row, ok := byPath(p); ok {
					tl.Remove(row)
					delete(m, row)
				}
			}
		case op == 13: // rebuilt: the same files, rows numbered anew from 1
			old := m
			m = model{}
			var ps []string
			for _, e := range old {
				ps = append(ps, e.doc.Path)
			}
			r.Shuffle(len(ps), func(a, b int) { ps[a], ps[b] = ps[b], ps[a] })
			for k, p := range ps {
				put(int64(k+1), p)
			}
			for row := range old {
				if _, ok := m[row]; !ok {
					tl.Remove(row)
				}
			}
			nextRow = int64(len(ps) + 1)
		case op == 14: // a tally read back from its cache file
			tl = roundTrip(t, tl)
		case op < 18:
			if old != nil {
				sameFolder(t, oldStep, old, oldWant)
			}
			old, oldWant, oldStep = tl.Folder(nil), m.recount(nil), step
			sameFolder(t, step, old, oldWant)
		default:
			sameFolder(t, step, tl.Folder(keep), m.recount(keep))
		}
		if tl.Len() != len(m) {
			t.Fatalf("step %d: %d articles, want %d", step, tl.Len(), len(m))
		}
	}
	sameFolder(t, n, tl.Folder(nil), m.recount(nil))
}

// roundTrip is the tally as a later start reads it back from its bytes.
func roundTrip(t *testing.T, tl *Tally) *Tally {
	t.Helper()
	b := tl.Encode(nil)
	back, err := Decode(string(b))
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	if again := back.Encode(nil); !slices.Equal(again, b) {
		t.Fatal("a tally read back encodes differently")
	}
	return back
}

// A Folder is read (by the view) while the tally changes for the next one:
// nothing they share is written (go test -race tells).
func TestFolderReadWhileTallyChanges(t *testing.T) {
	items := randomItems(400, 11)
	tl := NewTally()
	put := func(i int) {
		it := items[i%len(items)]
		p := fmt.Sprintf("%03d.txt", i%300)
		it.ID = article.IDOf(p)
		tl.Put(Doc{Row: int64(i % 300), Path: p, Mtime: int64(i)}, it)
	}
	for i := range 300 {
		put(i)
	}
	for round := range 20 {
		f := tl.Folder(nil)
		done := make(chan bool)
		go func() {
			for r := range f.Ranked {
				f.Together(r, 5)
				f.Sources(r, 5)
				f.Series(r, f.Axis(trend.Week))
			}
			f.Newest([]string{"001", "002"})
			done <- true
		}()
		for i := range 50 {
			if i%7 == 0 {
				tl.Remove(int64((round*50 + i) % 300))
			} else {
				put(round*50 + i)
			}
		}
		<-done
	}
}
