package ui

import (
	"regexp"
	"testing"

	"github.com/kioskreader/kiosk/store/article"
)

// sgr is the only escape sequence kiosk's own panes write: colour.
var sgr = regexp.MustCompile("\x1b\\[[0-9;:]*m")

// TestRawFileNamesNeverReachTheScreen: an untitled article's row and the
// reader's header show its file name, which comes raw from the disk; the
// screen must hold no escape sequence of it (APC, DCS, OSC 8, C1, bidi).
func TestRawFileNamesNeverReachTheScreen(t *testing.T) {
	for _, name := range []string{
		"\x1b_tmux title\x1b\\.txt", "\x1bP+q544e\x1b\\.txt", "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\.txt",
		"\u009b31mred.txt", "\u202etxt.exe", "bad\xff\xfe.txt", "\x1b^pm\x1b\\.txt", "\x1bXsos\x1b\\.txt",
	} {
		a := article.Article{ID: "x", File: name, Path: "/tmp/" + name, Paragraphs: []string{"Some text."}}
		m := newTestModel(t, 120, 30, Options{Library: newFakeLibrary(a)})
		screen := sgr.ReplaceAllString(m.View().Content, "")
		for i, r := range screen {
			if r == 0x1b || (r >= 0x80 && r <= 0x9f) || r == '\u202e' {
				t.Errorf("%q: the screen holds %U at byte %d", name, r, i)
				break
			}
		}
	}
}
