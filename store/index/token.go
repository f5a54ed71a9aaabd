package index

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The index never lets SQLite decide what a word is: every text is cut
// into words here, folded, and handed to FTS5 one word a space apart. The
// matcher that marks snippets and the reader's highlights cuts text with
// the same function, so both agree with the index on every byte, whatever
// Unicode version SQLite's tables know.

// token is one word of a text: its byte range in the text and its folded
// form, as the index holds it.
type token struct {
	start, end int
	word       string
}

// isTokenRune tells the runes that make words: letters, digits, marks and
// private use (the FTS table is told the same categories), except the
// apostrophe look-alikes that Unicode counts as letters, which split
// "l\u02bcUkraine" as "l'Ukraine" is split.
func isTokenRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	switch r {
	case '\u02bc', '\u02b9', '\u02bb', '\u0374': // (U+0374 is U+02B9 in NFC)
		return false
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.M, r) || unicode.Is(unicode.Co, r)
}

// dense tells the scripts written without spaces between words. Their runs
// are cut into overlapping pairs of characters, so that a word of two
// characters or more is found inside any run ("北京" in "北京市").
func dense(r rune) bool {
	if r < 0x0e00 {
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul,
		unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// eachToken calls f with every word of text, in order.
func eachToken(text string, f func(start, end int, word string)) {
	start := -1
	ascii := true // the run so far is ASCII letters and digits
	for i, r := range text {
		if isTokenRune(r) {
			if start < 0 {
				start, ascii = i, true
			}
			ascii = ascii && r < utf8.RuneSelf
			continue
		}
		if start >= 0 {
			eachRun(text, start, i, ascii, f)
			start = -1
		}
	}
	if start >= 0 {
		eachRun(text, start, len(text), ascii, f)
	}
}

// eachRun is eachInRun, and for a run of ASCII letters and digits, most
// words of most texts, what it would do, without its checks: such a run
// is one word, and its fold is its lower case.
func eachRun(text string, start, end int, ascii bool, f func(start, end int, word string)) {
	if ascii {
		f(start, end, strings.ToLower(text[start:end]))
		return
	}
	eachInRun(text, start, end, f)
}

// eachInRun cuts one run of word runes: whole, or, where it holds a dense
// script, into its other words and the pairs of its dense characters.
func eachInRun(text string, start, end int, f func(start, end int, word string)) {
	run := text[start:end]
	if !hasDense(run) {
		emit(text, start, end, f)
		return
	}
	var units [][2]int // dense characters with their marks
	flush := func() {
		switch len(units) {
		case 0:
		case 1:
			emit(text, units[0][0], units[0][1], f)
		default:
			for k := 1; k < len(units); k++ {
				emit(text, units[k-1][0], units[k][1], f)
			}
		}
		units = units[:0]
	}
	other := -1 // start of a run of other word runes
	for i, r := range run {
		at := start + i
		switch {
		case unicode.Is(unicode.M, r):
			if len(units) > 0 && other < 0 {
				units[len(units)-1][1] = at + utf8.RuneLen(r)
			} else if other < 0 {
				other = at
			}
		case dense(r):
			if other >= 0 {
				emit(text, other, at, f)
				other = -1
			}
			units = append(units, [2]int{at, at + utf8.RuneLen(r)})
		default:
			flush()
			if other < 0 {
				other = at
			}
		}
	}
	flush()
	if other >= 0 {
		emit(text, other, end, f)
	}
}

func hasDense(s string) bool {
	for _, r := range s {
		if dense(r) {
			return true
		}
	}
	return false
}

// emit folds one word and passes it on, unless it is only marks (a mark
// with no letter before it), which the index does not hold.
func emit(text string, start, end int, f func(start, end int, word string)) {
	w := foldWord(text[start:end])
	for _, r := range w {
		if !unicode.Is(unicode.M, r) {
			f(start, end, w)
			return
		}
	}
}

// tokens is every word of text, in order.
func tokens(text string) []token {
	var out []token
	eachToken(text, func(start, end int, word string) {
		out = append(out, token{start, end, word})
	})
	return out
}

// words is the folded words of s, in order.
func words(s string) []string {
	var out []string
	eachToken(s, func(_, _ int, word string) { out = append(out, word) })
	return out
}

// indexText is text as FTS5 is given it: its words, folded, one space
// apart.
func indexText(text string) string { return indexWords(text, "", nil) }

// indexWords is indexText, and writes to stems, when lang has a stemmer,
// the stem of each word worth one (see formAlts).
func indexWords(text, lang string, stems *strings.Builder) string {
	var b strings.Builder
	b.Grow(len(text))
	st := stemmerOf(lang)
	eachToken(text, func(_, _ int, word string) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(word)
		if st == nil || stems == nil {
			return
		}
		if stemmable(word) {
			if stems.Len() > 0 {
				stems.WriteByte(' ')
			}
			stems.WriteString(lang) // stemToken, written in parts
			stems.WriteString(stemMark)
			stems.WriteString(st.of(word))
		}
	})
	return b.String()
}

// Dense tells a rune of a script written without spaces, whose runs the
// index cuts into pairs: a screen that wraps such a run must join it again
// before matching.
func Dense(r rune) bool { return dense(r) }
