// Package hostile is for tests: the families of escape sequences and
// controls an article's names and text may carry (issue 11 A), and a
// check, over what kiosk writes or draws, that none reached the screen.
package hostile

import "fmt"

// Family is one kind of sequence a name may carry.
type Family struct {
	Name, Raw string
	InName    bool // a file or folder name can hold it (no NUL, no '/')
}

// Families are every kind the attack rounds tried.
var Families = []Family{
	{"APC", "\x1b_Gapc=1\x1b\\", true},
	{"DCS +q", "\x1bP+q544e\x1b\\", true},
	{"DCS $q", "\x1bP$qm\x1b\\", true},
	{"PM", "\x1b^pmtext\x1b\\", true},
	{"SOS", "\x1bXsostext\x1b\\", true},
	{"OSC 0", "\x1b]0;oscnull\x07", true},
	{"OSC 2", "\x1b]2;osctwo\x1b\\", true},
	{"OSC 8", "\x1b]8;;mailto:x@evil.example\x1b\\click\x1b]8;;\x1b\\", true}, // no slash: it goes in file names
	{"OSC 52", "\x1b]52;c;cHduZWQ=\x07", true},
	{"CSI", "\x1b[2J\x1b[1;1H\x1b[6n\x1b[?1049l", true},
	{"CSI SGR", "\x1b[5;31m", true},
	{"C1 CSI", "\u009b2J", true},
	{"C1 OSC", "\u009d0;cone\u009c", true},
	{"C1 DCS", "\u0090+q544e\u009c", true},
	{"C1 APC", "\u009fapc\u009c", true},
	{"C1 8-bit", "\x9b2J\x9d0;eight\x9c", true}, // raw bytes, as a terminal in 8-bit mode reads them
	{"RLO", "\u202e", true},
	{"bidi", "\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u202a\u202b\u202c\u202d", true},
	{"invalid UTF-8", "\xff\xfe\xc0\xaf\xed\xa0\x80\xe2\x80", true},
	{"NUL", "\x00", false},
	{"BEL", "\x07", true},
	{"backspace", "\x08\x08\x08bksp", true}, // the renderer writes BS itself: the text after marks it
	{"lone ESC", "\x1b", true},
	// Round 7: what the families above left out.
	{"DEL", "\x7fdel\x7f", true},
	{"RIS", "\x1bcris", true},
	{"DEC graphics", "\x1b(0lqqk\x1b(B", true}, // draws the rest of the line as box pieces
	{"SO SI", "\x0elqk\x0f", true},
	{"DECALN", "\x1b#8", true}, // fills the screen with E
	{"NEL", "a\u0085b", true},  // U+2028 is a line break: it would split the footer this family rides in
	{"ESC in OSC 8 text", "\x1b]8;;https://e.example/\x1b\\li\x1bnk\x1b[7m\x1b]8;;\x1b\\", false},
	{"window ops", "\x1b[8;5;5t\x1b[21t\x1b[22;0t", true}, // resize, report the title, push it
}

// Mark is plain text to put beside family i in a field of kind k (t title,
// f file, u untitled file, d folder, s source, a actor, c comment line),
// so that a test can tell where it was drawn.
func Mark(i int, k byte) string { return fmt.Sprintf("Zq%02d%c", i, k) }
