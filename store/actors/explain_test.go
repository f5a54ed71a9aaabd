package actors

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestExplain prints, for the article $KIOSK_EXPLAIN (a file, its
// language in $KIOSK_LANG), every mention the scanner and the tagger find
// with its votes, then the actors: what the error analysis of the dev sets
// reads to see why a name got its kind or its boundaries. Run by hand.
func TestExplain(t *testing.T) {
	path := os.Getenv("KIOSK_EXPLAIN")
	if path == "" {
		t.Skip("set KIOSK_EXPLAIN=FILE (and KIOSK_LANG) to run")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	in := corpusInput(data, os.Getenv("KIOSK_LANG"))
	explain = func(ms []mention) {
		var b strings.Builder
		for _, m := range ms {
			fmt.Fprintf(&b, "p%d %q votes=%v noName=%v noDefault=%v initial=%v\n", m.para, m.text, m.votes, m.noName, m.noDefault, m.initial)
		}
		t.Log("\n" + b.String())
	}
	defer func() { explain = nil }()
	for _, a := range Extract(in) {
		t.Logf("%s %q %v", a.Kind, a.Name, a.Aliases)
	}
}
