package actors

// Character classes of the runes the articles are written in, read from a
// table: the unicode package's range searches took a fifth of tokenizing.

import "unicode"

type runeClass uint8

const (
	cLetter runeClass = 1 << iota
	cDigit
	cMark // a nonspacing mark (Mn), part of the word it follows
	cUpper
	cLower
	cSpace
)

// classTableSize covers ASCII, Latin with Vietnamese, Greek and Cyrillic.
const classTableSize = 0x2000

var classTable = func() (t [classTableSize]runeClass) {
	for r := range rune(classTableSize) {
		t[r] = slowClass(r)
	}
	return t
}()

func slowClass(r rune) runeClass {
	var c runeClass
	if unicode.IsLetter(r) {
		c |= cLetter
	}
	if unicode.IsDigit(r) {
		c |= cDigit
	}
	if unicode.Is(unicode.Mn, r) {
		c |= cMark
	}
	if unicode.IsUpper(r) {
		c |= cUpper
	}
	if unicode.IsLower(r) {
		c |= cLower
	}
	if unicode.IsSpace(r) {
		c |= cSpace
	}
	return c
}

func classOf(r rune) runeClass {
	if uint32(r) < classTableSize {
		return classTable[r]
	}
	return slowClass(r)
}

func isWordRune(r rune) bool { return classOf(r)&(cLetter|cDigit|cMark) != 0 }
func isUpper(r rune) bool    { return classOf(r)&cUpper != 0 }
func isLower(r rune) bool    { return classOf(r)&cLower != 0 }
func isDigit(r rune) bool    { return classOf(r)&cDigit != 0 }
func isSpace(r rune) bool    { return classOf(r)&cSpace != 0 }
