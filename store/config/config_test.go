package config

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// load writes text as the config file of a fresh $XDG_CONFIG_HOME and loads
// it with the given environment.
func load(t *testing.T, text string, env map[string]string) *Config {
	t.Helper()
	dir := t.TempDir()
	if text != "" {
		p := filepath.Join(dir, "kiosk", "config.toml")
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return Load(func(k string) string {
		if k == "XDG_CONFIG_HOME" {
			return dir
		}
		return env[k]
	})
}

func TestDefaultsWithoutFile(t *testing.T) {
	c := load(t, "", nil)
	if c.File != "" || len(c.Problems) != 0 || c.Style.Value != "auto" || !c.Mouse.Value || c.Style.Origin != FromDefault {
		t.Errorf("defaults: %+v", c)
	}
}

func TestDefaultFileIsValidAndDefault(t *testing.T) {
	c := load(t, Default, nil)
	if len(c.Problems) != 0 {
		t.Fatalf("the default file has problems: %q", c.Problems)
	}
	d := Defaults()
	if c.Style.Value != d.Style.Value || c.Mouse.Value != d.Mouse.Value || c.DateFormat.Value != d.DateFormat.Value || len(c.Keys.Value) != 0 {
		t.Errorf("the default file changes a default: %+v", c)
	}
}

func TestFileSettings(t *testing.T) {
	c := load(t, `folders = ["/a", "/b"]
style = "light"
text_width = 72
mouse = false

[[opener]]
match = "*youtube.com/*"
command = "mpv %s"

[[opener]]
match = "http"
command = "w3m %s"
terminal = true

[keys]
quit = "x"
next = ["right", "l"]
`, nil)
	if len(c.Problems) != 0 {
		t.Fatalf("problems: %q", c.Problems)
	}
	if got := strings.Join(c.Folders.Value, ","); got != "/a,/b" || c.Folders.Where != "config.toml:1" {
		t.Errorf("folders %q from %q", got, c.Folders.Where)
	}
	if c.Style.Value != "light" || c.TextWidth.Value != 72 || c.Mouse.Value || c.Mouse.Where != "config.toml:4" {
		t.Errorf("settings: %+v", c)
	}
	if o := c.OpenerFor("https://www.youtube.com/watch?v=1"); o == nil || o.Command != "mpv %s" {
		t.Errorf("youtube opener: %+v", o)
	}
	if o := c.OpenerFor("https://example.com/a"); o == nil || !o.Terminal {
		t.Errorf("w3m opener: %+v", o)
	}
	if k := c.Keys.Value; k["quit"][0] != "x" || len(k["next"]) != 2 {
		t.Errorf("keys: %v", k)
	}
}

func TestBrokenFileSaysLineAndKeepsTheRest(t *testing.T) {
	for _, c := range []struct {
		text, want string
		line       int
	}{
		{"style = \"light\"\ncolour = \"red\"\n", `unknown setting "colour"`, 2},
		{"mouse = \"yes\"\n", "mouse must be true or false, not a string", 1},
		{"\n\nstyle = \"neon\"\n", `unknown style "neon"`, 3},
		{"text_width = -3\n", "between 0 and 1000", 1},
		{"[keys]\nquit = \"q\"\nnext = \"q\"\n", "bound to both next and quit", 3},
		{"[keys]\n\nfly = \"f\"\n", `unknown action "fly"`, 3},
		{"style = \"light\n", "", 1}, // bad TOML: the parser's own message
		{"style = \"missing.json\"\n", "no style file", 1},
	} {
		cfg := load(t, c.text, nil)
		if len(cfg.Problems) != 1 {
			t.Errorf("%q: problems %q, want one", c.text, cfg.Problems)
			continue
		}
		p := cfg.Problems[0]
		if !strings.Contains(p, "config.toml:"+itoa(c.line)+": ") || !strings.Contains(p, c.want) {
			t.Errorf("%q: problem %q, want line %d and %q", c.text, p, c.line, c.want)
		}
	}
	// What could be read is used: the good style stays.
	if cfg := load(t, "style = \"light\"\ncolour = \"red\"\n", nil); cfg.Style.Value != "light" {
		t.Errorf("the good setting beside a bad one was dropped: %q", cfg.Style.Value)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestPrecedence(t *testing.T) {
	file := "folders = [\"/file\"]\nbrowser = \"firefox\"\nstyle = \"light\"\n"
	env := map[string]string{"KIOSK_DIR": "/env", "BROWSER": "chromium", "GLAMOUR_STYLE": "dracula"}
	c := load(t, file, env)
	if c.Folders.Value[0] != "/env" || c.Folders.Origin != FromEnv {
		t.Errorf("$KIOSK_DIR must beat the file: %+v", c.Folders)
	}
	if c.Browser.Value != "firefox" || c.Style.Value != "light" {
		t.Errorf("the file must beat $BROWSER and $GLAMOUR_STYLE: %q %q", c.Browser.Value, c.Style.Value)
	}
	c.SetFolders([]string{"/flag"})
	c.SetStyle("dark")
	if c.Folders.Value[0] != "/flag" || c.Style.Value != "dark" || c.Style.Origin != FromFlag {
		t.Errorf("flags must beat everything: %+v %+v", c.Folders, c.Style)
	}
	if c := load(t, "", env); c.Style.Value != "dracula" || c.Browser.Value != "chromium" {
		t.Errorf("without a file the environment counts: %q %q", c.Style.Value, c.Browser.Value)
	}
}

func TestPrintIsTOMLAndSaysOrigins(t *testing.T) {
	c := load(t, "style = \"light\"\n[keys]\nquit = \"x\"\n", map[string]string{"KIOSK_DIR": "/env"})
	var b strings.Builder
	c.Print(&b)
	out := b.String()
	for _, want := range []string{"# environment $KIOSK_DIR", "# file config.toml:1", "quit = [\"x\"]", "# default"} {
		if !strings.Contains(out, want) {
			t.Errorf("kiosk config output lacks %q:\n%s", want, out)
		}
	}
	var raw map[string]any
	if _, err := toml.Decode(out, &raw); err != nil {
		t.Errorf("the printed settings are not TOML: %v\n%s", err, out)
	}
}

func TestFIFOInPlaceOfTheFile(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "kiosk"), 0o755)
	if err := mkfifo(filepath.Join(dir, "kiosk", "config.toml")); err != nil {
		t.Skip("no FIFOs here")
	}
	c := Load(func(k string) string {
		if k == "XDG_CONFIG_HOME" {
			return dir
		}
		return ""
	})
	if len(c.Problems) != 1 || !strings.Contains(c.Problems[0], "not a regular file") {
		t.Errorf("problems %q", c.Problems)
	}
}
