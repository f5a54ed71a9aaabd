package article

import (
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"
)

// stopwords are a few of the commonest words of each language, enough to
// tell the languages of scraped news apart on a paragraph or two.
var stopwords = map[string][]string{
	"fr": {"le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "que", "qui", "sur", "au", "aux", "avec", "par", "pas", "ont", "été"},
	"en": {"the", "and", "of", "to", "in", "is", "was", "for", "that", "with", "on", "are", "by", "from", "have", "has", "were", "this", "at", "their"},
	"es": {"el", "los", "las", "del", "y", "en", "que", "por", "con", "una", "para", "se", "su", "al", "es", "fue", "como", "más", "pero", "sus"},
	"pt": {"o", "os", "as", "do", "da", "dos", "das", "em", "que", "com", "uma", "para", "por", "não", "foi", "ao", "no", "na", "se", "mais"},
	"it": {"il", "gli", "della", "di", "che", "è", "per", "una", "con", "non", "del", "nel", "sono", "alla", "anche", "dei", "delle", "ha", "le", "lo"},
	"de": {"der", "die", "das", "und", "ist", "nicht", "den", "mit", "von", "zu", "ein", "eine", "auf", "für", "im", "dem", "sich", "des", "wurde", "auch"},
	"nl": {"de", "het", "een", "en", "van", "is", "dat", "op", "niet", "met", "voor", "zijn", "werd", "ook", "bij", "door", "naar", "uit", "maar", "hij"},
	"id": {"yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "tidak", "pada", "dalam", "akan", "ada", "oleh", "juga", "karena", "bahwa", "sudah", "para", "mereka"},
	"vi": {"và", "của", "là", "có", "các", "những", "được", "trong", "cho", "với", "không", "người", "này", "đã", "một", "để", "khi", "đến", "về", "tại"},
	"cs": {"a", "je", "se", "na", "v", "že", "to", "s", "z", "do", "jsou", "pro", "by", "jako", "ale", "který", "také", "byl", "podle", "od"},
	"pl": {"i", "w", "na", "z", "że", "się", "nie", "do", "jest", "to", "jak", "przez", "dla", "oraz", "został", "od", "po", "który", "także", "tym"},
	"ro": {"și", "în", "la", "cu", "este", "care", "pe", "din", "pentru", "nu", "un", "o", "mai", "fost", "sunt", "au", "dar", "lui", "acest", "ca"},
	"tr": {"ve", "bir", "bu", "için", "ile", "de", "da", "olarak", "çok", "daha", "olan", "gibi", "kadar", "sonra", "ancak", "ise", "tarafından", "en", "her", "ne"},
	"ru": {"и", "в", "не", "на", "что", "с", "по", "это", "как", "из", "он", "для", "был", "также", "его", "от", "при", "года", "который", "были"},
	"uk": {"і", "й", "в", "у", "не", "на", "що", "з", "до", "це", "як", "із", "для", "від", "був", "також", "його", "при", "року", "які"},
}

// stopLangs are the languages of stopwords in alphabetical order, so that
// a tie between two goes to the one whose code sorts first.
var stopLangs = func() []string {
	langs := make([]string, 0, len(stopwords))
	for lang := range stopwords {
		langs = append(langs, lang)
	}
	slices.Sort(langs)
	if len(langs) > 32 {
		panic("article: more stopword languages than a langSet holds")
	}
	return langs
}()

// langSet has bit i set for stopLangs[i].
type langSet uint32

// byStopwords picks the language whose common words occur most, if any
// does at least three times.
func byStopwords(title string, paragraphs []string) string {
	var words stopwordScores
	words.add(title)
	for _, p := range paragraphs {
		words.add(p)
	}
	return words.best()
}

// stopwordScores counts, per language of stopLangs, the stopwords of a text.
type stopwordScores [32]int

// add counts the stopwords of s. A word is a run of letters and
// apostrophes; only what follows its first apostrophe is looked up, lowered.
func (sc *stopwordScores) add(s string) {
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf && !asciiWord[b] {
			i++ // the common separators, without decoding
			continue
		}
		if ok, size := wordRune(s, i); !ok {
			i += size
			continue
		}
		end, quote, ascii := wordEnd(s, i)
		if quote >= 0 {
			i = quote + 1 // l'Ukraine → ukraine
		}
		sc.count(s[i:end], ascii)
		i = end
	}
}

// count counts the word w if it is a stopword.
func (sc *stopwordScores) count(w string, ascii bool) {
	var set langSet
	if ascii {
		set = asciiStops.find(w)
	} else if len(w) <= longestStopword+4 { // lowering changes the length of a few letters, by less than 4 bytes
		var buf [64]byte
		set = stopIndex.find(lower(buf[:0], w))
	}
	for ; set != 0; set &= set - 1 {
		sc[bits.TrailingZeros32(uint32(set))]++
	}
}

// best is the language whose stopwords occur most, if at least three times.
func (sc *stopwordScores) best() string {
	best, bestScore := "", 2
	for k, lang := range stopLangs {
		if sc[k] > bestScore {
			best, bestScore = lang, sc[k]
		}
	}
	return best
}

// wordEnd is the end of the word that starts at s[i], the index of its
// first apostrophe (-1 if none) and whether the word is all ASCII. It runs
// over ASCII letters in a loop of their own, the tightest it can be.
func wordEnd(s string, i int) (end, quote int, ascii bool) {
	quote, ascii = -1, true
	for {
		for i < len(s) && wordClass[s[i]] == asciiLetterByte {
			i++
		}
		if i == len(s) {
			return i, quote, ascii
		}
		switch wordClass[s[i]] {
		case apostropheByte:
			if quote < 0 {
				quote = i
			}
			i++
		case beyondASCII:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) {
				return i, quote, ascii
			}
			ascii = false
			i += size
		default:
			return i, quote, ascii
		}
	}
}

// The classes of wordClass.
const (
	separatorByte uint8 = iota
	asciiLetterByte
	apostropheByte
	beyondASCII // the first or a later byte of a rune that is not ASCII
)

// wordClass sorts bytes for wordEnd.
var wordClass = func() (t [256]uint8) {
	for b := range t {
		switch {
		case b >= utf8.RuneSelf:
			t[b] = beyondASCII
		case b == '\'':
			t[b] = apostropheByte
		case unicode.IsLetter(rune(b)):
			t[b] = asciiLetterByte
		}
	}
	return t
}()

// wordRune reports whether the rune at s[i] is a letter or an apostrophe,
// and its size; ASCII is answered without decoding.
func wordRune(s string, i int) (bool, int) {
	if b := s[i]; b < utf8.RuneSelf {
		return asciiWord[b], 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r), size
}

var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for b := range t {
		t[b] = unicode.IsLetter(rune(b)) || b == '\''
	}
	return t
}()

func lower(dst []byte, w string) []byte {
	for _, r := range w {
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}
