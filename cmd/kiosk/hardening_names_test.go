//go:build linux

package main

// Issue 11, A B C: generated hostile names (every family the attack round
// used) as file names, folder names, titles and sources, FIFOs and links to
// devices and out of the folder with such names, through every CLI path of
// the real binary: the bytes written to stdout and stderr hold nothing but
// text and (from glamour) SGR. And a stdout that cannot be written (a full
// disk) ends each command with exit 1 and a message.

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// nameFamilies are what a file or folder name can try on a terminal.
var nameFamilies = map[string]string{
	"apc":      "\x1b_tmux title\x1b\\",
	"dcs":      "\x1bP+q544e\x1b\\",
	"decrqss":  "\x1bP$qm\x1b\\",
	"pm":       "\x1b^pm\x1b\\",
	"sos":      "\x1bXsos\x1b\\",
	"osc8":     "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\",
	"osc52":    "\x1b]52;c;ZXZpbA==\x07",
	"osc0":     "\x1b]0;pwned\x07",
	"csi":      "\x1b[2J\x1b[6n",
	"c1utf8":   "\u009b2J\u009d0;t\u009c\u0090q\u009c",
	"c1raw":    "\x9b2J\x9d0;t\x9c",
	"rlo":      "\u202etxt.exe",
	"invalid":  "\xff\xfe\xc3",
	"c0":       "\r\x08\x07\x7f",
	"bidi-iso": "\u2066\u2067\u2069",
}

// hostileNamesFolder writes an article for each family under a name and in
// a folder named with it, titled and sourced with it, plus a FIFO, a link to
// a device, a link out of the folder and a link to a folder, each named
// with it.
func hostileNamesFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	out := t.TempDir()
	if err := os.WriteFile(filepath.Join(out, "outside.txt"), []byte("Outside\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for fam, payload := range nameFamilies {
		p := strings.ReplaceAll(payload, "/", "|") // a name cannot hold '/'
		sub := filepath.Join(dir, "dir "+fam+p)
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		body := "Zanzibar " + payload + " title\n\nLe port de Zanzibar " + payload + " reçoit un navire.\n\n" +
			"Source : https://news.example.vn/" + payload + "\n"
		for _, place := range []string{dir, sub} {
			must(t, os.WriteFile(filepath.Join(place, fam+p+".txt"), []byte(body), 0o644))
		}
		must(t, syscall.Mkfifo(filepath.Join(dir, "fifo "+fam+p+".txt"), 0o644))
		must(t, os.Symlink("/dev/zero", filepath.Join(dir, "dev "+fam+p+".txt")))
		must(t, os.Symlink(filepath.Join(out, "outside.txt"), filepath.Join(dir, "out "+fam+p+".txt")))
		must(t, os.Symlink(sub, filepath.Join(dir, "linkdir "+fam+p)))
		must(t, os.Symlink("nowhere", filepath.Join(dir, "dangling "+fam+p+".txt")))
	}
	return dir
}

func TestHardeningHostileNames(t *testing.T) {
	dir := hostileNamesFolder(t)
	o := runOpts{env: []string{"XDG_CACHE_HOME=" + t.TempDir(), "XDG_STATE_HOME=" + t.TempDir(), "KIOSK_BROWSER=true"}}
	for _, args := range [][]string{
		{"list", "--dir", dir},
		{"list", "--json", "--dir", dir},
		{"list", "--max-size", "100000", "--dir", dir}, // the scan, not the index
		{"list", "--max-size", "100000", "--json", "--dir", dir},
		{"index", "--dir", dir},
		{"list", "--dir", dir}, // again, from the index's skipped table
		{"search", "--dir", dir, "--limit", "0", "zanzibar"},
		{"search", "--json", "--dir", dir, "--limit", "0", "zanzibar"},
		{"search", "--dir", dir, "pwned"},
		{"actors", "--dir", dir},
		{"actors", "--json", "--dir", dir},
		{"show", "--dir", dir, "unknown id"},
	} {
		r := runKiosk(t, o, args...)
		checkTerminalSafe(t, strings.Join(args[:2], " "), r, false, true)
		if args[0] == "list" && (r.code != 0 || strings.Count(r.stdout, "\n") != 2*len(nameFamilies)) {
			t.Errorf("%q: exit %d, %d lines, want %d", args, r.code, strings.Count(r.stdout, "\n"), 2*len(nameFamilies))
		}
	}
	// Each article through every one-article command; of the entries
	// that are not articles (a folder, a FIFO, links to a device, out of
	// the folder, to a folder, nowhere), one kind per family, in turn, so
	// that every kind meets several families without hundreds of runs.
	kinds := []string{"dir ", "fifo ", "dev ", "out ", "linkdir ", "dangling "}
	i := 0
	for fam, payload := range nameFamilies {
		p := strings.ReplaceAll(payload, "/", "|")
		art := filepath.Join(dir, fam+p+".txt")
		for _, args := range [][]string{{"show", "--style", "dark", art}, {"show", "--plain", art},
			{"show", "--json", art}, {"actors", art}, {"open", art}} {
			r := runKiosk(t, o, args...)
			checkTerminalSafe(t, strings.Join(args[:len(args)-1], " ")+" "+fam, r, true, true)
			if args[0] == "open" && r.code == 1 && strings.Contains(r.stderr, "has no usable source link") {
				continue // a source holding a control byte is no link (round 7)
			}
			if r.code != 0 {
				t.Errorf("%s %s: exit %d, stderr %q", args[0], fam, r.code, clip(r.stderr))
			}
		}
		kind := kinds[i%len(kinds)]
		i++
		bad := filepath.Join(dir, kind+fam+p)
		if kind != "dir " && kind != "linkdir " {
			bad += ".txt"
		}
		r := runKiosk(t, o, "show", bad)
		checkTerminalSafe(t, "show "+kind+fam, r, true, true)
		if r.code == 0 && kind != "out " { // a file named by its path is shown, wherever it is
			t.Errorf("show %s%s: exit 0, stdout %q", kind, fam, clip(r.stdout))
		}
	}
}

// A stdout that fails (ENOSPC on /dev/full) is an error, not a silent
// success with nothing written.
func TestHardeningStdoutFull(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full here")
	}
	full.Close()
	dir := synthFolder(t)
	art := ""
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && art == "" && strings.HasSuffix(p, ".txt") {
			art = p
		}
		return nil
	})
	o := runOpts{env: []string{"XDG_CACHE_HOME=" + t.TempDir(), "XDG_STATE_HOME=" + t.TempDir()}, stdoutFile: "/dev/full"}
	for _, args := range [][]string{
		{"list", "--dir", dir}, {"list", "--json", "--dir", dir}, {"list", "--max-size", "100000", "--dir", dir},
		{"search", "--dir", dir, "--limit", "0", "le"}, {"actors", "--dir", dir},
		{"show", art}, {"show", "--plain", art}, {"show", "--json", art}, {"actors", art},
	} {
		r := runKiosk(t, o, args...)
		if r.code != 1 || !strings.Contains(r.stderr, "cannot write the output: no space left on device") {
			t.Errorf("%q > /dev/full: exit %d, stderr %q", args, r.code, clip(r.stderr))
		}
	}
}
