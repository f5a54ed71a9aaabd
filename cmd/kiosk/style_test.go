package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// configDir writes a config file and returns the XDG_CONFIG_HOME for it.
func configDir(t *testing.T, text string) string {
	t.Helper()
	home := t.TempDir()
	if err := os.MkdirAll(filepath.Join(home, "kiosk"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(home, "kiosk", "config.toml"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return home
}

// TestShowStyles: glamour's named styles, a JSON style of one's own from
// the flag, the file or $GLAMOUR_STYLE, each in its place of precedence;
// a broken JSON style is one line and the default.
func TestShowStyles(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "Un titre de test ici\n\nUn paragraphe.\n"})
	good := filepath.Join(t.TempDir(), "mine.json")
	os.WriteFile(good, []byte(`{"heading": {"prefix": "§ "}, "h1": {"prefix": "§ ", "color": "#00ff00"}}`), 0o644)
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte("{\n  \"h1\": {\"prefix\": \"§ \",}\n}\n"), 0o644)
	show := func(env map[string]string, args ...string) (string, string, int) {
		env["CLICOLOR_FORCE"] = "1" // colours into the test's buffer
		if env["XDG_CONFIG_HOME"] == "" {
			env["XDG_CONFIG_HOME"] = t.TempDir()
		}
		return kiosk(t, env, append([]string{"show", "--dir", dir}, append(args, "a")...)...)
	}
	dark, _, _ := show(map[string]string{}, "--style", "dark")
	dracula, errs, code := show(map[string]string{}, "--style", "dracula")
	if code != 0 || dracula == dark || !strings.Contains(ansi.Strip(dracula), "Un titre de test ici") {
		t.Errorf("--style dracula: exit %d, %q, same as dark: %v", code, errs, dracula == dark)
	}
	for name, env := range map[string]map[string]string{
		"flag":           {},
		"file":           {"XDG_CONFIG_HOME": configDir(t, "style = \""+good+"\"\n")},
		"$GLAMOUR_STYLE": {"GLAMOUR_STYLE": good},
	} {
		var args []string
		if name == "flag" {
			args = []string{"--style", good}
		}
		out, errs, code := show(env, args...)
		if code != 0 || errs != "" || !strings.Contains(ansi.Strip(out), "§ Un titre de test ici") {
			t.Errorf("a JSON style from the %s: exit %d, stderr %q, out %q", name, code, errs, ansi.Strip(out))
		}
	}
	// The file beats $GLAMOUR_STYLE, the flag beats the file.
	if out, _, _ := show(map[string]string{"XDG_CONFIG_HOME": configDir(t, "style = \"dark\"\n"), "GLAMOUR_STYLE": good}); out != dark {
		t.Errorf("style = dark in the file lost to $GLAMOUR_STYLE:\n%q", ansi.Strip(out))
	}
	if out, _, _ := show(map[string]string{"XDG_CONFIG_HOME": configDir(t, "style = \""+good+"\"\n")}, "--style", "dark"); out != dark {
		t.Errorf("--style dark lost to the file's style:\n%q", ansi.Strip(out))
	}
	for name, env := range map[string]map[string]string{
		"flag": {},
		"file": {"XDG_CONFIG_HOME": configDir(t, "style = \""+bad+"\"\n")},
	} {
		var args []string
		if name == "flag" {
			args = []string{"--style", bad}
		}
		out, errs, code := show(env, args...)
		lines := strings.Split(strings.TrimSpace(errs), "\n")
		if code != 0 || len(lines) != 1 || !strings.HasPrefix(lines[0], "kiosk: style "+bad+":2: ") || !strings.Contains(errs, "using the default style") {
			t.Errorf("a broken JSON style from the %s: exit %d, stderr %q", name, code, errs)
		}
		if !strings.Contains(ansi.Strip(out), "Un titre de test ici") || strings.Contains(ansi.Strip(out), "§") {
			t.Errorf("a broken JSON style from the %s: not the default rendering: %q", name, ansi.Strip(out))
		}
	}
	if _, errs, code := show(map[string]string{}, "--style", "neon"); code != 2 || !strings.Contains(errs, "--style must be auto, dark, light") {
		t.Errorf("--style neon: exit %d, %q", code, errs)
	}
}
