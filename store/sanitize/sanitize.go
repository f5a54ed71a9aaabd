// Package sanitize makes untrusted text safe to print on a terminal.
//
// It does not parse escape sequences: a sequence parser can be fooled (an
// unterminated OSC swallows the rest of the text, ansi.Strip keeps C0
// controls). Instead every rune that a terminal could act on is replaced by a
// visible stand-in or dropped, whatever surrounds it, so no byte of content
// can start a sequence.
package sanitize

import (
	"strings"
	"unicode/utf8"

	"github.com/kioskreader/kiosk/store/internal/utf8fast"
)

const (
	tabWidth     = 4
	replacement  = '\uFFFD'
	controlPicts = 0x2400 // U+2400 SYMBOL FOR NULL; C0 control c maps to controlPicts+c
	delPicture   = '\u2421'
)

// Text sanitizes a multi-line text: line breaks are kept (CRLF, lone CR, NEL
// and the Unicode line and paragraph separators all become '\n').
func Text(s string) string { return clean(s, true) }

// Line sanitizes a one-line field: every line break becomes a space.
func Line(s string) string { return clean(s, false) }

// Bytes is Text for raw file contents; it also drops a leading BOM.
func Bytes(b []byte) string {
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		b = b[3:]
	}
	return clean(string(b), true)
}

// IsSafe reports whether s is already terminal-safe text: valid UTF-8 with no
// rune that Text would change, '\n' allowed only when multiline is true.
// Every article goes through it whole, so printable ASCII, most of its
// text, is passed over eight bytes at a time, and other ASCII a byte at a
// time without decoding.
func IsSafe(s string, multiline bool) bool {
	var c cluster // zero-width runes and joiners in a row (marks.go)
	for i := 0; i < len(s); {
		for i+8 <= len(s) && printable8(s[i:i+8]) {
			i += 8
			c = cluster{}
		}
		for end := min(i+8, len(s)); i < end; { // the eight bytes that stopped it
			if b := s[i]; b < utf8.RuneSelf {
				if (b < 0x20 || b == 0x7f) && (b != '\n' || !multiline) {
					return false // C0 controls (tab and CR among them) and DEL
				}
				i++
				c = cluster{}
				continue
			}
			r, size := utf8fast.TwoByteRune(s, i)
			if size == 0 {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			if r == utf8.RuneError && size == 1 || !SafeRune(r) {
				return false
			}
			if !c.keep(r) {
				return false
			}
			i += size
		}
	}
	return true
}

// printable8 reports whether the 8 bytes of b are all printable ASCII,
// 0x20 to 0x7E, read as one word: a byte at or above 0x80 has its high bit
// set; subtracting 0x20 from a byte below 0x20 sets it (the first such byte
// borrows from nothing below it); and adding 1 to 0x7F sets it (the bytes
// below it are at most 0x7E and carry nothing). For printable bytes none of
// the three has a high bit set.
func printable8(b string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	return (w|(w-0x20*ones)|(w+ones))&highs == 0
}

// SafeRune reports whether the non-ASCII rune r is harmless alone: no
// control, BOM, bidirectional control, line separator or invisible format
// character. Text keeps such a rune, unless what stands around it says
// otherwise (a pile of marks, an emoji's joiner, tone or selector).
func SafeRune(r rune) bool {
	return r != '\uFEFF' && !isControl(r) && !IsBidi(r) && !isLineSep(r) && !invisible(r)
}

func clean(s string, multiline bool) string {
	if IsSafe(s, multiline) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	newline := func() {
		if multiline {
			b.WriteByte('\n')
		} else {
			b.WriteByte(' ')
		}
	}
	var c cluster
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == '\uFEFF' || IsBidi(r) || invisible(r) {
			continue // zero-width marks that can reorder or hide text: dropped
		}
		// the cluster follows the rune as written (a control's picture, a
		// line separator's break), as cleaning the output again reads it
		w := written(r)
		if w < utf8.RuneSelf {
			c = cluster{}
		} else if !c.keep(w) {
			continue // a flood of marks on one character, a chain of emoji: the first ones stand
		}
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++ // CRLF is one break
			}
			newline()
		case r == '\n' || isLineSep(r):
			newline()
		case r == '\t':
			b.WriteString(strings.Repeat(" ", tabWidth))
		default:
			b.WriteRune(w)
		}
	}
	return b.String()
}

// written is the rune clean writes for r: the picture of a control
// (visible: ␛ for ESC, ␇ for BEL…), the replacement of a C1 control (such
// as 0x9b, CSI) and of a byte that is no UTF-8 (utf8.RuneError is
// U+FFFD), else r itself; for a break or a tab, which clean writes as
// ASCII of its own, a space.
func written(r rune) rune {
	switch {
	case r == '\r' || r == '\n' || r == '\t' || isLineSep(r):
		return ' '
	case r < 0x20:
		return rune(controlPicts) + r
	case r == 0x7f:
		return delPicture
	case r >= 0x80 && r <= 0x9f:
		return replacement
	}
	return r
}

// isControl reports C0 (but not '\n'), DEL and C1 controls.
func isControl(r rune) bool {
	return (r < 0x20 && r != '\n') || (r >= 0x7f && r <= 0x9f)
}

// isLineSep reports NEL's Unicode cousins, which some terminals treat as breaks.
func isLineSep(r rune) bool { return r == '\u2028' || r == '\u2029' }

// IsBidi reports the bidirectional formatting controls, which let text
// display in an order other than the one it is stored in. Zero-width joiners
// and variation selectors are not among them: emoji need those.
func IsBidi(r rune) bool {
	switch {
	case r >= '\u202A' && r <= '\u202E', // LRE RLE PDF LRO RLO
		r >= '\u2066' && r <= '\u2069', // LRI RLI FSI PDI
		r == '\u200E', r == '\u200F',   // LRM RLM
		r == '\u061C': // ALM
		return true
	}
	return false
}
