package ui

import (
	"bufio"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/kioskreader/kiosk/store/article"
)

// rssKiB is the process's resident set, from /proc; 0 where there is none.
func rssKiB() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return 0
}

func bigArticle(id string, size int) article.Article {
	var b strings.Builder
	b.WriteString("A very long article\n\n")
	for i := 0; b.Len() < size; i++ {
		b.WriteString("Paragraph " + strconv.Itoa(i) + ": " + strings.Repeat("Le gouvernement a annoncé de nouvelles mesures pour la région. ", 8) + "\n\n")
	}
	b.WriteString("Source: https://example.com/big\n")
	return article.Parse("/tmp/"+id+".txt", []byte(b.String()))
}

// TestResizeStormOnLargeArticles resizes 100 times, with the commands run
// on goroutines of their own as Bubble Tea runs them, over a 700 KB article
// (plain text: too large for glamour) and a 150 KB one (glamour, one render
// at a time, the superseded cancelled): the resident set stays under
// 300 MiB, and the reader ends with the text at the last width.
func TestResizeStormOnLargeArticles(t *testing.T) {
	if testing.Short() || rssKiB() == 0 {
		t.Skip("renders large articles; needs /proc")
	}
	for _, size := range []int{700 << 10, 150 << 10} {
		lib := newFakeLibrary(bigArticle("000_big", size))
		m := newTestModel(t, 100, 30, Options{Library: lib})
		d := newAsyncDriver()
		var peak atomic.Int64
		stop := make(chan struct{})
		go func() {
			for {
				peak.Store(max(peak.Load(), rssKiB()))
				select {
				case <-stop:
					return
				case <-time.After(5 * time.Millisecond):
				}
			}
		}()
		rng := rand.New(rand.NewSource(3))
		for i := 0; i < 100; i++ {
			d.update(t, m, tea.WindowSizeMsg{Width: 60 + rng.Intn(140), Height: 20 + rng.Intn(30)})
			for len(d.out) > 0 { // answers arrive between resizes, as they would
				d.update(t, m, <-d.out)
			}
		}
		d.update(t, m, tea.WindowSizeMsg{Width: 120, Height: 40})
		d.settle(t, m)
		close(stop)
		t.Logf("%d KiB article: peak RSS %d MiB during 100 resizes", size>>10, peak.Load()>>10)
		if peak.Load() > 300<<10 {
			t.Errorf("%d KiB article: peak RSS %d MiB, over 300", size>>10, peak.Load()>>10)
		}
		if m.reader.key.width != m.reader.width || m.reader.lines == nil {
			t.Errorf("after the storm the reader holds width %d, wants %d", m.reader.key.width, m.reader.width)
		}
		m.Close()
	}
}
