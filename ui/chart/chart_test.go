package chart

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// series is 120 days of a story that starts, peaks and fades, with quiet
// days: more periods than an 80-cell line has.
func series() []int {
	v := make([]int, 120)
	for i := range v {
		switch {
		case i%7 == 6:
			v[i] = 0
		case i < 30:
			v[i] = i / 5
		case i < 50:
			v[i] = 6 + (i-30)*2
		default:
			v[i] = max(0, 46-(i-50)/2)
		}
	}
	return v
}

var (
	labels = []string{"Donald Trump", "Vladimir Poutine", "Volodymyr Zelensky", "Organisation des Nations unies (très long nom)", "Kyiv", "Hanoï"}
	counts = []int{41, 27, 19, 3, 1, 0}
)

func picture(width int, s Style) string {
	var b strings.Builder
	fmt.Fprintf(&b, "spark %d:\n%s|\n", width, Spark(series(), width, s))
	fmt.Fprintf(&b, "spark of %d:\n%s|\n", len(counts), Spark(counts, width, s))
	b.WriteString("bars:\n")
	for _, l := range Bars(labels, counts, width, s) {
		b.WriteString(l + "|\n")
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	for _, width := range []int{80, 200} {
		for _, s := range []Style{{}, {ASCII: true}} {
			name := fmt.Sprintf("w%d", width)
			if s.ASCII {
				name += "_ascii"
			}
			got := picture(width, s)
			file := filepath.Join("testdata", name+".golden")
			if *update {
				os.MkdirAll("testdata", 0o755)
				os.WriteFile(file, []byte(got), 0o644)
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s:\n%s", name, file, got)
			}
			for _, line := range strings.Split(strings.TrimSuffix(got, "\n"), "\n") {
				if n := utf8.RuneCountInString(line) - 1; n > width { // the '|' marks the end
					t.Errorf("%s: a line of %d cells in %d: %q", name, n, width, line)
				}
				if s.ASCII && strings.ContainsAny(line, string(sparkBlocks[1:])+string(barEighths[1:])) {
					t.Errorf("%s: not ASCII: %q", name, line)
				}
			}
		}
	}
}

func TestFitKeepsTheSum(t *testing.T) {
	v := series()
	for _, w := range []int{1, 7, 50, 119, 120, 500} {
		got := Fit(v, w)
		if len(got) > w || len(got) < min(w, len(v))/2 || sum(got) != sum(v) {
			t.Errorf("Fit(%d): %d cells, sum %d, want %d", w, len(got), sum(got), sum(v))
		}
	}
	if Fit(v, 0) != nil {
		t.Error("Fit(0) is not empty")
	}
}

func TestLevels(t *testing.T) {
	for _, c := range []struct{ v, top, want int }{{0, 10, 0}, {1, 1000, 1}, {10, 10, 8}, {5, 10, 4}, {9, 10, 8}, {3, 0, 0}} {
		if got := level(c.v, c.top, 8); got != c.want {
			t.Errorf("level(%d, %d) = %d, want %d", c.v, c.top, got, c.want)
		}
	}
}

func TestStyleFor(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	if StyleFor(env(map[string]string{"TERM": "xterm-256color"})).ASCII {
		t.Error("xterm: ASCII")
	}
	if !StyleFor(env(map[string]string{"TERM": "dumb"})).ASCII || !StyleFor(env(map[string]string{"TERM": "xterm", "NO_COLOR": "1"})).ASCII {
		t.Error("dumb or NO_COLOR: not ASCII")
	}
}

func sum(v []int) int {
	n := 0
	for _, x := range v {
		n += x
	}
	return n
}
