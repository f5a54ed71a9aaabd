package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/kioskreader/kiosk/store/config"
)

// TestConfigActionsAreTheUIs: [keys] names exactly the UI's actions.
func TestConfigActionsAreTheUIs(t *testing.T) {
	k := newKeyMap()
	var ui []string
	for _, a := range k.actions() {
		ui = append(ui, a.name)
	}
	cfg := append([]string(nil), config.Actions...)
	slices.Sort(ui)
	slices.Sort(cfg)
	if !slices.Equal(ui, cfg) {
		t.Errorf("the UI's actions %v, the config's %v", ui, cfg)
	}
}

// TestRebinding: a rebound action answers its new keys and not its old
// ones, the help line and the overlay say the new keys, ctrl+c still quits.
func TestRebinding(t *testing.T) {
	m := newTestModel(t, 120, 30, Options{NoColor: true, Keys: map[string][]string{
		"quit": {"x"}, "next": {"J"}, "help": {"f1"}, "zoom": {"Z"},
	}})
	if !m.status.IsEmpty() {
		t.Fatalf("a good [keys] gave %q", m.status)
	}
	if l := lastLine(t, m); !strings.Contains(l, "f1 help") || !strings.Contains(l, "x quit") {
		t.Errorf("help line %q", l)
	}
	press(t, m, "]")
	if selectedID(m) != "001_rubio" {
		t.Errorf("] still moves after next was rebound")
	}
	press(t, m, "J")
	if selectedID(m) != "002_tokyo" {
		t.Errorf("J does not go to the next article")
	}
	press(t, m, "Z")
	if !m.zoom {
		t.Errorf("Z does not zoom")
	}
	m.showHelp = true
	var lines []string
	for _, l := range m.overlayText() {
		lines = append(lines, string(l))
	}
	text := strings.Join(lines, "\n")
	if !strings.Contains(text, "x/ctrl+c") || !strings.Contains(text, "J ") || strings.Contains(text, "]/l") {
		t.Errorf("the overlay does not follow the bindings:\n%s", text)
	}
	if _, cmd := m.Update(keyMsg("x")); cmd == nil {
		t.Errorf("x does not quit")
	}
	if _, cmd := m.Update(keyMsg("ctrl+c")); cmd == nil {
		t.Errorf("ctrl+c no longer quits")
	}
}

// TestBadBindingsKeepTheDefaults: a key shared by two actions (a default
// one included), a key kiosk keeps, an unknown action or key name: the
// defaults stay and the status line says why, naming where [keys] is.
func TestBadBindingsKeepTheDefaults(t *testing.T) {
	for name, c := range map[string]struct {
		keys map[string][]string
		want string
	}{
		"two rebound": {map[string][]string{"quit": {"x"}, "zoom": {"x"}}, "x is bound to both zoom and quit"},
		"a default":   {map[string][]string{"quit": {"j"}}, "j is bound to both down and quit"},
		"kept":        {map[string][]string{"zoom": {"ctrl+c"}}, "ctrl+c is kept for quit, not zoom"},
		"unknown":     {map[string][]string{"fly": {"F"}}, `unknown action "fly"`},
		"typo":        {map[string][]string{"zoom": {"cntrl+z"}}, `no key is called "cntrl+z"`},
	} {
		m := newTestModel(t, 120, 30, Options{NoColor: true, Keys: c.keys, KeysWhere: "config.toml:7"})
		if st := m.status.String(); !strings.Contains(st, c.want) || !strings.HasPrefix(st, "config.toml:7: ") || !m.statusErr {
			t.Errorf("%s: status %q, want %q", name, m.status, c.want)
		}
		press(t, m, "j")
		if selectedID(m) != "002_tokyo" {
			t.Errorf("%s: the defaults are not kept", name)
		}
		if l := lastLine(t, m); !strings.Contains(l, "? help") || !strings.Contains(l, "q quit") {
			t.Errorf("%s: help line %q", name, l)
		}
	}
}

func TestValidKey(t *testing.T) {
	for _, k := range []string{"a", "A", "?", "ctrl+a", "alt+x", "shift+tab", "f1", "f12", "pgdown", "space", "é"} {
		if !validKey(k) {
			t.Errorf("%q refused", k)
		}
	}
	for _, k := range []string{"", "ab", "ctrl+", "f0", "f01", "spcae", " ", "\x1b"} {
		if validKey(k) {
			t.Errorf("%q accepted", k)
		}
	}
}
