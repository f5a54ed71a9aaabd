package article

import (
	"unicode"
	"unicode/utf8"

	"github.com/kioskreader/kiosk/store/internal/utf8fast"
)

// script is what byScript counts a rune as. The telltale letters (of
// Vietnamese, Ukrainian, Russian) count for their script as well.
type script uint8

const (
	noScript script = iota
	latin
	vietnamese // a Latin letter only Vietnamese uses
	cyrillic
	ukrainian // a Cyrillic letter only Ukrainian uses
	russian   // a Cyrillic letter Ukrainian does not use
	kana
	han
	hangul
	arabic
	hebrew
	greek
	thai
	numScripts
)

// scriptCounts counts the runes of a text by script.
type scriptCounts [numScripts]int

// byScript decides the languages that a script alone tells apart, or "".
func byScript(title string, paragraphs []string) string {
	var c scriptCounts
	c.addBeyondASCII(title)
	for _, p := range paragraphs {
		c.addBeyondASCII(p)
	}
	if c.weighLatin() {
		c[latin] += asciiLetters(title)
		for _, p := range paragraphs {
			c[latin] += asciiLetters(p)
		}
	}
	return c.lang()
}

// addBeyondASCII counts the runes of s that are not ASCII. Most runes of
// most articles are ASCII or in the Latin blocks, which scriptTable answers
// without a Unicode table search.
func (c *scriptCounts) addBeyondASCII(s string) {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i = skipASCII(s, i)
			continue
		}
		r, size := utf8fast.TwoByteRune(s, i)
		if size == 0 {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		c[scriptOf(r)]++
	}
}

// weighLatin reports whether the count of Latin letters can change what
// lang decides: only when letters of another script (or Vietnamese's) are
// there to weigh it against. Latin text alone decides nothing.
func (c *scriptCounts) weighLatin() bool {
	for s, n := range c {
		if n > 0 && script(s) != noScript && script(s) != latin {
			return true
		}
	}
	return false
}

// asciiLetters counts the ASCII letters of s.
func asciiLetters(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n += int(asciiLetter[s[i]])
	}
	return n
}

// lang decides the languages that a script alone tells apart, or "".
func (c *scriptCounts) lang() string {
	return decide(
		c[cyrillic]+c[ukrainian]+c[russian], c[latin]+c[vietnamese],
		c[han], c[kana], c[hangul], c[arabic], c[hebrew], c[greek], c[thai],
		c[ukrainian], c[russian], c[vietnamese])
}

// scriptOf is classify, read from scriptTable where it has the answer.
func scriptOf(r rune) script {
	if r < scriptTableEnd {
		return scriptTable[r]
	}
	if latinExtendedAdditional <= r && r < latinExtendedAdditional+0x100 {
		return vietnameseTable[r-latinExtendedAdditional]
	}
	return classify(r)
}

const (
	scriptTableEnd          = 0x530  // ASCII to the end of the Cyrillic Supplement block
	latinExtendedAdditional = 0x1E00 // the block of Vietnamese's stacked diacritics
)

// scriptTable and vietnameseTable hold classify for the runes that news in
// Latin and Cyrillic script is made of.
var scriptTable, vietnameseTable = func() (low [scriptTableEnd]script, viet [0x100]script) {
	for r := range low {
		low[r] = classify(rune(r))
	}
	for r := range viet {
		viet[r] = classify(latinExtendedAdditional + rune(r))
	}
	return low, viet
}()

// asciiLetter is 1 for the ASCII letters, which classify counts as latin,
// and 0 for every other byte.
var asciiLetter = func() (t [256]uint8) {
	for b := range utf8.RuneSelf {
		if classify(rune(b)) == latin {
			t[b] = 1
		}
	}
	return t
}()

// classify is the script of one rune by the Unicode tables. Only letters
// count: digits, punctuation and combining marks are noScript, and so is
// every rune below U+0370 or in U+1E00-1EFF that is not Latin.
func classify(r rune) script {
	if r < 0x80 {
		if c := r | 0x20; 'a' <= c && c <= 'z' {
			return latin
		}
		return noScript
	}
	if r < 0x370 || (latinExtendedAdditional <= r && r <= 0x1EFF) { // Latin-1 to IPA; Latin Extended Additional
		return latinLetter(r)
	}
	switch {
	case unicode.Is(unicode.Cyrillic, r):
		switch r {
		case 'і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ':
			return ukrainian
		case 'ы', 'э', 'ё', 'ъ', 'Ы', 'Э', 'Ё':
			return russian
		}
		return cyrillic
	case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
		return kana
	case unicode.Is(unicode.Han, r):
		return han
	case unicode.Is(unicode.Hangul, r):
		return hangul
	case unicode.Is(unicode.Arabic, r):
		return arabic
	case unicode.Is(unicode.Hebrew, r):
		return hebrew
	case unicode.Is(unicode.Greek, r):
		return greek
	case unicode.Is(unicode.Thai, r):
		return thai
	}
	return latinLetter(r)
}

func latinLetter(r rune) script {
	switch {
	case !unicode.Is(unicode.Latin, r):
		return noScript
	case isVietnameseLetter(r):
		return vietnamese
	}
	return latin
}

// isVietnameseLetter reports letters that only Vietnamese uses among the
// Latin-script languages: ơ ư đ and the dotted-below and hook-above vowels.
func isVietnameseLetter(r rune) bool {
	switch unicode.ToLower(r) {
	case 'ơ', 'ư', 'đ', 'ạ', 'ả', 'ẩ', 'ậ', 'ắ', 'ặ', 'ẳ', 'ẹ', 'ẻ', 'ẽ', 'ệ', 'ể', 'ỉ', 'ị', 'ọ', 'ỏ', 'ộ', 'ổ', 'ờ', 'ớ', 'ợ', 'ở', 'ỡ', 'ụ', 'ủ', 'ừ', 'ứ', 'ự', 'ử', 'ữ', 'ỳ', 'ỵ', 'ỷ', 'ỹ', 'ầ', 'ấ', 'ề', 'ế', 'ồ', 'ố':
		return true
	}
	return false
}

// decide turns the counts of letters per script into a language.
func decide(cyr, latin, han, kana, hangul, arabic, hebrew, greek, thai, ukr, rus, viet int) string {
	switch {
	case cyr > latin && cyr > 0:
		if ukr > rus {
			return "uk"
		}
		if rus > 0 {
			return "ru"
		}
		return "" // Cyrillic without telltale letters: let the stopwords decide
	case kana > 0 && kana*4 > han:
		return "ja"
	case han > latin:
		return "zh"
	case hangul > latin:
		return "ko"
	case arabic > latin:
		return "ar"
	case hebrew > latin:
		return "he"
	case greek > latin:
		return "el"
	case thai > latin:
		return "th"
	case viet*20 > latin && viet > 3:
		return "vi"
	}
	return ""
}
