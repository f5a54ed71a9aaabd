package article

import (
	"strings"
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

var stopIndex = buildStopIndex()

func buildStopIndex() map[string][]string {
	idx := map[string][]string{}
	for lang, words := range stopwords {
		for _, w := range words {
			idx[w] = append(idx[w], lang)
		}
	}
	return idx
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

// DetectLang guesses the ISO 639-1 code of an article from its title and
// first paragraphs: the script first (Cyrillic, CJK, Arabic…), then the
// language whose common words occur most. "" when there is too little text.
// It runs on every article of a scan, so it avoids work: ASCII and the Latin
// blocks are classified before any Unicode table lookup, and stopwords are
// looked up one word at a time without lowering the whole sample.
func DetectLang(title string, paragraphs []string) string {
	var b strings.Builder
	b.WriteString(title)
	for _, p := range paragraphs {
		if b.Len() > 4000 {
			break
		}
		b.WriteByte('\n')
		b.WriteString(p)
	}
	sample := b.String()
	if lang := byScript(sample); lang != "" {
		return lang
	}
	return byStopwords(sample)
}

// byScript decides the languages a script alone tells apart.
func byScript(s string) string {
	var cyr, latin, han, kana, hangul, arabic, hebrew, greek, thai, ukr, rus, viet int
	for _, r := range s {
		if r < 0x80 {
			if c := r | 0x20; 'a' <= c && c <= 'z' {
				latin++
			}
			continue
		}
		if r < 0x370 || (0x1E00 <= r && r <= 0x1EFF) { // Latin-1 to IPA; Latin Extended Additional
			if unicode.Is(unicode.Latin, r) {
				latin++
				if isVietnameseLetter(r) {
					viet++
				}
			}
			continue
		}
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
			switch r {
			case 'і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ':
				ukr++
			case 'ы', 'э', 'ё', 'ъ', 'Ы', 'Э', 'Ё':
				rus++
			}
		case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Hebrew, r):
			hebrew++
		case unicode.Is(unicode.Greek, r):
			greek++
		case unicode.Is(unicode.Thai, r):
			thai++
		case unicode.Is(unicode.Latin, r):
			latin++
			if isVietnameseLetter(r) {
				viet++
			}
		}
	}
	return decide(cyr, latin, han, kana, hangul, arabic, hebrew, greek, thai, ukr, rus, viet)
}

// longestStopword bounds the words worth lowering and looking up.
var longestStopword = func() int {
	n := 0
	for w := range stopIndex {
		n = max(n, len(w))
	}
	return n
}()

// byStopwords picks the language whose common words occur most, if any
// does at least three times.
func byStopwords(s string) string {
	var score [32]int
	langs := []string{}
	idx := map[string]int{}
	var buf [64]byte
	for len(s) > 0 {
		// skip separators
		r, size := utf8.DecodeRuneInString(s)
		if !unicode.IsLetter(r) && r != '\'' {
			s = s[size:]
			continue
		}
		end := 0
		for end < len(s) {
			r, size := utf8.DecodeRuneInString(s[end:])
			if !unicode.IsLetter(r) && r != '\'' {
				break
			}
			end += size
		}
		w := s[:end]
		s = s[end:]
		if i := strings.IndexByte(w, '\''); i >= 0 {
			w = w[i+1:] // l'Ukraine → ukraine
		}
		if len(w) > longestStopword+4 {
			continue
		}
		lw := lower(buf[:0], w)
		for _, lang := range stopIndex[string(lw)] {
			k, ok := idx[lang]
			if !ok {
				k = len(langs)
				idx[lang] = k
				langs = append(langs, lang)
			}
			score[k]++
		}
	}
	best, bestScore := "", 2
	for k, lang := range langs {
		n := score[k]
		if n > bestScore || (n == bestScore && best != "" && lang < best) {
			best, bestScore = lang, n
		}
	}
	return best
}

func lower(dst []byte, w string) []byte {
	for _, r := range w {
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
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
