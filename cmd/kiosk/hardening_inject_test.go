//go:build unix

package main

// Issue 6, part 1: whatever an article or its file name holds, nothing but
// text, '\n' and (from glamour) SGR reaches the terminal, on stdout or
// stderr, through any command of the real binary.

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kioskreader/kiosk/store/sanitize"
)

// shortCSI is a CSI with 40 parameters: past x/ansi's 32, short enough
// to be a query.
var shortCSI = "\x1b[" + strings.Repeat("1;", 40) + "m"

func TestHardeningInjectionFolderCommands(t *testing.T) {
	dir, articles := hostileFolder(t)
	env := []string{"XDG_CACHE_HOME=" + t.TempDir(), "XDG_STATE_HOME=" + t.TempDir()}
	o := runOpts{env: env}

	r := runKiosk(t, o, "list", "--json", "--dir", dir)
	checkTerminalSafe(t, "list --json", r, false, false)
	if r.code != 0 {
		t.Errorf("list --json: exit %d", r.code)
	}
	// Names a terminal could act on are listed under a stand-in; the
	// others under their own name.
	if n := strings.Count(r.stdout, "\n"); n != len(articles) {
		t.Errorf("list --json: %d articles listed, want %d", n, len(articles))
	}
	listedFiles := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n") {
		var a listed
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatalf("list --json: not JSON: %q", clip(l))
		}
		listedFiles[filepath.Base(a.Path)] = true
	}
	for _, name := range articles {
		if !listedFiles[name] && sanitize.IsSafe(name, false) {
			t.Errorf("list --json: %q is not listed", name)
		}
	}
	for _, skipped := range []string{"binary", "fifo"} {
		if !strings.Contains(r.stderr, "kiosk: skipped ") || !strings.Contains(r.stderr, skipped) {
			t.Errorf("list --json: the %s file with a hostile name is not reported: stderr %q", skipped, r.stderr)
		}
	}

	r = runKiosk(t, o, "list", "--dir", dir)
	checkTerminalSafe(t, "list", r, false, true)

	for _, args := range [][]string{
		{"search", "--dir", dir, "--limit", "0", searchWord},
		{"search", "--dir", dir, "port"},
		{"search", "--dir", dir, "title:zanzibar"},
		{"search", "--dir", dir, "pwned"}, // in file names only
		{"index", "--dir", dir},
		{"index", "--rebuild", "--dir", dir},
		{"actors", "--dir", dir},
		{"actors", "--json", "--dir", dir},
	} {
		r := runKiosk(t, o, args...)
		checkTerminalSafe(t, strings.Join(args[:2], " "), r, false, false)
		if r.code != 0 {
			t.Errorf("%q: exit %d, stderr %q", args, r.code, clip(r.stderr))
		}
	}

	r = runKiosk(t, o, "search", "--json", "--dir", dir, "--limit", "0", searchWord)
	if n := strings.Count(r.stdout, "\n"); n != len(articles) {
		t.Errorf("search --json --limit 0 %s: %d hits, want %d", searchWord, n, len(articles))
	}

	// Hostile queries and arguments end up in messages.
	for _, q := range append(append([]string{shortCSI, "title:" + shortCSI, "\"" + shortCSI + "\"", "\"\x1b]0;x\x07", "\x1b]52;c;ZXZpbA==\x07"}, c1Payloads...), bidiPayloads[:3]...) {
		r := runKiosk(t, o, "search", "--dir", dir, q)
		checkTerminalSafe(t, "search "+strings.ToValidUTF8(q[:min(len(q), 12)], "?"), r, false, false)
	}
	for _, args := range [][]string{
		{"show", "--dir", dir, "missing\x1b]0;pwned\x07"},
		{"show", "--style", "\x1b]52;c;ZXZpbA==\x07", "--dir", dir, "x"},
		{"list", "--dir", dir, "extra\x1b[2J"},
		{"list", "--dir", dir + "/nope\x1b]0;t\x07"},
		{"actors", "--dir", dir, "\u009b2J"},
		{"index", "--dir", "\x9b6n"},
		{"\x1b]0;command\x07"},
	} {
		r := runKiosk(t, o, args...)
		checkTerminalSafe(t, strings.ToValidUTF8(strings.Join(args, " "), "?"), r, false, false)
	}
}

// TestHardeningInjectionSearchJSON: search --json writes file names
// (id, file, path) as they are on disk; JSON escapes C0 but not C1
// controls nor bidi overrides written as UTF-8.
func TestHardeningInjectionSearchJSON(t *testing.T) {
	dir, _ := hostileFolder(t)
	r := runKiosk(t, runOpts{}, "search", "--json", "--dir", dir, "--limit", "0", searchWord)
	checkTerminalSafe(t, "search --json", r, false, false)
}

// TestHardeningInjectionFlagErrors: the flag package echoes an unknown
// flag as it was given.
func TestHardeningInjectionFlagErrors(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"list", "--\x1b]0;flag\x07"},
		{"show", "-\x1b]52;c;ZXZpbA==\x07", "x"},
		{"search", "--dir", dir, "--limit", "\x1b[2J", "x"},
		{"actors", "--dir=\x1b]0;t\x07", "--\u009b2J"},
		{"index", "-\u202e"},
	} {
		r := runKiosk(t, runOpts{}, args...)
		checkTerminalSafe(t, strings.ToValidUTF8(strings.Join(args, " "), "?"), r, false, false)
	}
}

func TestHardeningInjectionShow(t *testing.T) {
	dir, articles := hostileFolder(t)
	env := []string{"XDG_CACHE_HOME=" + t.TempDir(), "XDG_STATE_HOME=" + t.TempDir()}
	modes := []struct {
		name string
		args []string
		sgr  bool
	}{
		{"show --plain", []string{"show", "--plain"}, false},
		{"show --json", []string{"show", "--json"}, false},
		{"show --style dark", []string{"show", "--style", "dark"}, true},
		{"show --style light", []string{"show", "--style", "light"}, true},
		{"show --style notty", []string{"show", "--style", "notty"}, true},
		{"show --style dark --width 7", []string{"show", "--style", "dark", "--width", "7"}, true},
		{"show (default)", []string{"show"}, true},
		{"actors FILE", []string{"actors"}, false},
		{"actors --json FILE", []string{"actors", "--json"}, false},
	}
	for _, name := range articles {
		t.Run(strings.ToValidUTF8(strings.Map(func(r rune) rune {
			if badRune(r) || r == 0x1b || r == '/' {
				return '?'
			}
			return r
		}, name), "?"), func(t *testing.T) {
			t.Parallel()
			for _, m := range modes {
				args := append(append([]string{}, m.args...), filepath.Join(dir, name))
				r := runKiosk(t, runOpts{env: env}, args...)
				checkTerminalSafe(t, m.name, r, m.sgr, false)
				if r.code != 0 {
					t.Errorf("%s: exit %d, stderr %q", m.name, r.code, clip(r.stderr))
				}
				if strings.HasPrefix(m.name, "show") && !strings.Contains(m.name, "width") && !strings.Contains(strings.ToLower(r.stdout), searchWord) {
					t.Errorf("%s: the article's text is missing: %q", m.name, clip(r.stdout))
				}
			}
			// By id, in the folder, as a user types it.
			id := strings.TrimSuffix(name, ".txt")
			r := runKiosk(t, runOpts{env: env}, "show", "--plain", "--dir", dir, id)
			checkTerminalSafe(t, "show --plain ID", r, false, false)
		})
	}
}
