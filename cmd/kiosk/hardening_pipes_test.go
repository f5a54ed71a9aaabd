//go:build unix

package main

// Issue 6, parts 3 and 5: output cut short by a pipe, two processes on one
// folder, and a query built to be slow.

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kioskreader/kiosk/store/synth"
)

var (
	synthOnce sync.Once
	synthDir  string
	synthErr  error
)

// synthFolder is a folder of 3,000 synthetic articles, shared by the tests
// of this file (read only).
func synthFolder(t *testing.T) string {
	t.Helper()
	synthOnce.Do(func() {
		synthDir, synthErr = os.MkdirTemp("", "kiosk-hardening-synth-")
		if synthErr == nil {
			synthErr = synth.Write(synthDir, 3000, 6)
		}
	})
	if synthErr != nil {
		t.Fatal(synthErr)
	}
	return synthDir
}

func TestHardeningPipeClosedEarly(t *testing.T) {
	dir := synthFolder(t)
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash is needed to read the exit status inside a pipeline")
	}
	cache := t.TempDir()
	for _, args := range []string{"list", "list --json", "actors", "search --limit 0 Mekong", "search --json --limit 0 Mekong"} {
		status := filepath.Join(t.TempDir(), "status")
		ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
		script := `"$KIOSK" ` + args + ` --dir "$DIR" | head -1; echo "${PIPESTATUS[0]}" > "$STATUS"`
		cmd := exec.CommandContext(ctx, bash, "-c", script)
		cmd.Env = append(baseEnv(t), "KIOSK="+kioskBin(t), "DIR="+dir, "STATUS="+status, "XDG_CACHE_HOME="+cache)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		hung := ctx.Err() != nil
		cancel()
		if hung {
			t.Fatalf("kiosk %s | head -1 hung", args)
		}
		if err != nil {
			t.Errorf("kiosk %s | head -1: %v", args, err)
		}
		code, _ := os.ReadFile(status)
		st := strings.TrimSpace(string(code))
		// Progress lines of a first index build are not noise.
		var noise []string
		for _, l := range strings.Split(strings.TrimSpace(errb.String()), "\n") {
			if l != "" && !strings.HasPrefix(l, "kiosk: indexing: ") {
				noise = append(noise, l)
			}
		}
		t.Logf("kiosk %s | head -1: kiosk's exit status %s", args, st)
		if strings.Count(out.String(), "\n") != 1 || len(noise) > 0 || (st != "0" && st != "141") {
			t.Errorf("kiosk %s | head -1: stdout %q, stderr %q, kiosk's exit status %s (want 0, or 141 for SIGPIPE)", args, clip(out.String()), clip(errb.String()), st)
		}
	}
}

// started is one kiosk process running in the background.
type started struct {
	args     []string
	cmd      *exec.Cmd
	out, err bytes.Buffer
	start    time.Time
	took     time.Duration
	code     int
	done     chan struct{}
}

func startKiosk(t *testing.T, env []string, args ...string) *started {
	t.Helper()
	s := &started{args: args, done: make(chan struct{})}
	s.cmd = exec.Command(kioskBin(t), args...)
	s.cmd.Env = append(baseEnv(t), env...)
	s.cmd.Stdout, s.cmd.Stderr = &s.out, &s.err
	s.start = time.Now()
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		err := s.cmd.Wait()
		s.took = time.Since(s.start)
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			s.code = ee.ExitCode()
		} else if err != nil {
			s.code = -1
		}
		close(s.done)
	}()
	return s
}

func (s *started) wait(t *testing.T) {
	t.Helper()
	select {
	case <-s.done:
	case <-time.After(180 * time.Second):
		s.cmd.Process.Kill()
		<-s.done
		t.Fatalf("kiosk %q hung", s.args)
	}
	if strings.Contains(s.err.String(), "panic:") {
		t.Fatalf("kiosk %q crashed:\n%s", s.args, clip(s.err.String()))
	}
}

// whyLines are the lines of stderr that are neither progress nor skips.
func whyLines(stderr string) []string {
	var why []string
	for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
		if l != "" && !strings.HasPrefix(l, "kiosk: indexing: ") && !strings.HasPrefix(l, "kiosk: skipped ") {
			why = append(why, l)
		}
	}
	return why
}

// checkWorksOrSaysWhy: a process either did its work, or gave up with one
// line saying why before the other process (other) had ended.
func checkWorksOrSaysWhy(t *testing.T, s, other *started, works func(stdout, stderr string) bool) {
	t.Helper()
	why := whyLines(s.err.String())
	// A process that gives up must not have waited out the other's work:
	// it ends before the other does. (An order, not a time: under load
	// both take longer.)
	end, otherEnd := s.start.Add(s.took), other.start.Add(other.took)
	switch {
	case s.code == 0 && works(s.out.String(), s.err.String()):
		t.Logf("%q works (%v)", s.args, s.took.Round(time.Millisecond))
	case s.code != 0 && len(why) == 1 && (!end.After(otherEnd) || other.code != 0):
		t.Logf("%q says why: %q (%v; the other ended after %v)", s.args, why[0], s.took.Round(time.Millisecond), other.took.Round(time.Millisecond))
	case s.code != 0 && len(why) == 1:
		t.Errorf("%q says why, but only after the other process had finished (%v, the other %v): %q", s.args, s.took.Round(time.Millisecond), other.took.Round(time.Millisecond), why[0])
	default:
		t.Errorf("%q neither works nor says why in one line: exit %d, stdout %q, stderr %q", s.args, s.code, clip(s.out.String()), clip(s.err.String()))
	}
}

func TestHardeningTwoProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the index of 3,000 articles six times")
	}
	dir := synthFolder(t)
	searchWorks := func(stdout, _ string) bool { return strings.Count(stdout, "\n") == 5 }
	search := []string{"search", "--json", "--limit", "5", "--dir", dir, synth.CommonWord}

	// Two searches at once on a fresh cache: both build the index.
	env := []string{"XDG_CACHE_HOME=" + t.TempDir()}
	a := startKiosk(t, env, search...)
	b := startKiosk(t, env, search...)
	a.wait(t)
	b.wait(t)
	checkWorksOrSaysWhy(t, a, b, searchWorks)
	checkWorksOrSaysWhy(t, b, a, searchWorks)

	// A rebuild while a search runs, and the other way round.
	a = startKiosk(t, env, "index", "--rebuild", "--dir", dir)
	time.Sleep(200 * time.Millisecond)
	b = startKiosk(t, env, search...)
	a.wait(t)
	b.wait(t)
	indexWorks := func(_, stderr string) bool { return strings.Contains(stderr, "articles indexed") }
	checkWorksOrSaysWhy(t, a, b, indexWorks)
	checkWorksOrSaysWhy(t, b, a, searchWorks)

	// Two index refreshes on a fresh cache.
	env = []string{"XDG_CACHE_HOME=" + t.TempDir()}
	a = startKiosk(t, env, "index", "--dir", dir)
	b = startKiosk(t, env, "index", "--dir", dir)
	a.wait(t)
	b.wait(t)
	checkWorksOrSaysWhy(t, a, b, indexWorks)
	checkWorksOrSaysWhy(t, b, a, indexWorks)

	// After all that, the index answers.
	r := runKiosk(t, runOpts{env: env, limit: 180 * time.Second}, search...)
	if r.code != 0 || !searchWorks(r.stdout, r.stderr) {
		t.Errorf("search after concurrent builds: exit %d, stdout %q, stderr %q", r.code, clip(r.stdout), clip(r.stderr))
	}
}

// TestHardeningLongPhraseQuery: the 32-word limit of a query must hold
// for the words of one phrase too ("1;1;1;…" or a quoted phrase), or one
// query keeps FTS5 busy for minutes.
func TestHardeningLongPhraseQuery(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt": "Le port\n\nLe port " + strings.Repeat("1;", 10000) + " fin.\n",
		"b.txt": "Le quai\n\n" + strings.Repeat("port ", 10000) + "\n",
	})
	env := []string{"XDG_CACHE_HOME=" + t.TempDir()}
	for _, q := range []string{strings.Repeat("1;", 10000), `"` + strings.Repeat("port ", 10000) + `"`, "title:" + strings.Repeat("1;", 5000)} {
		r := runKiosk(t, runOpts{env: env, limit: 60 * time.Second}, "search", "--dir", dir, q)
		if r.code != 2 || len(whyLines(r.stderr)) != 1 || !strings.Contains(r.stderr, "too many words") {
			t.Errorf("search with a %d-byte phrase: exit %d, stderr %q; want exit 2 and 'too many words'", len(q), r.code, clip(r.stderr))
		}
	}
}
