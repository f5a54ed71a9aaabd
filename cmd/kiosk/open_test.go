package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fakeBrowser writes a script that records its arguments, one a line after
// their count, and returns its path and the record's path.
func fakeBrowser(t *testing.T) (browser, record string) {
	t.Helper()
	dir := t.TempDir()
	browser = filepath.Join(dir, "browser")
	record = filepath.Join(dir, "args")
	script := "#!/bin/sh\n{ echo \"$#\"; for a in \"$@\"; do echo \"$a\"; done; } > " + record + ".tmp && mv " + record + ".tmp " + record + "\n"
	if err := os.WriteFile(browser, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return browser, record
}

// waitFile waits for the browser, which kiosk does not wait on, to write.
func waitFile(path string) ([]byte, bool) {
	for i := 0; i < 200; i++ {
		if b, err := os.ReadFile(path); err == nil {
			return b, true
		}
		time.Sleep(25 * time.Millisecond)
	}
	return nil, false
}

func TestOpenPassesTheURLAsOneArgument(t *testing.T) {
	urls := []string{
		"https://a.vn/x$(id>MARKER)",
		"https://a.vn/x`id>MARKER`",
		"https://a.vn/x;id>MARKER",
		"https://a.vn/x|id>MARKER&y='q'\"",
		"https://a.vn/x%0aid>MARKER",
	}
	for _, u := range urls {
		work := t.TempDir()
		dir := writeFiles(t, map[string]string{"a.txt": "Un titre ici\n\nTexte.\nSource : " + u + "\nComment (0)"})
		browser, record := fakeBrowser(t)
		env := map[string]string{"KIOSK_BROWSER": browser}
		wd, _ := os.Getwd()
		if err := os.Chdir(work); err != nil {
			t.Fatal(err)
		}
		_, errs, code := kiosk(t, env, "open", "--dir", dir, "a")
		os.Chdir(wd)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", u, code, errs)
		}
		got, ok := waitFile(record)
		if !ok {
			t.Fatalf("%s: the browser never ran", u)
		}
		lines := strings.Split(strings.TrimSuffix(string(got), "\n"), "\n")
		if len(lines) != 2 || lines[0] != "1" || !strings.HasPrefix(lines[1], "https://a.vn/x") {
			t.Errorf("%s: browser got %q, want exactly one URL argument", u, lines)
		}
		if _, err := os.Stat(filepath.Join(work, "MARKER")); err == nil {
			t.Errorf("%s: a marker command ran", u)
		}
	}
}

func TestOpenRefusesWithoutStartingAnything(t *testing.T) {
	for _, src := range []string{"javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "//evil.example/x", "-https://a.vn", ""} {
		dir := writeFiles(t, map[string]string{"a.txt": "Un titre ici\n\nTexte.\nSource : " + src + "\n"})
		browser, record := fakeBrowser(t)
		_, errs, code := kiosk(t, map[string]string{"KIOSK_BROWSER": browser}, "open", "--dir", dir, "a")
		if code != 1 || !strings.Contains(errs, "no usable source link") {
			t.Errorf("%q: exit %d, stderr %q", src, code, errs)
		}
		time.Sleep(50 * time.Millisecond)
		if _, err := os.Stat(record); err == nil {
			t.Errorf("%q: the browser ran", src)
		}
	}
}
