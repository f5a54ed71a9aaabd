package article

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// An article's id is what kiosk lists and what show, open and actors take:
// it names exactly one file of the folder, however the file is named.
//
// An ordinary name keeps its path without ".txt": "000_86d2cffda97f025f",
// "2024/05/a" for a file in a subfolder. Any other name (another case of
// .txt as in "A.TXT", a name that is itself *.txt as in "a.txt.txt", or one
// holding anything not printable: a BOM, a bidirectional override, a
// control character, invalid UTF-8, a name not in Unicode's composed form)
// is its whole path with each byte of what is not printable (or a combining
// mark), and each '%', written %XX: "A.TXT", "a.txt.txt",
// "%EF%BB%BFa.txt". Such an id ends in .txt, which no ordinary id does, and
// the escaping can be undone, so no two files of a folder share an id, and
// every id is safe to print.

// IDOf is the id of the article file at rel, its path inside the folder
// with '/' between names, ending in .txt in any case.
func IDOf(rel string) string {
	if stem, ok := strings.CutSuffix(rel, ".txt"); ok && ordinary(stem) {
		return stem
	}
	return escapeID(rel)
}

// RelOf is the path inside the folder that id names, the inverse of IDOf;
// ok is false for a string that is no id.
func RelOf(id string) (rel string, ok bool) {
	if id == "" {
		return "", false
	}
	if !hasTxt(id) {
		rel = id + ".txt"
	} else if rel, ok = unescapeID(id); !ok {
		return "", false
	}
	return rel, IDOf(rel) == id && inside(rel)
}

// inside tells a path that stays in the folder: no name empty, "." or "..".
func inside(rel string) bool {
	for _, name := range strings.Split(rel, "/") {
		if name == "" || name == "." || name == ".." {
			return false
		}
	}
	return true
}

// ordinary tells a path without .txt that can be its own id: every name in
// it printable, and the last one not itself ending in .txt.
func ordinary(stem string) bool {
	return stem != "" && !hasTxt(stem) && inside(stem) && printable(stem) && norm.NFC.IsNormalString(stem)
}

// hasTxt tells a name ending in .txt in any case.
func hasTxt(s string) bool {
	return len(s) >= 4 && strings.EqualFold(s[len(s)-4:], ".txt")
}

// printable tells valid UTF-8 made only of letters, marks, numbers,
// punctuation, symbols and the ASCII space: nothing a terminal acts on,
// nothing invisible (format characters, other spaces, private use).
func printable(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || !unicode.IsPrint(r) {
			return false // RuneError: invalid UTF-8 (or U+FFFD itself, escaped too)
		}
	}
	return true
}

// escapeID writes rel with each byte of what is not printable, and each
// '%', as %XX.
func escapeID(rel string) string {
	var b strings.Builder
	for i := 0; i < len(rel); {
		r, n := utf8.DecodeRuneInString(rel[i:])
		if r != '%' && r != utf8.RuneError && (unicode.IsPrint(r) || r == '/') && composed(r) {
			b.WriteString(rel[i : i+n])
		} else {
			for _, c := range []byte(rel[i : i+n]) {
				b.WriteByte('%')
				b.WriteString(strings.ToUpper(strconv.FormatUint(uint64(c)|0x100, 16)[1:]))
			}
		}
		i += n
	}
	return b.String()
}

// composed tells a rune that a name in Unicode's composed form (NFC) may
// hold as it is: not a mark that combines with the rune before it, nor one
// that NFC replaces ("Å" the
// angstrom sign). Two files "café.txt", one composed (é) and one not (e
// and U+0301), were listed with ids that looked the same (attack round 8);
// escaping the marks of a decomposed name tells them apart on the screen.
// An ordinary composed name is never escaped.
func composed(r rune) bool {
	if r < utf8.RuneSelf {
		return true
	}
	s := string(r)
	return norm.NFC.PropertiesString(s).CCC() == 0 && norm.NFC.String(s) == s
}

// unescapeID undoes escapeID; ok is false for a '%' not followed by two
// hex digits.
func unescapeID(id string) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(id); i++ {
		if id[i] != '%' {
			b.WriteByte(id[i])
			continue
		}
		if i+2 >= len(id) {
			return "", false
		}
		c, err := strconv.ParseUint(id[i+1:i+3], 16, 8)
		if err != nil {
			return "", false
		}
		b.WriteByte(byte(c))
		i += 2
	}
	return b.String(), true
}
