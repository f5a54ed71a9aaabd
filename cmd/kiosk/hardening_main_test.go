//go:build unix

package main

// Shared by the hardening tests (issue 6): the real binary, built once and
// run as a user would run it, and the check that what it writes cannot act
// on a terminal.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// markerEnv switches the test binary into the marking process of
// TestHardeningStateSurvivesSIGKILL (see hardening_state_test.go).
const markerEnv = "KIOSK_HARDENING_MARKER"

var (
	binOnce sync.Once
	binPath string
	binErr  error
	binDir  string
)

func TestMain(m *testing.M) {
	if dir := os.Getenv(markerEnv); dir != "" {
		os.Exit(markerMain(dir))
	}
	code := m.Run()
	for _, d := range []string{binDir, synthDir} {
		if d != "" {
			os.RemoveAll(d)
		}
	}
	os.Exit(code)
}

// kioskBin builds cmd/kiosk once per test run and returns the binary. Its
// folder is world-readable so that a test may run it as another user.
func kioskBin(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "kiosk-hardening-bin-")
		if binErr != nil {
			return
		}
		os.Chmod(binDir, 0o755)
		binPath = filepath.Join(binDir, "kiosk")
		out, err := exec.Command("go", "build", "-o", binPath, "github.com/kioskreader/kiosk/cmd/kiosk").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// result is what one run of the binary wrote.
type result struct {
	stdout, stderr string
	code           int
	took           time.Duration
}

// runOpts tune one run of the binary.
type runOpts struct {
	env   []string // added to a minimal environment
	stdin string
	uid   int // run as this user when > 0 (needs root)
	limit time.Duration
	// stdoutFile, when set, is opened for writing as the command's stdout
	// (say, /dev/full); result.stdout is then empty.
	stdoutFile string
}

// baseEnv is the environment every run starts from: no terminal, private
// cache and state unless the test says otherwise.
func baseEnv(t *testing.T) []string {
	return []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + t.TempDir(),
		"XDG_CACHE_HOME=" + t.TempDir(),
		"XDG_STATE_HOME=" + t.TempDir(),
		"TERM=xterm-256color",
		"LANG=C.UTF-8",
	}
}

// runKiosk runs the binary with args and fails the test with "hung" if it
// does not end within the limit (60 s unless set).
func runKiosk(t *testing.T, o runOpts, args ...string) result {
	t.Helper()
	limit := o.limit
	if limit == 0 {
		limit = 60 * time.Second
	}
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, kioskBin(t), args...)
	cmd.Env = append(baseEnv(t), o.env...)
	cmd.Stdin = strings.NewReader(o.stdin)
	if o.uid > 0 {
		asUser(cmd, o.uid)
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if o.stdoutFile != "" {
		f, err := os.OpenFile(o.stdoutFile, os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cmd.Stdout = f
	}
	start := time.Now()
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errb.String(), took: time.Since(start)}
	if ctx.Err() != nil {
		t.Fatalf("kiosk %q hung: killed after %v; stderr %q", args, limit, clip(r.stderr))
	}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
	case err != nil:
		t.Fatalf("kiosk %q: %v", args, err)
	}
	if r.took > 5*time.Second {
		t.Logf("kiosk %q took %v", args, r.took.Round(time.Millisecond))
	}
	if strings.Contains(r.stderr, "panic:") || strings.Contains(r.stderr, "goroutine ") {
		t.Fatalf("kiosk %q crashed:\n%s", args, clip(r.stderr))
	}
	return r
}

func clip(s string) string {
	if len(s) > 2000 {
		return s[:1000] + " […] " + s[len(s)-1000:]
	}
	return s
}

// terminalProblem tokenizes s as a terminal would (x/ansi) and describes
// the first thing in it that is not printable text, '\n', '\t' (when tab
// is true) or an SGR sequence (when sgr is true); "" when there is none.
func terminalProblem(s string, sgr, tab bool) (problem string) {
	defer func() {
		if r := recover(); r != nil {
			problem = fmt.Sprintf("the ANSI tokenizer panicked: %v", r)
		}
	}()
	var state byte
	for pos := 0; pos < len(s); {
		seq, width, n, newState := ansi.DecodeSequence(s[pos:], state, nil)
		if n <= 0 {
			n = 1
			seq = s[pos : pos+1]
		}
		state = newState
		at := func(what string) string {
			return fmt.Sprintf("%s at byte %d: %q (around %q)", what, pos,
				seq[:min(len(seq), 40)], s[max(0, pos-30):min(len(s), pos+n+30)])
		}
		switch c := seq[0]; {
		case c == 0x1b || c >= 0x80 && c <= 0x9f && !utf8.ValidString(seq):
			if !sgr || !isSGR(seq) {
				return at("escape sequence")
			}
		case c == '\n':
		case c == '\t' && tab:
		case c < 0x20 || c == 0x7f:
			return at("control byte")
		case width == 0 && !utf8.ValidString(seq):
			return at("invalid UTF-8 a terminal may take for a C1 control")
		default:
			for _, r := range seq {
				if badRune(r) {
					return at(fmt.Sprintf("control rune %U", r))
				}
			}
		}
		pos += n
	}
	return ""
}

// isSGR reports a CSI … m with numeric parameters only.
func isSGR(seq string) bool {
	if !strings.HasPrefix(seq, "\x1b[") || !strings.HasSuffix(seq, "m") {
		return false
	}
	for _, c := range seq[2 : len(seq)-1] {
		if !(c >= '0' && c <= '9' || c == ';' || c == ':') {
			return false
		}
	}
	return true
}

// badRune is a rune a terminal acts on or that reorders what is shown:
// C0 (but for \n and \t, handled by the caller), DEL, C1, the bidi
// controls.
func badRune(r rune) bool {
	switch {
	case r < 0x20 && r != '\n' && r != '\t', r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	case r == 0x2028 || r == 0x2029:
		return true
	}
	return false
}

// checkTerminalSafe fails the test when stdout or stderr of r holds
// anything a terminal would act on. sgr allows SGR sequences in stdout
// (the glamour renderer's own); stderr never gets any.
func checkTerminalSafe(t *testing.T, name string, r result, sgr, tab bool) {
	t.Helper()
	if p := terminalProblem(r.stdout, sgr, tab); p != "" {
		t.Errorf("%s: stdout: %s", name, p)
	}
	if p := terminalProblem(r.stderr, false, true); p != "" {
		t.Errorf("%s: stderr: %s", name, p)
	}
}

func TestHardeningTerminalCheckCatches(t *testing.T) {
	for _, s := range []string{
		"a\x1b]52;c;ZXZpbA==\x07b", "\x1b]0;t\x07", "\x1b[2J", "\x1bc", "\x9b2J", "\u009b2J",
		"\x1bP1$q\x1b\\", "\x1b_x\x1b\\", "a\rb", "a\x08b", "a\x07", "a\x00b", "\u202eabc",
		"\u2066x\u2069", "\x1b[" + strings.Repeat("1;", 10000) + "m\x1b[6n", "x\x1b]8;;http://e\x07y",
		"tail \x1b]0;never ends",
	} {
		if terminalProblem(s, true, false) == "" {
			t.Errorf("%q passes the check", s)
		}
	}
	for _, s := range []string{"plain\ntext é 東京 👩‍👩‍👧 🇻🇳", "\x1b[1;38;5;203mred\x1b[0m\n", "x\x1b[m"} {
		if p := terminalProblem(s, true, false); p != "" {
			t.Errorf("%q: %s", s, p)
		}
	}
}
