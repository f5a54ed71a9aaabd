package library

import (
	"fmt"
	"strings"
	"testing"
)

// TestTitlesKeptCompactly: titles read back as written across many
// blocks (the last one open), empty ones and long ones, and a row put
// again shows its new title, the others theirs.
func TestTitlesKeptCompactly(t *testing.T) {
	const n = 5*titleBlock + 7
	title := func(i, gen int) string {
		switch {
		case i%13 == 0:
			return ""
		case i%29 == 0:
			return strings.Repeat(fmt.Sprintf("long %d ", i), 400)
		}
		return fmt.Sprintf("Titre %d de la génération %d", i, gen)
	}
	var list []Summary
	for i := range n {
		id := fmt.Sprintf("a%04d", i)
		list = append(list, Summary{ID: id, File: id + ".txt", Path: "/f/" + id + ".txt", Title: title(i, 0), Comments: -1})
	}
	r := RowsOf("/f", list)
	check := func(gen func(i int) int) {
		t.Helper()
		for i := range n {
			k, ok := r.Find(fmt.Sprintf("a%04d", i))
			if !ok {
				t.Fatalf("row %d lost", i)
			}
			if got, want := r.Summary(k).Title, title(i, gen(i)); got != want {
				t.Fatalf("row %d: title %.40q, want %.40q", i, got, want)
			}
		}
	}
	check(func(int) int { return 0 })
	again := []Summary{list[3], list[titleBlock+1], list[n-1]}
	for k := range again {
		again[k].Title += " (bis)"
	}
	r.PutAll(again)
	r.Put(Summary{ID: "a0100", File: "a0100.txt", Path: "/f/a0100.txt", Title: title(100, 1), Comments: -1})
	for i := range n {
		k, _ := r.Find(fmt.Sprintf("a%04d", i))
		want := title(i, 0)
		switch i {
		case 3, titleBlock + 1, n - 1:
			want += " (bis)"
		case 100:
			want = title(100, 1)
		}
		if got := r.Summary(k).Title; got != want {
			t.Fatalf("after puts, row %d: title %.40q, want %.40q", i, got, want)
		}
	}
}

// TestOwnIDs: a row whose id or file name is not in its path (an escaped
// id, a file from elsewhere) keeps them apart, and loses them when put
// again as an ordinary row.
func TestOwnIDs(t *testing.T) {
	r := RowsOf("/f", []Summary{
		{ID: "plain", File: "plain.txt", Path: "/f/plain.txt", Comments: -1},
		{ID: "odd~id", File: "odd.txt", Path: "/f/odd.txt", Comments: -1},
		{ID: "far", File: "far.txt", Path: "/elsewhere/far.txt", Comments: -1},
	})
	for _, want := range []struct{ id, file string }{{"plain", "plain.txt"}, {"odd~id", "odd.txt"}, {"far", "far.txt"}} {
		i, ok := r.Find(want.id)
		if !ok || r.ID(i) != want.id || r.File(i) != want.file || r.Summary(i).File != want.file {
			t.Fatalf("%s: found %v, id %q, file %q", want.id, ok, r.ID(i), r.File(i))
		}
	}
	r.Put(Summary{ID: "odd~id", File: "odd~id.txt", Path: "/f/odd~id.txt", Title: "now plain", Comments: -1})
	i, ok := r.Find("odd~id")
	if !ok || r.File(i) != "odd~id.txt" || r.Summary(i).Title != "now plain" || len(r.own) != 1 {
		t.Fatalf("put again: found %v, file %q, %d owned", ok, r.File(i), len(r.own))
	}
}
