package ui

import (
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
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
	sizes := [][2]int{{80, 24}, {120, 40}, {200, 50}}
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
// among them, in every focus: no panic, and the view always fits.
func TestResizeStorm(t *testing.T) {
	m := newTestModel(t, 80, 24, Options{})
	press(t, m, "enter")
	rng := rand.New(rand.NewSource(1))
	sizes := [][2]int{{0, 0}, {1, 1}, {0, 10}, {10, 0}, {19, 5}, {20, 6}, {21, 7}, {59, 20}, {60, 20}, {119, 30}, {120, 30}, {500, 200}}
	for len(sizes) < 1000 {
		sizes = append(sizes, [2]int{rng.Intn(260), rng.Intn(90)})
	}
	for i, sz := range sizes {
		drive(t, m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		if i%7 == 0 {
			press(t, m, "tab")
		}
		if i%11 == 0 {
			press(t, m, "j")
		}
		v := m.View().Content
		checkFits(t, v, sz[0], sz[1])
	}
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
