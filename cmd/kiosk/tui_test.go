package main

import (
	"strings"
	"testing"
)

func TestTUINotATerminal(t *testing.T) {
	was := isTerminal
	isTerminal = func() bool { return false }
	defer func() { isTerminal = was }()
	dir := writeFiles(t, map[string]string{"a.txt": "Hello.\n"})
	out, errs, code := kiosk(t, nil, "--dir", dir)
	if code != 2 || out != "" {
		t.Errorf("exit %d, stdout %q; want 2 and nothing", code, out)
	}
	if strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "kiosk list") || !strings.Contains(errs, "kiosk show") {
		t.Errorf("stderr %q: want one line pointing at list and show", errs)
	}
}

func TestTUIUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"--style", "blue"}, {"a.txt", "b.txt"}, {"--bogus"}} {
		if _, errs, code := kiosk(t, nil, args...); code != 2 || errs == "" {
			t.Errorf("%q: exit %d, stderr %q", args, code, errs)
		}
	}
}
