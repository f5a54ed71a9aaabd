package sanitize

import (
	"errors"
	"testing"
)

func TestSafeCleansEveryConstructor(t *testing.T) {
	hostile := "a\x1b]52;c;aGk=\x07b\u202e\x9bc\xff"
	for name, got := range map[string]Safe{
		"SafeLine": SafeLine(hostile),
		"SafeText": SafeText(hostile),
		"Sprintf":  Sprintf("%s %v %d", hostile, errors.New(hostile), 3),
		"Wrap":     Wrap(hostile),
		"Join":     Join([]Safe{SafeLine(hostile), Lit("x")}, ", "),
		"Lit":      Lit("ok\x1b[2J"),
	} {
		if !IsSafe(got.String(), true) {
			t.Errorf("%s gave unsafe text %q", name, got)
		}
	}
}

func TestSprintfKeepsSafeAndNumbers(t *testing.T) {
	got := Sprintf("%s of %d: %s", SafeLine("reading"), 12, Lit("done"))
	if got.String() != "reading of 12: done" {
		t.Errorf("got %q", got)
	}
}
