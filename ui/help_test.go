package ui

import (
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/kioskreader/kiosk/store/sanitize"
)

// lastLine is the help line of the screen.
func lastLine(t testing.TB, m *Model) string {
	s := screenOf(t, m)
	lines := strings.Split(s, "\n")
	return lines[len(lines)-1]
}

// TestHelpLineKeepsHelpAndQuit: at every width the short help keeps "? help"
// and "q quit", whatever has the keys.
func TestHelpLineKeepsHelpAndQuit(t *testing.T) {
	contexts := map[string][]string{
		"list":    nil,
		"reader":  {"enter"},
		"panels":  {"tab", "tab"},
		"overlay": {"?"},
		"search":  {"/", "t", "r", "enter", "enter"},
	}
	for name, keys := range contexts {
		m := newTestModel(t, 80, 24, Options{NoColor: true})
		press(t, m, keys...)
		for w := 20; w <= 300; w++ {
			drive(t, m, resize(w, 24))
			l := lastLine(t, m)
			if !strings.Contains(l, "? help") || !strings.Contains(l, "q quit") {
				t.Fatalf("%s at %d columns: help line %q lacks ? help or q quit", name, w, l)
			}
		}
	}
}

// TestHelpLineFollowsContext: each context offers its own keys.
func TestHelpLineFollowsContext(t *testing.T) {
	m := newTestModel(t, 120, 30, Options{NoColor: true})
	if l := lastLine(t, m); !strings.Contains(l, "enter open") || !strings.Contains(l, "/ search") {
		t.Errorf("list: %q", l)
	}
	press(t, m, "enter")
	if l := lastLine(t, m); !strings.Contains(l, "space page") || strings.Contains(l, "enter open") {
		t.Errorf("reader: %q", l)
	}
	press(t, m, "tab")
	if l := lastLine(t, m); !strings.Contains(l, "enter articles naming") {
		t.Errorf("panels: %q", l)
	}
	press(t, m, "/")
	// the prompt types ? and q: it says how to quit from there instead
	if l := lastLine(t, m); !strings.Contains(l, "enter whole words") || !strings.Contains(l, "ctrl+c quit") {
		t.Errorf("prompt: %q", l)
	}
}

// TestFitHintsByPriority: the least useful go first, order stays.
func TestFitHintsByPriority(t *testing.T) {
	L := func(s string) Safe { return sanitize.SafeLine(s) }
	items := []hint{{L("a"), L("x"), 3}, {L("b"), L("y"), 1}, {L("c"), L("z"), 2}, {L("?"), L("help"), always}, {L("q"), L("quit"), always}}
	got := fitHints(items, hintsWidth(items)-1)
	var keys []string
	for _, h := range got {
		keys = append(keys, h.key.String())
	}
	if strings.Join(keys, "") != "ac?q" {
		t.Errorf("dropped the wrong item: %v", keys)
	}
	if w := hintsWidth(items[3:]); w != len("? help • q quit")-2 { // • is 3 bytes, 1 cell
		t.Errorf("width of ? help • q quit: %d", w)
	}
	if got := fitHints(items, 1); len(got) != 2 {
		t.Errorf("help and quit must stay: %v", got)
	}
}

// TestOverlayWraps: at every width from 40 the overlay's lines fit, no row
// is cut, and every key is listed once.
func TestOverlayWraps(t *testing.T) {
	groups := newKeyMap().FullHelp()
	for w := 40; w <= 300; w++ {
		lines := overlayColumns(groups, w, overlayStyle{plain, plain, plain})
		var strs []string
		for _, l := range lines {
			strs = append(strs, string(l))
		}
		text := strings.Join(strs, "\n")
		for i, l := range strs {
			if ansi.StringWidth(l) > w {
				t.Fatalf("%d columns: line %d is %d wide: %q", w, i, ansi.StringWidth(l), l)
			}
		}
		if strings.Contains(text, "…") {
			t.Fatalf("%d columns: a row is cut:\n%s", w, text)
		}
		for _, g := range groups {
			for _, r := range g.rows {
				if !strings.Contains(text, r[0].String()+" ") && !strings.HasSuffix(text, r[0].String()) {
					t.Fatalf("%d columns: %q missing", w, r[0])
				}
			}
		}
	}
}

// TestEveryKeyOnce: no key is in two bindings, each binding is one row of
// the overlay, and the prompt's keys and the search syntax are there.
func TestEveryKeyOnce(t *testing.T) {
	k := newKeyMap()
	if p := clash(k.actions(), nil); len(p) > 0 {
		t.Errorf("default keys clash: %v", p)
	}
	rows := map[string]int{}
	titles := map[string]bool{}
	for _, g := range k.FullHelp() {
		titles[g.title.String()] = true
		if t := g.title.String(); t == "In the search prompt" || t == "Search syntax" {
			continue // the prompt's enter and esc are the same keys in another place
		}
		for _, r := range g.rows {
			rows[r[0].String()]++
		}
	}
	keys := map[string]bool{}
	for _, a := range k.actions() {
		if n := rows[a.b.Help().Key]; n != 1 {
			t.Errorf("%s (%s) is in the overlay %d times", a.name, a.b.Help().Key, n)
		}
		for _, key := range a.b.Keys() {
			keys[key] = true
		}
	}
	for _, want := range []string{"ctrl+d", "ctrl+u", "home", "end", "shift+tab"} {
		if !keys[want] {
			t.Errorf("%s not in the overlay", want)
		}
	}
	for _, want := range []string{"In the search prompt", "Search syntax"} {
		if !titles[want] {
			t.Errorf("the overlay has no %q", want)
		}
	}
}

// TestOverlayScrolls: at 40×15 the overlay does not fit; the motion keys
// scroll it to its end, and the last line says when more is below.
func TestOverlayScrolls(t *testing.T) {
	m := newTestModel(t, 40, 15, Options{NoColor: true})
	press(t, m, "?")
	if !strings.Contains(screenOf(t, m), "↓ more") {
		t.Fatalf("no sign of more below:\n%s", screenOf(t, m))
	}
	press(t, m, "G")
	s := screenOf(t, m)
	if strings.Contains(s, "↓ more") || !strings.Contains(s, "closes this help") {
		t.Errorf("G does not reach the end:\n%s", s)
	}
	press(t, m, "g")
	if !strings.Contains(screenOf(t, m), "kiosk · keys") {
		t.Errorf("g does not go back to the top")
	}
}

// TestReadmeListsEveryKey: the README's key table names each binding's keys.
func TestReadmeListsEveryKey(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Skip("no README:", err)
	}
	readme := string(b)
	km := newKeyMap()
	for _, a := range km.actions() {
		for _, key := range a.b.Keys() {
			if !strings.Contains(readme, "`"+key+"`") && !strings.Contains(readme, "`"+keyName(key)+"`") &&
				!strings.Contains(readme, "/"+key+"`") && !strings.Contains(readme, "`"+key+"/") {
				t.Errorf("README's key table does not name %q (%s)", key, a.name)
			}
		}
	}
}

func resize(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }
