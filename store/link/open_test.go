package link

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// fakeBrowserEnv switches the test binary into a fake browser that writes
// its arguments as JSON to the file the variable names, then exits.
const fakeBrowserEnv = "KIOSK_LINK_TEST_ARGV_FILE"

func TestMain(m *testing.M) {
	if out := os.Getenv(fakeBrowserEnv); out != "" {
		data, _ := json.Marshal(os.Args[1:])
		tmp := out + ".tmp"
		if os.WriteFile(tmp, data, 0o600) != nil || os.Rename(tmp, out) != nil {
			os.Exit(2)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// fakeBrowser sets KIOSK_BROWSER to the fake and returns the file its
// arguments will land in.
func fakeBrowser(t *testing.T, extraWords string) string {
	t.Helper()
	self, err := os.Executable()
	if err != nil || strings.ContainsAny(self, " \t\n") {
		t.Skip("the test binary's path cannot be one browser word")
	}
	out := filepath.Join(t.TempDir(), "argv.json")
	t.Setenv(fakeBrowserEnv, out)
	t.Setenv("KIOSK_BROWSER", strings.TrimSpace(self+" "+extraWords))
	return out
}

// readArgv waits for the fake to have written its argv (Open does not wait
// for the browser) and returns it.
func readArgv(t *testing.T, out string) []string {
	t.Helper()
	for start := time.Now(); time.Since(start) < time.Minute; time.Sleep(10 * time.Millisecond) {
		data, err := os.ReadFile(out)
		if err != nil {
			continue
		}
		var argv []string
		if err := json.Unmarshal(data, &argv); err != nil {
			t.Fatalf("fake browser wrote %q: %v", data, err)
		}
		return argv
	}
	t.Fatal("the fake browser never ran")
	return nil
}

// runAndWait starts like the default opener but waits, so a test knows the
// browser is done when Open returns.
func runAndWait(name string, args ...string) error {
	return exec.Command(name, args...).Run()
}

func TestOpenPassesHostileURLsAsOneArgument(t *testing.T) {
	dir := t.TempDir()
	marker := filepath.Join(dir, "MARKER")
	// Shell syntax that would create marker if any shell saw the URL; spaces
	// are refused by Check, so ${IFS} stands in for them.
	touch := "touch${IFS}" + marker
	hostile := []string{
		"https://example.com/?q=$(" + touch + ")",
		"https://example.com/$(" + touch + ")",
		"https://example.com/?q=`" + touch + "`",
		"https://example.com/x;" + touch,
		"https://example.com/?a=1;" + touch,
		"https://example.com/?a=1|" + touch,
		"https://example.com/?a=1&" + touch + "&b=2",
		"https://example.com/?a=1&&" + touch,
		"https://example.com/?q='$(" + touch + ")'",
		"https://example.com/?q=\"$(" + touch + ")\"",
		"https://example.com/?q=x'%0a" + touch + "%0a'",
		"https://example.com/%0a" + touch,
		"https://example.com/?q=%s",
		"https://example.com/-e",
	}
	for _, raw := range hostile {
		u, err := Check(raw)
		if err != nil {
			t.Fatalf("Check(%q): %v", raw, err)
		}
		out := fakeBrowser(t, "")
		if err := (Opener{Start: runAndWait}).Open(raw); err != nil {
			t.Fatalf("Open(%q): %v", raw, err)
		}
		argv := readArgv(t, out)
		if len(argv) != 1 || argv[0] != u.String() {
			t.Errorf("Open(%q): browser got %q, want exactly [%q]", raw, argv, u.String())
		}
		if _, err := os.Stat(marker); err == nil {
			t.Fatalf("Open(%q) ran shell code: %s exists", raw, marker)
		}
	}
}

func TestOpenDefaultStart(t *testing.T) {
	out := fakeBrowser(t, "--new-tab")
	raw := "HTTPS://Example.com/news?id=1&x=$(true)"
	if err := (Opener{}).Open(raw); err != nil {
		t.Fatalf("Open(%q): %v", raw, err)
	}
	want := []string{"--new-tab", "https://example.com/news?id=1&x=$(true)"}
	if argv := readArgv(t, out); !slices.Equal(argv, want) {
		t.Errorf("browser got %q, want %q", argv, want)
	}
}

func TestOpenRefusedStartsNothing(t *testing.T) {
	for _, raw := range []string{"javascript:alert(1)", "file:///etc/passwd", "-https://a.com", "https://a.com/ b", "http:a.com"} {
		started := false
		o := Opener{
			Getenv: func(string) string { return "" },
			Start:  func(string, ...string) error { started = true; return nil },
		}
		err := o.Open(raw)
		var refused *RefusedError
		if !errors.As(err, &refused) {
			t.Errorf("Open(%q) = %v, want a refusal", raw, err)
		}
		if started {
			t.Errorf("Open(%q) started a browser", raw)
		}
	}
	// The same through the real environment and a real fake browser.
	out := fakeBrowser(t, "")
	if err := (Opener{}).Open("javascript:alert(1)"); err == nil {
		t.Fatal("Open accepted javascript:")
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a refused link started the browser")
	}
}

func TestOpenMissingBrowser(t *testing.T) {
	t.Setenv("KIOSK_BROWSER", filepath.Join(t.TempDir(), "no-such-browser"))
	err := (Opener{}).Open("https://example.com/")
	if err == nil || !strings.Contains(err.Error(), "not found") || !strings.Contains(err.Error(), "no-such-browser") {
		t.Errorf("Open with a missing browser: %v, want a clear 'not found'", err)
	}
}

func TestCommand(t *testing.T) {
	const raw = "https://Example.com/a?b=c&d=e"
	const link = "https://example.com/a?b=c&d=e"
	tests := []struct {
		name          string
		kiosk, browse string
		goos          string
		want          []string // name then args
	}{
		{"linux", "", "", "linux", []string{"xdg-open", link}},
		{"freebsd", "", "", "freebsd", []string{"xdg-open", link}},
		{"darwin", "", "", "darwin", []string{"open", link}},
		{"windows", "", "", "windows", []string{"rundll32", "url.dll,FileProtocolHandler", link}},
		{"BROWSER one word", "", "firefox", "linux", []string{"firefox", link}},
		{"BROWSER words", "", "  firefox  --new-window\t-P news ", "linux", []string{"firefox", "--new-window", "-P", "news", link}},
		{"BROWSER %s", "", "chromium --app=%s --incognito", "linux", []string{"chromium", "--app=" + link, "--incognito"}},
		{"BROWSER bare %s", "", "w3m %s", "darwin", []string{"w3m", link}},
		{"KIOSK_BROWSER wins", "lynx -nopause", "firefox", "windows", []string{"lynx", "-nopause", link}},
		{"blank KIOSK_BROWSER ignored", "   ", "firefox", "linux", []string{"firefox", link}},
		{"no shell quoting", "", "sh -c 'echo", "linux", []string{"sh", "-c", "'echo", link}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := map[string]string{"KIOSK_BROWSER": tt.kiosk, "BROWSER": tt.browse}
			o := Opener{Getenv: func(k string) string { return env[k] }, GOOS: tt.goos}
			name, args, err := o.Command(raw)
			if err != nil {
				t.Fatal(err)
			}
			if got := append([]string{name}, args...); !slices.Equal(got, tt.want) {
				t.Errorf("Command = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCommandErrors(t *testing.T) {
	none := func(string) string { return "" }
	if _, _, err := (Opener{Getenv: none, GOOS: "plan9"}).Command("https://a.com/"); err == nil {
		t.Error("no error on a system without a known opener")
	}
	percentFirst := func(k string) string {
		if k == "BROWSER" {
			return "%s --flag"
		}
		return ""
	}
	if name, _, err := (Opener{Getenv: percentFirst}).Command("https://a.com/"); err == nil {
		t.Errorf("the URL became the program to run: %q", name)
	}
}

// A browser that fails at once is reported with its status; one that keeps
// running is let be after the grace time, not waited for.
func TestOpenReportsAFailingBrowser(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("needs false and sleep")
	}
	env := func(b string) func(string) string {
		return func(k string) string {
			if k == "KIOSK_BROWSER" {
				return b
			}
			return ""
		}
	}
	err := Opener{Getenv: env("false")}.Open("https://example.com/")
	if err == nil || !strings.Contains(err.Error(), "exited with status 1") {
		t.Errorf("KIOSK_BROWSER=false: %v, want the exit status reported", err)
	}
	slow := filepath.Join(t.TempDir(), "slow-browser")
	if err := os.WriteFile(slow, []byte("#!/bin/sh\nsleep 30\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := (Opener{Getenv: env(slow), Grace: 200 * time.Millisecond}).Open("https://example.com/"); err != nil {
		t.Errorf("a browser still running is no failure: %v", err)
	}
	if time.Since(start) > 20*time.Second {
		t.Errorf("Open waited for a browser that keeps running")
	}
}

func TestTerminalBrowsers(t *testing.T) {
	for name, want := range map[string]bool{"w3m": true, "/usr/bin/lynx": true, "elinks": true, "firefox": false, "xdg-open": false} {
		if IsTerminalBrowser(name) != want {
			t.Errorf("IsTerminalBrowser(%q) = %v", name, !want)
		}
	}
}
