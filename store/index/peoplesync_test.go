package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/kioskreader/kiosk/store/people"
	"github.com/kioskreader/kiosk/store/trend"
)

// recountPeople is the reference: every article's actors read from the
// index again and counted from scratch.
func recountPeople(t *testing.T, ix *Index) (*people.Folder, string) {
	t.Helper()
	b := people.NewBuilder()
	stamp, err := ix.EachItem(context.Background(), b.Add)
	if err != nil {
		t.Fatal(err)
	}
	return b.Folder(), stamp
}

// samePeople fails unless two tallies rank, count, date and pair alike.
func samePeople(t *testing.T, what string, got, want *people.Folder) {
	t.Helper()
	if !reflect.DeepEqual(got.Ranked, want.Ranked) {
		t.Fatalf("%s: ranking\n got %v\nwant %v", what, got.Ranked, want.Ranked)
	}
	if got.Len() != want.Len() {
		t.Fatalf("%s: %d articles, want %d", what, got.Len(), want.Len())
	}
	for r, e := range want.Ranked {
		if !reflect.DeepEqual(got.Counter(trend.Day, r).Points(), want.Counter(trend.Day, r).Points()) ||
			!slices.Equal(got.Together(r, 1<<20), want.Together(r, 1<<20)) ||
			!slices.Equal(got.Sources(r, 1<<20), want.Sources(r, 1<<20)) {
			t.Fatalf("%s: %s differs", what, e.Name)
		}
	}
}

// A tally brought up to date after random adds, removals and rewrites of
// real articles, refreshes and rebuilds of the index, kept in memory or
// read back from its file, is the recount's.
func TestSyncTallyIsTheRecount(t *testing.T) {
	samples, _ := filepath.Glob("../../articles/*.txt")
	if len(samples) < 5 {
		t.Skip("no sample folder")
	}
	var texts [][]byte
	for _, p := range samples {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, b)
	}
	n := 40
	if testing.Short() {
		n = 12
	}
	for seed := uint64(1); seed <= 2; seed++ {
		t.Run(fmt.Sprint(seed), func(t *testing.T) { walkSync(t, rand.New(rand.NewPCG(seed, 5)), texts, n) })
	}
}

func walkSync(t *testing.T, r *rand.Rand, texts [][]byte, steps int) {
	ctx := context.Background()
	dir := t.TempDir()
	paths := []string{"a.txt", "b.txt", "c/one.txt", "c/two.txt", "d/e/f.txt", "z.txt", "m.txt"}
	at := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC) // each write a second later, long settled
	put := func(p string) {
		at = at.Add(time.Second)
		text := texts[r.IntN(len(texts))]
		write(t, filepath.Join(dir, p), string(text[:len(text)-r.IntN(min(len(text), 200))]))
		os.Chtimes(filepath.Join(dir, p), at, at)
	}
	for _, p := range paths[:4] {
		put(p)
	}
	ix := openFresh(t, dir)
	tl, stamp, err := ix.SyncTally(ctx, nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for step := range steps {
		p := paths[r.IntN(len(paths))]
		switch op := r.IntN(8); {
		case op < 3:
			put(p)
		case op < 5:
			os.Remove(filepath.Join(dir, p))
		}
		var err error
		switch op := r.IntN(6); {
		case op < 3:
			_, err = ix.Update(ctx, []string{filepath.Join(dir, p)})
		case op < 5:
			_, err = ix.Refresh(ctx, true, nil)
		default:
			_, err = ix.Rebuild(ctx, nil)
		}
		if err != nil {
			t.Fatal(err)
		}
		if r.IntN(4) == 0 {
			continue // a change the tally hears of later
		}
		want, now := recountPeople(t, ix)
		if tl, stamp, err = ix.SyncTally(ctx, tl, stamp); err != nil || stamp != now {
			t.Fatalf("step %d: stamp %s, want %s (%v)", step, stamp, now, err)
		}
		samePeople(t, fmt.Sprintf("step %d", step), tl.Folder(nil), want)
		fresh, stamp2, err := ix.SyncTally(ctx, nil, "") // as the next start reads it
		if err != nil || stamp2 != now {
			t.Fatalf("step %d: the file's tally at %s, want %s (%v)", step, stamp2, now, err)
		}
		samePeople(t, fmt.Sprintf("step %d, from the file", step), fresh.Folder(nil), want)
	}
}

// A tally file damaged anywhere, or of another database, is not read: the
// tally is counted again, and right.
func TestTallyFileDamaged(t *testing.T) {
	samples, _ := filepath.Glob("../../articles/*.txt")
	if len(samples) < 5 {
		t.Skip("no sample folder")
	}
	files := map[string]string{}
	for _, p := range samples[:5] {
		b, _ := os.ReadFile(p)
		files[filepath.Base(p)] = string(b)
	}
	ix := openFresh(t, folder(t, files))
	ctx := context.Background()
	want, _ := recountPeople(t, ix)
	if _, _, err := ix.SyncTally(ctx, nil, ""); err != nil {
		t.Fatal(err)
	}
	name := ix.file + tallySuffix
	good, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 3))
	for i := range 30 {
		bad := slices.Clone(good)
		switch i % 3 {
		case 0:
			bad[r.IntN(len(bad))] ^= byte(1 + r.IntN(255))
		case 1:
			bad = bad[:r.IntN(len(bad))]
		default:
			bad = append(bad, 'x')
		}
		if err := os.WriteFile(name, bad, 0o600); err != nil {
			t.Fatal(err)
		}
		tl, _, err := ix.SyncTally(ctx, nil, "")
		if err != nil {
			t.Fatal(err)
		}
		samePeople(t, fmt.Sprintf("damage %d", i), tl.Folder(nil), want)
	}
}
