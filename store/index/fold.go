package index

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// extraFold maps letters that SQLite's remove_diacritics leaves alone but a
// person typing without accents expects to match ("dong" finds "Đồng",
// "елка" finds "ёлка"), and
// apostrophe look-alikes that Unicode counts as letters. It is applied to
// indexed words and to queries alike.
var extraFold = strings.NewReplacer(
	"đ", "d", "Đ", "D", "ø", "o", "Ø", "O", "ł", "l", "Ł", "L",
	"œ", "oe", "Œ", "OE", "æ", "ae", "Æ", "AE", "ß", "ss", "ı", "i",
	"\u02bc", "'", "\u02b9", "'", "\u02bb", "'",
	"ё", "е", "Ё", "Е", // Russian writers mostly leave ё as е
	// Lower-case letters whose case fold SQLite takes (and Go's ToLower
	// does not): the index must hold what SQLite would make of its words.
	"µ", "μ", "ſ", "s", "ẛ", "s", "ς", "σ", "ϐ", "β", "ϑ", "θ", "ϕ", "φ", "ϖ", "π", "ϰ", "κ", "ϱ", "ρ", "ϵ", "ε", "\u1fbe", "ι", "\u0345", "ι",
)

// prepare readies a word for folding: NFC, the extra folds above, and
// width: the full-width Latin letters and digits of Chinese and Japanese
// text (ＮＨＫ, ２０２５) are the letters and digits a person types (NHK,
// 2025), and a half-width katakana (ｱ) the katakana (ア).
func prepare(s string) string {
	return extraFold.Replace(width.Fold.String(norm.NFC.String(s)))
}

// foldWord lower-cases a word and strips the diacritics of Latin letters, as
// remove_diacritics does (it leaves Cyrillic й and Greek ά alone), so that
// queries and snippets fold as the index does.
func foldWord(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	if f, ok := quickFold(s); ok {
		return f
	}
	return slowFold(s)
}

// foldTable holds the fold of each precomposed Latin letter (and the
// other runes extraFold maps, and the full and half widths): slowFold's,
// written out in foldtable.go by TestFoldTable, which checks it against
// slowFold. Computing it at first use took 7 ms of every kiosk search that
// met a word with an accent; the literal is built in 0.1 ms.
var foldTable = sync.OnceValue(foldTableLiteral)

// quickFold folds text in one pass by table; ok is false for text with
// combining marks, which needs normalizing.
func quickFold(s string) (string, bool) {
	var b strings.Builder
	b.Grow(len(s))
	table := foldTable()
	for _, r := range s {
		switch {
		case r < 0x80:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		case unicode.Is(unicode.Mn, r):
			return "", false
		default:
			if f, ok := table[r]; ok {
				b.WriteString(f)
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
		}
	}
	return b.String(), true
}

// slowFold is the reference fold: normalize, decompose, drop the marks of
// Latin letters, lower-case, compose again.
func slowFold(s string) string {
	s = prepare(s)
	var b strings.Builder
	b.Grow(len(s))
	latin := false // the last base letter is Latin: its marks go
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			if !latin {
				b.WriteRune(r)
			}
			continue
		}
		latin = unicode.Is(unicode.Latin, r)
		b.WriteRune(unicode.ToLower(r))
	}
	// SQLite keeps the marks of other scripts (й, ї, ё, ά) in precomposed
	// form, so the kept ones are composed again; a diacritic left alone
	// (a stress mark on a Cyrillic vowel) it drops, and so does this.
	return strings.Map(func(r rune) rune {
		if sqliteDiacritic(r) {
			return -1
		}
		return r
	}, norm.NFC.String(b.String()))
}

// sqliteDiacritic tells the combining marks that SQLite's unicode61
// tokenizer removes wherever they stand (sqlite3Fts5UnicodeIsdiacritic).
func sqliteDiacritic(r rune) bool {
	switch {
	case r < 0x300 || r > 0x331:
		return false
	case r < 0x320:
		return 0x08029FDF&(1<<(r-0x300)) != 0
	}
	return 0x000361F8&(1<<(r-0x320)) != 0
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
