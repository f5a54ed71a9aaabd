package ui

import (
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/kioskreader/kiosk/store/article"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// screenOf returns the model's view without styles, checking on the way
// that it has exactly the window's lines and none wider than the window.
func screenOf(t testing.TB, m *Model) string {
	t.Helper()
	v := m.View()
	checkFits(t, v.Content, m.width, m.height)
	return ansi.Strip(v.Content)
}

func checkFits(t testing.TB, s string, w, h int) {
	t.Helper()
	if w <= 0 || h <= 0 {
		if s != "" {
			t.Fatalf("%dx%d: view %q, want nothing", w, h, s)
		}
		return
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		t.Fatalf("%dx%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Fatalf("%dx%d: line %d is %d cells wide: %q", w, h, i, lw, ansi.Strip(l))
		}
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ui -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (go test ./ui -run Golden -update rewrites it)\ngot:\n%s\nwant:\n%s", name, got, want)
	}
}

// TestGolden draws the main states at the three layout widths.
func TestGolden(t *testing.T) {
	sizes := [][2]int{{80, 24}, {120, 40}, {200, 50}, {40, 15}}
	states := []struct {
		name string
		keys func(t *testing.T, m *Model)
	}{
		{"start", func(t *testing.T, m *Model) {}},
		{"open", func(t *testing.T, m *Model) { press(t, m, "enter") }},
		{"search", func(t *testing.T, m *Model) {
			press(t, m, "/")
			typeText(t, m, "trump")
			press(t, m, "enter", "enter", "n")
		}},
		{"panels", func(t *testing.T, m *Model) { press(t, m, "j", "tab", "tab", "j") }},
		{"help", func(t *testing.T, m *Model) { press(t, m, "?") }},
		{"wide", func(t *testing.T, m *Model) { press(t, m, "j", "enter", "G") }},
	}
	for _, sz := range sizes {
		for _, st := range states {
			name := fmt.Sprintf("%s_%dx%d", st.name, sz[0], sz[1])
			t.Run(name, func(t *testing.T) {
				m := newTestModel(t, sz[0], sz[1], Options{NoColor: true})
				st.keys(t, m)
				golden(t, name, screenOf(t, m))
			})
		}
	}
}

// TestResizeStorm resizes through 1,000 sizes, 0x0 and the layout edges
// among them, in every focus, over wide, joined, right-to-left and
// decomposed text: no panic, the view always fits, the last frame is the
// one a fresh model draws at that size in the same state, and nothing
// leaks (goroutines back to where they were, the heap bounded).
func TestResizeStorm(t *testing.T) {
	lib := fixture()
	for name, raw := range map[string]string{
		"005_rtl": "مرحبا بالعالم: مقال عربي عن 2025 والأمم المتحدة\n\nשלום עולם, טקסט בעברית עם מספרים 1234 ו-English באמצע.\n\n" +
			"نص المقال هنا، مع فقرة طويلة بما يكفي لتلتف على عدة أسطر في نافذة ضيقة جدا.\n\nSource: https://aljazeera.net/news/2025/3/16/x\n",
		"006_nfd": "Vie\u0301t Nam: Nguye\u0302\u0303n Pha\u0301t and the Zu\u0308rich delegation 🇻🇳🇨🇭\n\n" +
			"The family 👩\u200d👩\u200d👧\u200d👦 and 🏳\ufe0f\u200d🌈 and 🧑🏽\u200d💻 at the meeting; ｆｕｌｌｗｉｄｔｈ ＡＢＣ and 한국어 텍스트.\n\nComment (7)\n",
	} {
		a := article.Parse("/tmp/"+name+".txt", []byte(raw))
		lib.arts[a.ID] = a
		lib.ids = append(lib.ids, a.ID)
	}
	sort.Strings(lib.ids)
	goroutines := runtime.NumGoroutine()

	m := newTestModel(t, 80, 24, Options{Library: lib})
	keys := []string{"enter"}
	press(t, m, keys...)
	rng := rand.New(rand.NewSource(1))
	sizes := [][2]int{{0, 0}, {1, 1}, {0, 10}, {10, 0}, {2, 2}, {3, 3}, {4, 4}, {5, 5}, {6, 6}, {10, 3}, {20, 5},
		{19, 5}, {20, 6}, {21, 7}, {59, 20}, {60, 20}, {119, 30}, {120, 30}, {80, 24}, {300, 100}, {500, 200}}
	for len(sizes) < 1000 {
		switch rng.Intn(4) {
		case 0: // tiny
			sizes = append(sizes, [2]int{rng.Intn(8), rng.Intn(8)})
		default:
			sizes = append(sizes, [2]int{rng.Intn(260), rng.Intn(90)})
		}
	}
	var heap100 uint64
	for i, sz := range sizes {
		drive(t, m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		// Keys whose effect does not depend on the window's size, so that
		// a fresh model given them at the last size is in the same state:
		// no paging or scrolling, which the height at the time decides.
		var k string
		switch {
		case i == 900: // the last hundred sizes go by with the reader open
			for n := 0; m.focus != readerPane && n < 3; n++ {
				press(t, m, "tab")
				keys = append(keys, "tab")
			}
		case i > 900 && i%11 == 0:
			k = "]"
		case i > 900:
		case i%7 == 0:
			k = "tab"
		case i%11 == 0 && m.focus == listPane:
			k = "j"
		case i%11 == 0:
			k = "]"
		case i%13 == 0:
			k = "b"
		case i%29 == 0:
			k = "s"
		case i%31 == 0:
			k = "m"
		case i%97 == 0:
			k = "["
		}
		if k != "" {
			press(t, m, k)
			keys = append(keys, k)
		}
		checkFits(t, m.View().Content, sz[0], sz[1])
		if i == 99 {
			heap100 = heapInuse()
		}
	}
	heap1000 := heapInuse()
	// The render cache holds at most 96 renderings: the heap may grow from
	// 100 to 1,000 resizes while it fills, not with every resize.
	if limit := 2*heap100 + 4<<20; heap1000 > limit {
		t.Errorf("heap in use grew from %d KiB after 100 resizes to %d KiB after 1,000", heap100>>10, heap1000>>10)
	}
	t.Logf("heap in use after 100 resizes: %d KiB, after 1,000: %d KiB", heap100>>10, heap1000>>10)

	for _, final := range [][2]int{{137, 41}, {90, 30}, {45, 12}} {
		for _, sz := range [][2]int{{0, 0}, {3, 2}, final} {
			drive(t, m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		}
		fresh := newTestModel(t, final[0], final[1], Options{Library: lib})
		press(t, fresh, keys...)
		got, want := m.View(), fresh.View()
		checkFits(t, got.Content, final[0], final[1])
		if got.Content != want.Content {
			t.Errorf("%dx%d after the storm:\n%s\na fresh model in the same state:\n%s",
				final[0], final[1], ansi.Strip(got.Content), ansi.Strip(want.Content))
		}
		if got.AltScreen != want.AltScreen || got.MouseMode != want.MouseMode {
			t.Errorf("%dx%d: view modes %v/%v after the storm, %v/%v fresh", final[0], final[1],
				got.AltScreen, got.MouseMode, want.AltScreen, want.MouseMode)
		}
		fresh.Close()
	}
	m.Close()

	// Nothing the storm started may outlive the models; goroutines that
	// end on their own get time to do so (a hang guard, not a timing).
	n := runtime.NumGoroutine()
	for i := 0; i < 500 && n > goroutines; i++ {
		time.Sleep(10 * time.Millisecond)
		n = runtime.NumGoroutine()
	}
	if n > goroutines {
		buf := make([]byte, 8<<10)
		t.Errorf("%d goroutines before the storm, %d after; the first of them:\n%s", goroutines, n, buf[:runtime.Stack(buf, true)])
	}
}

// heapInuse is the heap in use after a full collection.
func heapInuse() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse
}

func TestTooSmall(t *testing.T) {
	for _, sz := range [][2]int{{19, 24}, {80, 5}, {5, 2}} {
		m := newTestModel(t, sz[0], sz[1], Options{})
		if got := screenOf(t, m); !strings.Contains(got, "too") || strings.Contains(got, "\n") {
			t.Errorf("%v: %q", sz, got)
		}
	}
	m := newTestModel(t, 20, 6, Options{})
	if got := screenOf(t, m); strings.Contains(got, "too small") {
		t.Errorf("20x6 is usable, got %q", got)
	}
}
