package actors

import (
	"strings"

	"github.com/kioskreader/kiosk/store/actors/internal/fold"
	"unicode/utf8"
)

// token is one word or one punctuation mark of a paragraph.
type token struct {
	text    string
	lower   string
	key     string // fold.Key(text), "" until needed for a non-ASCII word
	flags   wordFlag
	last    wordFlag // flags of what follows the last hyphen: "vice-président" is a title
	word    bool     // letters or digits; otherwise punctuation
	upper   bool     // begins with an uppercase letter
	caps    bool     // two or more letters, all uppercase (an acronym)
	digit   bool     // begins with a digit
	elision bool     // a French or Italian elided article or preposition: l', d', qu'
	start   bool     // first word of a sentence
	space   bool     // preceded by white space
}

// elisions are the words that end in an apostrophe before a vowel.
var elisions = map[string]bool{"l": true, "d": true, "j": true, "n": true, "s": true, "c": true, "m": true,
	"t": true, "qu": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true, "dell": true,
	"dall": true, "nell": true, "sull": true, "all": true, "un": true}

// abbreviations end in a period that does not end the sentence.
var abbreviations = map[string]bool{"m": true, "mme": true, "mlle": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "pr": true, "st": true, "sr": true, "sra": true, "jr": true, "gen": true, "col": true,
	"lt": true, "sgt": true, "capt": true, "gov": true, "sen": true, "rep": true, "prof": true, "no": true,
	"vs": true, "etc": true, "corp": true, "inc": true, "ltd": true, "co": true, "г": true, "им": true}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// tokenize splits a paragraph into words and punctuation, marking the words
// that begin a sentence. Hyphens, apostrophes (but elisions) and periods
// between letters stay inside words: "Thua Thiên-Huê", "People's", "laodong.vn".
func tokenize(s string) []token { return tokenizeInto(make([]token, 0, len(s)/5+1), s) }

// tokenizeInto appends the tokens of s to toks.
func tokenizeInto(toks []token, s string) []token {
	lt := lowerText{s: s}
	start := true
	space := true
	for i := 0; i < len(s); {
		if s[i] == ' ' {
			space = true
			i++
			continue
		}
		r, size := decodeRune(s, i)
		if isSpace(r) {
			space = true
			i += size
			continue
		}
		if !isWordRune(r) {
			t := token{text: s[i : i+size], lower: s[i : i+size], space: space}
			toks = append(toks, t)
			start = start || endsSentence(r, toks)
			space = false
			i += size
			continue
		}
		j, elided, shape := wordEnd(s, i)
		toks = append(toks, token{}) // filled in place: a token is large
		t := &toks[len(toks)-1]
		t.fillWord(&lt, i, j, space, shape)
		t.elision = elided
		t.start = start
		if elided { // the apostrophe belongs to the elision
			_, n := decodeRune(s, j)
			j += n
		}
		start = false
		space = false
		i = j
	}
	return toks
}

// fillWord makes t, a zero token, the token of the word lt.s[i:j], whose
// shape wordEnd read.
func (t *token) fillWord(lt *lowerText, i, j int, space bool, shape wordShape) {
	w := lt.s[i:j]
	t.text, t.word, t.space = w, true, space
	if shape.plain {
		t.fillPlain(lt, i, j, shape)
		return
	}
	r, _ := decodeRune(w, 0)
	t.upper = isUpper(r)
	t.digit = isDigit(r)
	t.lower = w // the key is folded on demand: see token.foldKey
	if hasUpper(w) {
		t.lower = lt.slice(i, j)
	}
	t.flags, t.last = lexiconFlags(t.lower)
	if t.upper {
		letters, uppers := 0, 0
		for _, c := range w {
			if cl := classOf(c); cl&cLetter != 0 {
				letters++
				if cl&cUpper != 0 {
					uppers++
				}
			}
		}
		t.caps = letters >= 2 && uppers == letters
	}
}

// foldKey returns fold.Key(t.text), kept in the token for a word: names
// are looked up and compared by their keys many times.
func (t *token) foldKey() string {
	if !t.word {
		return fold.Key(t.text)
	}
	if t.key == "" {
		t.key = fold.Key(t.text)
	}
	return t.key
}

func hasUpper(w string) bool {
	for i := 0; i < len(w); {
		r, size := decodeRune(w, i)
		if isUpper(r) {
			return true
		}
		i += size
	}
	return false
}

// vietPlaceLike reports a name of several Vietnamese syllables that does not
// begin with a family name: after "à" or "in", "A Luoi" is a place, while
// "Nguyen Van A" would be a person.
func vietPlaceLike(toks []token) bool {
	if len(toks) < 2 || vietSurnames[toks[0].foldKey()] {
		return false
	}
	return allVietSyllables(toks)
}

// allVietSyllables reports whether every word has a Vietnamese syllable's shape.
func allVietSyllables(toks []token) bool {
	for k := range toks {
		if !vietSyllable(toks[k].foldKey()) {
			return false
		}
	}
	return true
}

// vietSyllable reports whether a folded word has the shape of a Vietnamese
// syllable: an optional initial consonant, one to three vowels, an optional
// final consonant.
func vietSyllable(w string) bool {
	for _, on := range []string{"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""} {
		if !strings.HasPrefix(w, on) {
			continue
		}
		rest := w[len(on):]
		v := 0
		for v < len(rest) && strings.IndexByte("aeiouy", rest[v]) >= 0 {
			v++
		}
		if v == 0 || v > 3 {
			continue
		}
		switch rest[v:] {
		case "", "c", "ch", "m", "n", "ng", "nh", "p", "t":
			return true
		}
	}
	return false
}

// fillPlain fills t for a word of ASCII letters and digits only.
func (t *token) fillPlain(lt *lowerText, i, j int, shape wordShape) {
	w := t.text
	t.lower, t.key = w, w
	if shape.uppers > 0 {
		t.lower = lt.slice(i, j)
		t.key = t.lower
	}
	t.upper = w[0] >= 'A' && w[0] <= 'Z'
	t.digit = w[0] >= '0' && w[0] <= '9'
	t.caps = shape.letters >= 2 && shape.uppers == shape.letters
	if len(w) <= maxShortWord {
		t.flags = shortLexicon().getPacked(shape.packed, len(w))
	} else {
		t.flags = lookupLexicon(t.lower)
	}
	t.last = t.flags // no hyphen
	if t.upper && len(w) >= 10 {
		t.last |= compoundFlags(t.lower) // "Innenminister", "Verkehrsministerium"
	}
}

// wordShape is what wordEnd learns of a word's bytes on the way.
type wordShape struct {
	plain           bool   // only ASCII letters and digits
	letters, uppers int    // of a plain word
	packed          uint64 // a plain word lowercased and packed as packWord does, if it fits
}

// wordEnd finds where the word starting at i ends, and whether it is an
// elision (the apostrophe after it is then not part of it); it reads the
// word's shape on the way.
func wordEnd(s string, i int) (end int, elided bool, shape wordShape) {
	// the shape is kept in locals, which stay in registers, and put
	// together on return
	plain, letters, uppers, packed := true, 0, 0, uint64(0)
	j := i
	prevDigit := false
	for j < len(s) {
		// ASCII letters and digits, the common case, without decoding
		switch c := s[j]; {
		case 'a' <= c && c <= 'z':
			letters++
			packed = packed<<8 | uint64(c)
			prevDigit = false
			j++
			continue
		case 'A' <= c && c <= 'Z' && !prevDigit:
			letters++
			uppers++
			packed = packed<<8 | uint64(c+'a'-'A')
			j++
			continue
		case '0' <= c && c <= '9':
			packed = packed<<8 | uint64(c)
			prevDigit = true
			j++
			continue
		}
		r, size := decodeRune(s, j)
		if cl := classOf(r); cl&(cLetter|cDigit|cMark) != 0 { // a word rune
			// "1Photo", "1La": a capitalized word glued to a number starts anew
			if prevDigit && cl&cUpper != 0 && j+size < len(s) {
				if n, _ := decodeRune(s, j+size); isLower(n) {
					return j, false, wordShape{plain, letters, uppers, packed}
				}
			}
			switch {
			case 'A' <= r && r <= 'Z': // after a digit
				letters++
				uppers++
				packed = packed<<8 | uint64(r+'a'-'A')
			default:
				plain = false
			}
			prevDigit = cl&cDigit != 0
			j += size
			continue
		}
		next, nsize := decodeRune(s, j+size)
		if nsize == 0 || !isWordRune(next) {
			break
		}
		switch {
		case isApostrophe(r):
			var buf [16]byte
			if elisions[string(appendLower(buf[:0], s[i:j]))] {
				return j, true, wordShape{plain, letters, uppers, packed}
			}
		case r == '-' || r == '‑' || r == '/' && prevDigit:
		case r == '&' && isUpper(next) && j > i && isUpper(rune(s[j-1])): // "AT&T", "Vina T&T Group"
		case r == '.' && isLower(next) && j > i:
		case r == '.' && isUpper(next) && j-i == 1 && isUpper(rune(s[i])): // "U.S.", "U.K."
		default:
			return j, false, wordShape{plain, letters, uppers, packed}
		}
		plain = false // the mark stays inside the word
		j += size
	}
	return j, false, wordShape{plain, letters, uppers, packed}
}

// decodeRune is utf8.DecodeRuneInString(s[i:]), decoding ASCII and the
// two-byte runes (Latin accents, Greek, Cyrillic) inline.
func decodeRune(s string, i int) (rune, int) {
	if i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			return rune(c), 1
		}
		// 0xC2-0xDF lead a valid two-byte rune when a continuation byte follows
		if 0xc2 <= c && c <= 0xdf && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			return rune(c&0x1f)<<6 | rune(s[i+1]&0x3f), 2
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// endsSentence reports whether punctuation r, just appended, starts a new
// sentence after it.
func endsSentence(r rune, toks []token) bool {
	switch r {
	case '!', '?', ':', ';', '|', '«', '“', '"', '…', '•', '>', '–', '—', '-':
		return true
	case '.':
		if len(toks) >= 2 {
			prev := toks[len(toks)-2]
			if prev.word && (abbreviations[prev.lower] || utf8.RuneCountInString(prev.text) == 1 && prev.upper) {
				return false
			}
		}
		return true
	}
	return false
}
