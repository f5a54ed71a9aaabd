package article

import (
	"os"
	"runtime"
	"strings"
	"testing"
)

// pathological are files under --max-size that once took gigabytes to
// parse (issue 11, F), each of about size bytes.
func pathological(size int) map[string]string {
	fill := func(unit string) string { return strings.Repeat(unit, size/len(unit)+1)[:size] }
	return map[string]string{
		"short lines":         fill("Le Monde dit.\n"),
		"one-word paragraphs": fill("mot\n\n"),
		"capitalized words":   fill("Marco Rubio Emmanuel Macron Ha Noi "),
		"one name a line":     fill("Marco\nRubio\n"),
		"empty lines":         fill("\n"),
		"one long line":       fill("abcdefgh"),
		"captions":            fill("Photo: AFP\n"),
	}
}

// Parsing allocates at most 8× the file plus 32 MiB in all (so its peak is
// lower still), whatever the file holds: the budget the README states.
// KIOSK_PARSE_SIZE sets the size (default 2 MiB; 16 MiB is --max-size).
func TestParseMemoryBudget(t *testing.T) {
	size := 2 << 20
	if s := os.Getenv("KIOSK_PARSE_SIZE"); s != "" {
		size = atoiOr(s, size)
	}
	// The extractor's model and gazetteers load once per process, on the
	// first parse: that is start-up, not the cost of a file.
	Parse("warm.txt", []byte("Marco Rubio à Hanoï, xã Thanh Mỹ.\n\nLe Monde dit que Paris parle.\n"))
	for name, text := range pathological(size) {
		data := []byte(text)
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		a := Parse("x.txt", data)
		runtime.ReadMemStats(&after)
		alloc := after.TotalAlloc - before.TotalAlloc
		budget := uint64(8*len(data) + 32<<20)
		t.Logf("%s: %d bytes, %d blocks, %.1f MiB allocated (budget %.1f MiB)", name, len(data), len(a.Blocks), float64(alloc)/(1<<20), float64(budget)/(1<<20))
		if alloc > budget {
			t.Errorf("%s: %d bytes allocated for a %d-byte file, past the budget of %d", name, alloc, len(data), budget)
		}
	}
}

func atoiOr(s string, def int) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return def
		}
		n = n*10 + int(c-'0')
	}
	return n
}
