package scan

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/kioskreader/kiosk/store/article"
)

// An article waiting to be emitted holds its file's bytes of the parse
// budget, so a slow consumer cannot make parsed articles pile up: at every
// emit, what is held is at least the emitted file and at most the budget
// and one file more (the one the emitter waits for may pass the budget).
// Files of sizes up to the whole budget, on more workers than cores, never
// wait for each other for ever, and the budget is whole again at the end.
func TestArticlesWaitingHoldTheBudget(t *testing.T) {
	const budget = 64 << 10
	saved := ParseBudget
	ParseBudget = NewBudget(budget)
	t.Cleanup(func() { ParseBudget = saved })

	dir := t.TempDir()
	sizes := map[string]int{}
	largest := 0
	for i := range 150 {
		n := 1 + (i*7919)%budget // sizes all over the budget's range
		if i%10 == 0 {
			n = budget // as large as all of it
		}
		name := fmt.Sprintf("a%03d.txt", i)
		write(t, dir, name, strings.Repeat("Le Monde dit.\n", n/14+1)[:n])
		sizes[name] = n
		largest = max(largest, n)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	emitted := 0
	parse := func(path string, data []byte) article.Article { return article.Article{Path: path} }
	err := Scan(ctx, dir, Options{Workers: 5, Parse: parse}, func(a article.Article) {
		emitted++
		held, size := ParseBudget.InUse(), int64(sizes[a.Path[len(dir)+1:]])
		if held < min(size, budget) || held > budget+int64(largest) {
			t.Errorf("%s (%d bytes) emitted while %d bytes are held", a.Path, size, held)
		}
		time.Sleep(100 * time.Microsecond) // a slow consumer: the workers run ahead
	}, func(s Skip) { t.Errorf("skipped %v", s) })
	if err != nil {
		t.Fatalf("scan: %v (a wait that never ends?)", err)
	}
	if emitted != len(sizes) {
		t.Errorf("%d articles emitted, want %d", emitted, len(sizes))
	}
	if n := ParseBudget.InUse(); n != 0 {
		t.Errorf("%d bytes still held after the scan", n)
	}
}
