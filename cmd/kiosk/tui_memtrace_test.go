//go:build linux

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The memory trace writes a line each 50 ms, its RSS the process's (read
// from /proc: not zero) and above the live heap the runtime reports.
func TestMemTraceLines(t *testing.T) {
	file := filepath.Join(t.TempDir(), "mem.tsv")
	var errb bytes.Buffer
	env := &Env{Stderr: &errb, Getenv: func(k string) string {
		if k == "KIOSK_MEMTRACE" {
			return file
		}
		return ""
	}}
	stop := memTrace(env)
	time.Sleep(180 * time.Millisecond)
	stop()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(lines) < 3 || !strings.HasPrefix(lines[0], "ms\trss\tanon\tfile\tlive") {
		t.Fatalf("trace:\n%s", data)
	}
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if len(f) != 13 {
			t.Fatalf("line %q: %d fields, want 13", l, len(f))
		}
		rss, err1 := strconv.ParseFloat(f[1], 64)
		live, err2 := strconv.ParseFloat(f[4], 64)
		if err1 != nil || err2 != nil || rss <= 0 || live <= 0 || live > rss {
			t.Fatalf("line %q: rss %v, live heap %v", l, rss, live)
		}
	}
}
