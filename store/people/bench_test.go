package people

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/kioskreader/kiosk/store/actors"
	"github.com/kioskreader/kiosk/store/article"
)

// The tally's own costs at 100,000 articles, by hand (benchmarks do not
// run in CI):
//
//	nice -n 19 go test ./store/people -run '^$' -bench . -benchtime 10x
//
// over 100,000 generated articles naming 5 of 100,000 actors by a Zipf
// draw and one of their own, as ui's benchmarks have them.

func synthItem(r *rand.Rand, z *rand.Zipf, i int) (Doc, Item) {
	kinds := []actors.Kind{actors.Person, actors.Organization, actors.Place}
	list := []actors.Actor{{Name: fmt.Sprintf("Only %d Trần", i), Kind: kinds[i%3], Mentions: 1}}
	for range 5 {
		n := int(z.Uint64())
		list = append(list, actors.Actor{Name: fmt.Sprintf("Actor %d Nguyễn", n), Kind: kinds[n%3], Mentions: 1})
	}
	day := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(90)).Format(time.DateOnly)
	path := fmt.Sprintf("%03d/a%06d.txt", i%1000, i)
	return Doc{Row: int64(i + 1), Path: path, Size: int64(i), Mtime: int64(i)},
		Item{ID: article.IDOf(path), Date: &article.Date{Value: day, Precision: "day", From: "text"},
			Domain: fmt.Sprintf("site%d.example", i%40), Actors: list}
}

var synth = sync.OnceValue(func() *Tally {
	r := rand.New(rand.NewPCG(1, 2))
	z := rand.NewZipf(r, 1.1, 4, 99_999)
	t := NewTally()
	for i := range 100_000 {
		t.Put(synthItem(r, z, i))
	}
	t.Folder(nil)
	return t
})

// BenchmarkTallyFill is the first tally: every article put.
func BenchmarkTallyFill(b *testing.B) {
	for b.Loop() {
		r := rand.New(rand.NewPCG(1, 2))
		z := rand.NewZipf(r, 1.1, 4, 99_999)
		t := NewTally()
		for i := range 100_000 {
			t.Put(synthItem(r, z, i))
		}
		t.Folder(nil)
	}
}

// BenchmarkTallyChangeOne is one article written again and the Folder
// after it: what the view pays per change of the folder, besides reading
// that article.
func BenchmarkTallyChangeOne(b *testing.B) {
	t := synth()
	r := rand.New(rand.NewPCG(3, 4))
	z := rand.NewZipf(r, 1.1, 4, 99_999)
	for i := 0; b.Loop(); i++ {
		t.Put(synthItem(r, z, i%100_000))
		t.Folder(nil)
	}
}

// BenchmarkTallyPutOne is the change alone, without the Folder.
func BenchmarkTallyPutOne(b *testing.B) {
	t := synth()
	r := rand.New(rand.NewPCG(3, 4))
	z := rand.NewZipf(r, 1.1, 4, 99_999)
	for i := 0; b.Loop(); i++ {
		t.Put(synthItem(r, z, i%100_000))
	}
	t.Folder(nil)
}

// BenchmarkTallyEncode and BenchmarkTallyDecode are the tally file's
// bytes written and read back.
func BenchmarkTallyEncode(b *testing.B) {
	t := synth()
	var n int
	for b.Loop() {
		n = len(t.Encode(nil))
	}
	b.ReportMetric(float64(n)/1e6, "MB")
}

func BenchmarkTallyDecode(b *testing.B) {
	buf := string(synth().Encode(nil))
	for b.Loop() {
		if _, err := Decode(buf); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTallyRecount is Builder's recount, the reference, for scale.
func BenchmarkTallyRecount(b *testing.B) {
	for b.Loop() {
		r := rand.New(rand.NewPCG(1, 2))
		z := rand.NewZipf(r, 1.1, 4, 99_999)
		bl := NewBuilder()
		for i := range 100_000 {
			_, it := synthItem(r, z, i)
			bl.Add(it)
		}
		bl.Folder()
	}
}
