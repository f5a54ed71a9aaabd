package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// The trace counts the goroutines that want a core, itself left out: two
// spinning goroutines are seen as two.
func TestSchedTraceCounts(t *testing.T) {
	var errb bytes.Buffer
	env := &Env{Stderr: &errb, Getenv: func(string) string { return "" }}
	file := filepath.Join(t.TempDir(), "sched.tsv")
	stop := schedTrace(env, file)
	if stop == nil {
		t.Fatal(errb.String())
	}
	var quit atomic.Bool
	for range 2 {
		go func() {
			for !quit.Load() {
			}
		}()
	}
	time.Sleep(350 * time.Millisecond)
	quit.Store(true)
	stop()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if lines[0] != "ms\trunning\trunnable\tsyscall" || len(lines) < 3 {
		t.Fatalf("trace:\n%s", data)
	}
	busy := 0
	for _, l := range lines[1:] {
		var ms, running, runnable, sys int
		if _, err := fmt.Sscanf(l, "%d\t%d\t%d\t%d", &ms, &running, &runnable, &sys); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		if running+runnable >= 2 {
			busy++
		}
	}
	if busy == 0 {
		t.Errorf("two spinning goroutines never seen:\n%s", data)
	}
	if !strings.Contains(errb.String(), "2+ ") || !strings.Contains(errb.String(), file) {
		t.Errorf("summary: %q", errb.String())
	}
}
