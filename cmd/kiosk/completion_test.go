//go:build unix

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// complete runs the bash completion script for a command line (the word
// under the cursor is the last one) and returns what it offers.
func complete(t *testing.T, script, dir string, words ...string) []string {
	t.Helper()
	line := "source " + script + "; COMP_WORDS=("
	for _, w := range words {
		line += " '" + w + "'"
	}
	line += " ); COMP_CWORD=" + strconv.Itoa(len(words)-1) + "; _kiosk; printf '%s\\n' \"${COMPREPLY[@]}\""
	cmd := exec.Command("bash", "--norc", "-c", line)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(kioskBin(t))+":"+os.Getenv("PATH"),
		"XDG_CACHE_HOME="+t.TempDir(), "KIOSK_DIR=")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("bash: %v\n%s", err, out)
	}
	return strings.Fields(string(out))
}

func TestCompletionBash(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	dir := writeFiles(t, map[string]string{
		"articles/000_abc.txt": "Floods on the Mekong\n\nHeavy rain swelled the Mekong this week near Vientiane, said Marco Rubio.\nSource : https://example.com/a\n",
		"articles/001_def.txt": "Pluies\n\nDe fortes pluies sont tombées sur Hanoï cette semaine, selon le ministère.\nSource : https://exemple.fr/b\n",
	})
	script := filepath.Join(t.TempDir(), "kiosk.bash")
	out, _, code := kiosk(t, nil, "completion", "bash")
	if code != 0 {
		t.Fatalf("completion bash: exit %d", code)
	}
	if err := os.WriteFile(script, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		words []string
		want  string
	}{
		{[]string{"kiosk", "sea"}, "search"},
		{[]string{"kiosk", "show", "--js"}, "--json"},
		{[]string{"kiosk", "show", "001"}, "001_def"},
		{[]string{"kiosk", "search", "lang:"}, "lang:fr"},
		{[]string{"kiosk", "search", "source:exe"}, "source:exemple.fr"},
		{[]string{"kiosk", "completion", "z"}, "zsh"},
	} {
		got := complete(t, script, dir, c.words...)
		if !contains(got, c.want) {
			t.Errorf("%v: completions %q, want %q among them", c.words, got, c.want)
		}
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func TestCompletionScriptsParse(t *testing.T) {
	for _, sh := range []struct{ name, check string }{{"bash", "-n"}, {"zsh", "-n"}, {"fish", "--no-execute"}} {
		out, _, code := kiosk(t, nil, "completion", sh.name)
		if code != 0 || !strings.Contains(out, "kiosk") {
			t.Fatalf("completion %s: exit %d", sh.name, code)
		}
		if _, err := exec.LookPath(sh.name); err != nil {
			t.Logf("%s not installed: script made, not parsed", sh.name)
			continue
		}
		cmd := exec.Command(sh.name, sh.check)
		cmd.Stdin = strings.NewReader(out)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("%s cannot parse its completion script: %v\n%s", sh.name, err, b)
		}
	}
}

func TestManPageRenders(t *testing.T) {
	out, _, code := kiosk(t, nil, "man")
	if code != 0 || !strings.HasPrefix(out, ".TH KIOSK 1") {
		t.Fatalf("kiosk man: exit %d, %.40q", code, out)
	}
	if _, err := exec.LookPath("man"); err != nil {
		t.Skip("man is not installed (.ci/run installs man-db)")
	}
	cmd := exec.Command("man", "-l", "-")
	cmd.Stdin = strings.NewReader(out)
	cmd.Env = append(os.Environ(), "MANWIDTH=80", "MAN_KEEP_FORMATTING=0", "MANPAGER=cat", "PAGER=cat")
	b, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("man -l: %v\n%s", err, b)
	}
	page := regexp.MustCompile(".\b").ReplaceAllString(string(b), "") // man's overstrike bold
	for _, want := range []string{"NAME", "kiosk search", "--limit", "EXIT STATUS", "XDG_CACHE_HOME"} {
		if !strings.Contains(page, want) {
			t.Errorf("the rendered page lacks %q:\n%s", want, page)
		}
	}
	if strings.Contains(page, "warning") {
		t.Errorf("man warns:\n%s", page)
	}
}
