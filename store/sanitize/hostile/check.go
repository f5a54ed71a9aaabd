package hostile

import (
	"bytes"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// What kiosk's own renderer (Bubble Tea's) writes, and nothing else may
// reach the terminal: text, CR, LF, BS and HT; SGR; cursor moves and erases;
// scroll regions and scrolling; the modes it sets and resets; its queries
// of the terminal (background colour, modes, keyboard); and OSC 8 around a
// Source link whose URL passed the link check (printable ASCII: the check
// percent-encodes the rest). A frame, what View returns before the
// renderer, may hold only text, LF, SGR and those OSC 8 links.
var (
	// allowedCSI: final byte, with its prefix ('?', '>', '<', '=' or 0)
	// and intermediate ('$', ' ' or 0).
	allowedCSI = map[[3]byte]string{
		{0, 0, 'm'}: "SGR", {0, 0, 'H'}: "cursor position", {0, 0, 'f'}: "cursor position",
		{0, 0, 'A'}: "cursor up", {0, 0, 'B'}: "cursor down", {0, 0, 'C'}: "cursor forward",
		{0, 0, 'D'}: "cursor back", {0, 0, 'E'}: "next line", {0, 0, 'F'}: "previous line",
		{0, 0, 'G'}: "column", {0, 0, '`'}: "column", {0, 0, 'd'}: "row", {0, 0, 'I'}: "tab forward",
		{0, 0, 'Z'}: "tab back", {0, 0, 'J'}: "erase display", {0, 0, 'K'}: "erase line",
		{0, 0, 'X'}: "erase characters", {0, 0, '@'}: "insert characters", {0, 0, 'P'}: "delete characters",
		{0, 0, 'L'}: "insert lines", {0, 0, 'M'}: "delete lines", {0, 0, 'S'}: "scroll up",
		{0, 0, 'T'}: "scroll down", {0, 0, 'r'}: "scroll region", {0, 0, 'b'}: "repeat character",
		{'?', 0, 'h'}: "mode set", {'?', 0, 'l'}: "mode reset", {'?', '$', 'p'}: "mode query",
		{'?', 0, 'u'}: "keyboard query", {'>', 0, 'u'}: "keyboard push", {'<', 0, 'u'}: "keyboard pop",
		{'=', 0, 'u'}: "keyboard set", {0, ' ', 'q'}: "cursor style", {0, 0, 'c'}: "device attributes",
		{'>', 0, 'm'}: "modify other keys", {0, 0, 'h'}: "ANSI mode set", {0, 0, 'l'}: "ANSI mode reset",
		{'?', 0, 'W'}: "tab stops every 8 columns",
	}
	// allowedModes are the private modes kiosk's renderer sets or resets:
	// cursor keys, cursor visibility, mouse (cell motion, SGR), focus,
	// alt screen, bracketed paste, synchronized output, grapheme clusters.
	// Autowrap (7) too: the renderer turns it off to paint a row a
	// terminal may measure wider than kiosk does (emoji, fillers), and the
	// screen's last cell.
	allowedModes = map[int]string{7: "autowrap", 1: "cursor keys", 25: "cursor visible", 1000: "mouse", 1002: "mouse cell motion",
		1003: "mouse all motion", 1004: "focus", 1006: "mouse SGR", 1049: "alt screen", 2004: "bracketed paste",
		2026: "synchronized output", 2027: "grapheme clusters"}
	// allowedESC: ESC and one byte.
	allowedESC = map[byte]string{'7': "save cursor", '8': "restore cursor", 'M': "reverse index",
		'D': "index", 'E': "next line", '=': "keypad application", '>': "keypad normal"}
)

// Where says what Check reads: the bytes written to a terminal, or a frame.
type Where int

const (
	Terminal Where = iota // everything kiosk writes to its terminal
	Frame                 // what the UI's View returns
)

// Check parses out and returns every problem: a sequence or control
// outside the allowed ones, invalid UTF-8, a C1 or bidi control as text,
// and the raw bytes of any family. KIOSK_PTY_SEQUENCES=1 prints how many
// of each kind it read.
func Check(out []byte, where Where) (problems []string) {
	more := 0
	bad := func(format string, args ...any) {
		if len(problems) < 40 {
			problems = append(problems, fmt.Sprintf(format, args...))
		} else {
			more++
		}
	}
	defer func() {
		if more > 0 {
			problems = append(problems, fmt.Sprintf("and %d more", more))
		}
	}()
	if !utf8.Valid(out) {
		i := firstInvalid(out)
		bad("invalid UTF-8 at byte %d: %q", i, around(out, i))
	}
	seen := map[string]int{}
	p := ansi.NewParser()
	p.SetParamsSize(32)
	p.SetDataSize(4096)
	var state byte
	for i := 0; i < len(out); {
		seq, _, n, newState := ansi.DecodeSequence(out[i:], state, p)
		if n <= 0 {
			n = 1
		}
		kind, why := classify(seq, p, where)
		seen[kind]++
		if why != "" {
			bad("byte %d: %s %q (in %q)", i, why, seq, around(out, i))
		}
		state = newState
		i += n
	}
	for _, f := range Families {
		if len(f.Raw) >= 2 && bytes.Contains(out, []byte(f.Raw)) {
			bad("%s: its raw bytes %q reached the terminal", f.Name, f.Raw)
		}
	}
	if os.Getenv("KIOSK_PTY_SEQUENCES") != "" {
		var kinds []string
		for k, c := range seen {
			kinds = append(kinds, fmt.Sprintf("%6d %s", c, k))
		}
		sort.Strings(kinds)
		fmt.Fprintln(os.Stderr, strings.Join(kinds, "\n"))
	}
	return problems
}

// classify names one decoded piece of the stream and says what is wrong
// with it ("" when it is allowed).
func classify(seq []byte, p *ansi.Parser, where Where) (kind, why string) {
	if len(seq) == 0 {
		return "empty", "an empty sequence"
	}
	c := seq[0]
	switch {
	case c == ansi.ESC && len(seq) == 1:
		return "lone ESC", "a lone ESC"
	case c == ansi.ESC && seq[1] == '[' || c == 0x9b:
		kind, why := classifyCSI(seq, p)
		if why == "" && where == Frame && kind != "CSI SGR" {
			why = "a sequence only the renderer may write"
		}
		return kind, why
	case c == ansi.ESC && seq[1] == ']' || c == 0x9d:
		return classifyOSC(seq, p, where)
	case c == ansi.ESC && (seq[1] == 'P' || seq[1] == '_' || seq[1] == '^' || seq[1] == 'X'):
		return "string ESC " + string(seq[1]), "a DCS, APC, PM or SOS string"
	case c == ansi.ESC && where == Frame:
		return "ESC other", "an escape sequence in a frame"
	case c == ansi.ESC:
		if len(seq) == 2 {
			if name, ok := allowedESC[seq[1]]; ok {
				return "ESC " + string(seq[1]) + " " + name, ""
			}
		}
		return "ESC other", "an escape sequence kiosk does not write"
	case c == '\n':
		return "C0 0xa", ""
	case (c == '\r' || c == '\b' || c == '\t') && where == Terminal: // the renderer moves the cursor with them
		return fmt.Sprintf("C0 %#x", c), ""
	case c < 0x20 || c == 0x7f:
		return fmt.Sprintf("C0 %#x", c), "a control character"
	case c >= 0x80 && c < 0xa0:
		return "C1 byte", "a C1 byte"
	}
	for _, r := range string(seq) {
		switch {
		case r == utf8.RuneError:
			if !utf8.Valid(seq) {
				return "invalid", "invalid UTF-8"
			}
		case r >= 0x80 && r <= 0x9f:
			return "C1 rune", "a C1 control as UTF-8"
		case isBidiControl(r):
			return "bidi", "a bidirectional control"
		}
	}
	return "text", ""
}

func classifyCSI(seq []byte, p *ansi.Parser) (string, string) {
	cmd := ansi.Cmd(p.Command())
	key := [3]byte{cmd.Prefix(), cmd.Intermediate(), cmd.Final()}
	name, ok := allowedCSI[key]
	kind := fmt.Sprintf("CSI %q", key[:])
	if !ok || seq[0] != ansi.ESC {
		return kind, "a CSI sequence kiosk does not write"
	}
	kind = "CSI " + name
	if key[0] == '?' && (key[2] == 'h' || key[2] == 'l' || key[2] == 'p') {
		for _, prm := range p.Params() {
			mode := prm.Param(0)
			if _, ok := allowedModes[mode]; !ok {
				return fmt.Sprintf("%s %d", kind, mode), "a private mode kiosk does not use"
			}
			kind = fmt.Sprintf("%s ?%d%c (%s)", "CSI", mode, key[2], allowedModes[mode])
		}
	}
	return kind, ""
}

// classifyOSC allows a background colour query and OSC 8 links to a URL
// of printable ASCII (what the link check passes, percent-encoded).
func classifyOSC(seq []byte, p *ansi.Parser, where Where) (string, string) {
	if seq[0] != ansi.ESC {
		return "OSC C1", "a C1 OSC"
	}
	data := string(p.Data())
	switch {
	case data == "11;?" && where == Terminal:
		return "OSC 11 query", ""
	case strings.HasPrefix(data, "8;"):
		_, target, _ := strings.Cut(data[2:], ";")
		for _, b := range []byte(target) {
			if b <= 0x20 || b >= 0x7f {
				return "OSC 8", "an OSC 8 target that is not printable ASCII"
			}
		}
		return "OSC 8 link", ""
	}
	return "OSC " + strings.SplitN(data, ";", 2)[0], "an OSC kiosk does not write"
}

func isBidiControl(r rune) bool {
	return r == 0x061c || r == 0x200e || r == 0x200f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

func around(b []byte, i int) []byte {
	return b[max(i-30, 0):min(i+30, len(b))]
}
